package dev.vigie.report;

import static dev.vigie.report.Reports.LAST_NIGHT;
import static dev.vigie.report.Reports.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigie.backup.Finding;
import dev.vigie.backup.Severity;
import dev.vigie.health.Gap;
import dev.vigie.health.HealthReport;
import dev.vigie.health.HealthStatus;
import dev.vigie.health.MissedRuns;
import dev.vigie.i18n.Messages;
import dev.vigie.testing.Paris;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HealthJsonTest {

    private static final Messages ENGLISH = Messages.of(Locale.ENGLISH);

    @Test
    void aCheckedSourceHasExactlyTheFieldsOfTheContract() throws Exception {
        Finding shrunk = Finding.of(Severity.WARNING, "size-drop", "2026-11-21", "compta.zip", "40 %");
        Finding unreadable = new Finding(Severity.CRITICAL, "unreadable", Optional.empty(), "", List.of());
        Gap weekend = new Gap(Paris.at("2026-11-13T02:00"), Paris.at("2026-11-16T02:00"), 2);

        JsonNode json = parse(HealthJson.render(new CheckOutcome.Checked("nas", Reports.with(HealthStatus.UP,
                Optional.of(LAST_NIGHT), true, new MissedRuns(0, 2, 5), List.of(weekend), 0.9333, shrunk,
                unreadable)), NOW, Paris.ZONE, ENGLISH));

        assertThat(names(json)).containsExactly("source", "status", "exitCode", "schedule", "latest",
                "nextExpected", "missedRuns", "gaps", "coverage30Days", "findings");
        assertThat(json.get("source").asText()).isEqualTo("nas");
        assertThat(json.get("status").asText()).isEqualTo("UP");
        assertThat(json.get("exitCode").asInt()).as("a critical finding").isEqualTo(2);
        JsonNode schedule = json.get("schedule");
        assertThat(names(schedule)).containsExactly("expression", "zone", "inferred", "default", "graceSeconds");
        assertThat(schedule.get("expression").asText()).isEqualTo("daily 02:00");
        assertThat(schedule.get("zone").asText()).isEqualTo("Europe/Paris");
        assertThat(schedule.get("inferred").isBoolean()).isTrue();
        assertThat(schedule.get("inferred").asBoolean()).isFalse();
        assertThat(schedule.get("graceSeconds").asLong()).isEqualTo(7200);
        JsonNode latest = json.get("latest");
        assertThat(names(latest)).containsExactly("time", "ageSeconds");
        assertThat(latest.get("time").asText()).isEqualTo("2026-11-21T02:00:00+01:00");
        assertThat(latest.get("ageSeconds").asLong()).isEqualTo(6 * 3600);
        assertThat(json.get("nextExpected").asText()).isEqualTo("2026-11-22T02:00:00+01:00");
        JsonNode missed = json.get("missedRuns");
        assertThat(names(missed)).containsExactly("last7Days", "last30Days", "last90Days");
        assertThat(List.of(missed.get("last7Days").asInt(), missed.get("last30Days").asInt(),
                missed.get("last90Days").asInt())).containsExactly(0, 2, 5);
        JsonNode gap = json.get("gaps").get(0);
        assertThat(names(gap)).containsExactly("from", "to", "missedSlots");
        assertThat(gap.get("from").asText()).isEqualTo("2026-11-13T02:00:00+01:00");
        assertThat(gap.get("to").asText()).isEqualTo("2026-11-16T02:00:00+01:00");
        assertThat(gap.get("missedSlots").asInt()).isEqualTo(2);
        assertThat(json.get("coverage30Days").asDouble()).isEqualTo(0.9333);
        JsonNode first = json.get("findings").get(0);
        assertThat(names(first)).containsExactly("severity", "code", "backup", "path", "message");
        assertThat(first.get("severity").asText()).isEqualTo("warning");
        assertThat(first.get("code").asText()).isEqualTo("size-drop");
        assertThat(first.get("backup").asText()).isEqualTo("2026-11-21");
        assertThat(first.get("path").asText()).isEqualTo("compta.zip");
        assertThat(first.get("message").asText()).isEqualTo(ENGLISH.finding(shrunk));
        JsonNode second = json.get("findings").get(1);
        assertThat(second.get("severity").asText()).isEqualTo("critical");
        assertThat(second.get("backup").isNull()).isTrue();
    }

    @Test
    void timesAreWrittenInTheZoneGivenWithItsOffset() throws Exception {
        JsonNode json = parse(HealthJson.render(new CheckOutcome.Checked("nas", Reports.healthy()), NOW,
                ZoneId.of("America/New_York"), ENGLISH));

        assertThat(json.get("latest").get("time").asText()).isEqualTo("2026-11-20T20:00:00-05:00");
        assertThat(json.get("schedule").get("zone").asText()).as("the schedule's own").isEqualTo("Europe/Paris");
    }

    @Test
    void aSourceWithoutBackupHasANullLatestAndAnInferredScheduleSaysSo() throws Exception {
        DailySchedule guessed = new DailySchedule(LocalTime.of(3, 0), Paris.ZONE, Duration.ofMinutes(30), true);
        CheckOutcome fresh = new CheckOutcome.Checked("phone", new HealthReport(HealthStatus.NEW,
                guessed, Optional.empty(), Paris.at("2026-11-22T03:00"), false, new MissedRuns(0, 0, 0), List.of(),
                1.0, List.of()));

        JsonNode json = parse(HealthJson.render(fresh, NOW, Paris.ZONE, ENGLISH));

        assertThat(json.get("status").asText()).isEqualTo("NEW");
        assertThat(json.get("exitCode").asInt()).isZero();
        assertThat(json.get("latest").isNull()).isTrue();
        assertThat(json.get("schedule").get("inferred").asBoolean()).isTrue();
        assertThat(json.get("gaps").isArray()).isTrue();
        assertThat(json.get("findings").size()).isZero();
    }

    @Test
    void aSourceThatCouldNotBeCheckedIsUnknownWithExitCodeThreeAndItsReason() throws Exception {
        JsonNode json = parse(HealthJson.render(new CheckOutcome.Unknown("nas", "/mnt/nas: no such folder."), NOW,
                Paris.ZONE, ENGLISH));

        assertThat(names(json)).containsExactly("source", "status", "exitCode", "schedule", "latest",
                "nextExpected", "missedRuns", "gaps", "coverage30Days", "findings", "reason");
        assertThat(json.get("status").asText()).isEqualTo(HealthJson.UNKNOWN_STATUS).isEqualTo("UNKNOWN");
        assertThat(json.get("exitCode").asInt()).isEqualTo(3);
        assertThat(json.get("reason").asText()).isEqualTo("/mnt/nas: no such folder.");
        for (String absent : List.of("schedule", "latest", "nextExpected", "missedRuns", "coverage30Days")) {
            assertThat(json.get(absent).isNull()).as(absent).isTrue();
        }
        assertThat(json.get("gaps").size()).isZero();
        assertThat(json.get("findings").size()).isZero();
    }

    @Test
    void severalSourcesAreAnArrayInTheOrderGiven() throws Exception {
        JsonNode json = parse(HealthJson.render(List.of(new CheckOutcome.Checked("nas", Reports.healthy()),
                new CheckOutcome.Unknown("phone", "unplugged")), NOW, Paris.ZONE, ENGLISH));

        assertThat(json.isArray()).isTrue();
        assertThat(json.get(0).get("source").asText()).isEqualTo("nas");
        assertThat(json.get(1).get("status").asText()).isEqualTo("UNKNOWN");
    }

    private static JsonNode parse(String text) throws Exception {
        return Json.mapper().readTree(text);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
