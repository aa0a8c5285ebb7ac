package dev.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigie.report.Json;
import dev.vigie.testing.DatabaseBytes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An author is a participant's name, never a notice's text that happens to hold ": ". */
class ChatAuthorsTest {

    @TempDir
    Path tmp;

    // The markers carry letters that are not hex digits: the database holds hashes and timestamps, where a bare
    // "7788" turns up by chance (it failed CI once that way).
    @Test
    void systemLinesWithAColonLeaveNoTextInTheDatabase() throws Exception {
        Path data = tmp.resolve("data");
        CliRunner cli = new CliRunner(tmp.resolve("home"), Locale.ENGLISH);
        List<String> prefix = List.of("--data-dir", data.toString());
        java.util.function.Function<String[], CliRunner.Result> run = args -> {
            List<String> all = new ArrayList<>(prefix);
            all.addAll(List.of(args));
            return cli.run(all.toArray(String[]::new));
        };
        assertThat(run.apply(new String[] {"contacts", "add", "--id", "c1", "--name", "Anna", "--phone",
            "+33 6 11 22 33 44"}).code()).isZero();
        assertThat(run.apply(new String[] {"consent", "grant", "--contact", "c1", "--purpose", "restore-access",
            "--method", "form", "--at", "2026-01-05"}).code()).isZero();
        String chat = """
                19/11/2026, 10:00 - Anna: hello
                19/11/2026, 10:01 - Anna changed the subject from "Team" to "SECRET: codes QX4417"
                19/11/2026, 10:02 - Anna changed the group description to: vault combination VX9931
                19/11/2026, 10:03 - Bob: hi
                19/11/2026, 10:04 - Bob changed this group's settings to: only admins WX5521
                19/11/2026, 10:05 - "Quoted notice text ZX7788": something
                19/11/2026, 10:06 - %s: long
                """.formatted("X".repeat(80));
        Path file = Files.writeString(tmp.resolve("chat.txt"), chat, StandardCharsets.UTF_8);

        CliRunner.Result imported = run.apply(new String[] {"chat", "import", file.toString(), "--contact", "c1",
            "--date-order", "dmy", "--json"});

        assertThat(imported.code()).as(imported.err()).isZero();
        JsonNode authors = Json.mapper().readTree(imported.out()).get("authors");
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = authors.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        assertThat(names).containsExactlyInAnyOrder("Anna", "Bob");
        assertThat(DatabaseBytes.in(data)).doesNotContain("SECRET").doesNotContain("QX4417").doesNotContain("VX9931")
                .doesNotContain("WX5521").doesNotContain("changed the").doesNotContain("ZX7788")
                .doesNotContain("X".repeat(80));
    }
}
