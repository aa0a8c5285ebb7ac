package dev.vigie.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vigie.backup.InputProblem;
import dev.vigie.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrometheusFileTest {

    private static final String PREVIOUS = "vigie_backup_check_success{source=\"nas\"} 1\n";

    @TempDir
    Path tmp;

    @Test
    void theFileIsWrittenAndReplacedWithNothingElseLeftInTheFolder() throws Exception {
        Path file = tmp.resolve("vigie.prom");

        PrometheusFile.write(file, PREVIOUS);
        PrometheusFile.write(file, "vigie_backup_check_success{source=\"nas\"} 0\n");

        assertThat(file).hasContent("vigie_backup_check_success{source=\"nas\"} 0");
        assertThat(namesIn(tmp)).containsExactly("vigie.prom");
    }

    @Test
    void node_exporterMayReadItWhateverUserItRunsAs() throws Exception {
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path file = tmp.resolve("vigie.prom");

        PrometheusFile.write(file, PREVIOUS);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    }

    @Test
    void aWriteThatFailsHalfWayLeavesThePreviousFileAndNoTemporaryFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("vigie.prom"), PREVIOUS);

        assertThatThrownBy(() -> PrometheusFile.write(file, out -> {
            out.write("vigie_backup_status{source=".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOfSatisfying(InputProblem.class, p -> {
            assertThat(p.messageKey()).isEqualTo("error.metrics.write");
            assertThat(Messages.of(Locale.ENGLISH).problem(p)).isEqualTo("Cannot write the metrics file " + file
                    + ": disk full. Check that Vigie may write in " + tmp + "; the previous file, if any, was left"
                    + " as it was.");
        });

        assertThat(file).hasContent(PREVIOUS.strip());
        assertThat(namesIn(tmp)).containsExactly("vigie.prom");
    }

    @Test
    void aFolderWhereTheFileShouldBeIsRefusedAndLeftAsItWas() throws Exception {
        Path inTheWay = Files.createDirectories(tmp.resolve("vigie.prom"));
        Files.writeString(inTheWay.resolve("keep.txt"), "mine");

        assertThatThrownBy(() -> PrometheusFile.write(inTheWay, PREVIOUS)).isInstanceOfSatisfying(InputProblem.class,
                p -> assertThat(p.messageKey()).isEqualTo("error.metrics.write"));

        assertThat(inTheWay.resolve("keep.txt")).hasContent("mine");
        assertThat(namesIn(tmp)).containsExactly("vigie.prom");
    }

    @Test
    void aMissingFolderIsAnInputProblemThatNamesIt() {
        Path folder = tmp.resolve("textfile_collector");

        assertThatThrownBy(() -> PrometheusFile.write(folder.resolve("vigie.prom"), PREVIOUS))
                .isInstanceOfSatisfying(InputProblem.class, p -> {
                    assertThat(p.messageKey()).isEqualTo("error.metrics.folder");
                    assertThat(Messages.of(Locale.ENGLISH).problem(p)).startsWith("Cannot write the metrics file "
                            + folder.resolve("vigie.prom") + ": the folder " + folder + " does not exist.");
                });
        assertThat(folder).doesNotExist();
    }

    @Test
    void aFolderVigieMayNotWriteInIsAnInputProblemAndThePreviousFileStays() throws Exception {
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
        Path folder = Files.createDirectories(tmp.resolve("locked"));
        Path file = Files.writeString(folder.resolve("vigie.prom"), PREVIOUS);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        try {
            assertThatThrownBy(() -> PrometheusFile.write(file, "new")).isInstanceOfSatisfying(InputProblem.class,
                    p -> assertThat(p.args()).contains("permission denied"));
            assertThat(file).hasContent(PREVIOUS.strip());
            assertThat(namesIn(folder)).containsExactly("vigie.prom");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
