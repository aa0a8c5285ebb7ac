package dev.vigie.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigie.backup.InputProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Restic's own test vectors ({@code ../shared/testdata/restic}): for every policy, the same snapshots kept in the
 * same order, for the same reasons in restic's words, with the same counters left.
 */
class ResticConformanceTest {

    private static final Path VECTORS = Path.of("../shared/testdata/restic");
    /** Long after the vectors' snapshots (2014 to 2016), as when restic's test runs. */
    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyVectorComesOutAsInRestic() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(VECTORS),
                () -> "restic's conformance vectors are absent: no folder " + VECTORS.toAbsolutePath().normalize());
        List<Snapshot> snapshots = snapshots(JSON.readTree(VECTORS.resolve("snapshots.json").toFile()));
        List<DynamicTest> tests = new ArrayList<>();
        List<String> rows = Files.readAllLines(VECTORS.resolve("policies.tsv"));
        for (String row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            String[] cells = row.split("\t");
            String name = "vector " + cells[0] + ": " + cells[2];
            tests.add(DynamicTest.dynamicTest(name, () -> check(snapshots, cells)));
        }
        assertThat(tests).hasSize(40);
        return tests.stream();
    }

    private static void check(List<Snapshot> snapshots, String[] cells) throws IOException {
        JsonNode golden = JSON.readTree(VECTORS.resolve(cells[1]).toFile());
        RetentionRules rules = rules(cells[2]);
        if (rules.isEmpty()) {
            // restic's command line refuses the empty policy; so does Vigie, with a message
            assertThatThrownBy(() -> RetentionPolicies.restic(rules, NOW)).isInstanceOf(InputProblem.class);
            assertThat(golden.get("keep").isNull()).isTrue();
            return;
        }
        RetentionDecision decision = RetentionPolicies.restic(rules, NOW).apply(snapshots);

        assertThat(decision.keep()).extracting(ResticConformanceTest::identity)
                .containsExactlyElementsOf(identities(golden.get("keep")));
        assertThat(decision.keep().size() + decision.remove().size()).isEqualTo(snapshots.size());
        assertThat(decision.keep()).hasSize(Integer.parseInt(cells[3]));
        assertThat(decision.remove()).hasSize(Integer.parseInt(cells[4]));
        List<String> expected = new ArrayList<>();
        for (JsonNode reason : golden.get("reasons")) {
            expected.add(identity(reason.get("snapshot")) + " " + words(reason.get("matches")) + " "
                    + counters(reason.get("counters")));
        }
        List<String> actual = decision.reasons().stream()
                .map(r -> identity(r.snapshot()) + " " + r.matches() + " " + sorted(r.counters())).toList();
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    /** The flags column, e.g. {@code --keep-last 5 --keep-tag foo,bar --keep-yearly unlimited}. */
    private static RetentionRules rules(String flags) {
        RetentionRules rules = RetentionRules.NONE;
        if (flags.startsWith("(")) {
            return rules;
        }
        String[] words = flags.trim().split("\\s+");
        for (int i = 0; i < words.length; i += 2) {
            String value = words[i + 1];
            int count = value.equals("unlimited") ? RetentionRules.UNLIMITED : value.matches("-?\\d+")
                    ? Integer.parseInt(value) : 0;
            rules = switch (words[i]) {
                case "--keep-last" -> rules.withLast(count);
                case "--keep-hourly" -> rules.withHourly(count);
                case "--keep-daily" -> rules.withDaily(count);
                case "--keep-weekly" -> rules.withWeekly(count);
                case "--keep-monthly" -> rules.withMonthly(count);
                case "--keep-yearly" -> rules.withYearly(count);
                case "--keep-within" -> rules.withWithin(CalendarSpan.parse(value));
                case "--keep-within-hourly" -> rules.withWithinHourly(CalendarSpan.parse(value));
                case "--keep-within-daily" -> rules.withWithinDaily(CalendarSpan.parse(value));
                case "--keep-within-weekly" -> rules.withWithinWeekly(CalendarSpan.parse(value));
                case "--keep-within-monthly" -> rules.withWithinMonthly(CalendarSpan.parse(value));
                case "--keep-within-yearly" -> rules.withWithinYearly(CalendarSpan.parse(value));
                case "--keep-tag" -> rules.withTag(value);
                default -> throw new IllegalArgumentException("unknown flag in policies.tsv: " + words[i]);
            };
        }
        return rules;
    }

    private static List<Snapshot> snapshots(JsonNode array) {
        List<Snapshot> list = new ArrayList<>();
        for (JsonNode node : array) {
            list.add(new Snapshot("#" + list.size(), OffsetDateTime.parse(node.get("time").asText()),
                    strings(node.get("tags")), strings(node.get("paths"))));
        }
        return list;
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(n -> list.add(n.asText()));
        }
        return list;
    }

    /** Time and tags: all that tells the vectors' snapshots apart, exact duplicates being interchangeable. */
    private static String identity(Snapshot s) {
        return s.time().toInstant() + " " + s.tags();
    }

    private static String identity(JsonNode node) {
        return OffsetDateTime.parse(node.get("time").asText()).toInstant() + " " + strings(node.get("tags"));
    }

    private static List<String> identities(JsonNode keep) {
        List<String> list = new ArrayList<>();
        keep.forEach(n -> list.add(identity(n)));
        return list;
    }

    private static String words(JsonNode matches) {
        return strings(matches).toString();
    }

    private static String counters(JsonNode counters) {
        Map<String, Integer> map = new LinkedHashMap<>();
        counters.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asInt()));
        return sorted(map).toString();
    }

    private static Map<String, Integer> sorted(Map<String, Integer> map) {
        return new TreeMap<>(map);
    }
}
