package dev.vigie.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessAgeTest {

    @TempDir
    Path dir;

    @Test
    void theAgeIsTheUptimeLessTheStartTicksEvenWhenTheCommandNameHoldsSpacesAndParentheses() throws IOException {
        // pid (comm) state ppid ... field 22 (starttime) = 1000 ticks = 10 s after boot.
        StringBuilder stat = new StringBuilder("4242 (my (odd) app) S");
        for (int field = 4; field <= 21; field++) {
            stat.append(' ').append(field);
        }
        stat.append(" 1000 23 24\n");
        Path statFile = Files.writeString(dir.resolve("stat"), stat);
        Path uptime = Files.writeString(dir.resolve("uptime"), "10.85 7069.65\n");

        assertThat(ProcessAge.fromProc(statFile, uptime)).contains(Duration.ofMillis(850));
    }

    @Test
    void unreadableFilesGiveNoAgeRatherThanAWrongOne() throws IOException {
        Path uptime = Files.writeString(dir.resolve("uptime"), "10.85 7069.65\n");
        assertThat(ProcessAge.fromProc(dir.resolve("missing"), uptime)).isEmpty();
        assertThat(ProcessAge.fromProc(Files.writeString(dir.resolve("stat"), "garbage"), uptime)).isEmpty();
    }

    @Test
    void thisProcessIsSomeSecondsOldNotMinus() {
        assertThat(ProcessAge.now()).hasValueSatisfying(age ->
                assertThat(age).isPositive().isLessThan(Duration.ofHours(12)));
    }
}
