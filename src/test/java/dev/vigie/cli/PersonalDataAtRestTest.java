package dev.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vigie.testing.DatabaseBytes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What stays on disk of a person after erasure, and who may read the data folder. */
class PersonalDataAtRestTest {

    private static final String NAME = "Zephyrine Quatrebarbes";
    private static final String PHONE = "+33 6 71 82 93 04";
    private static final String NOTES = "allergique-aux-arachides-7781";
    private static final String EVIDENCE = "formulaire-signe-ref-55190";
    private static final String AUTHOR = "Bartholomew Xenakis";

    @TempDir
    Path tmp;

    private Path dataDir;
    private CliRunner cli;

    private CliRunner.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        CliRunner.Result result = cli.run(all.toArray(String[]::new));
        assertThat(result.code()).as(String.join(" ", args) + ": " + result.err()).isZero();
        return result;
    }

    private void personWithConsentAndChat() throws IOException {
        cli = new CliRunner(tmp.resolve("home"), Locale.ENGLISH);
        run("contacts", "add", "--id", "z1", "--name", NAME, "--phone", PHONE, "--notes", NOTES);
        run("consent", "grant", "--contact", "z1", "--purpose", "restore-access", "--method", "form",
                "--evidence", EVIDENCE, "--at", "2026-01-10");
        StringBuilder chat = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            chat.append("[19/11/2026, 10:").append(String.format("%02d", i % 60)).append(":00] ")
                    .append(i % 2 == 0 ? AUTHOR : NAME).append(": hello ").append(i).append('\n');
        }
        Path file = Files.writeString(tmp.resolve("_chat.txt"), chat, StandardCharsets.UTF_8);
        run("chat", "import", file.toString(), "--contact", "z1", "--zone", "Europe/Paris", "--date-order", "dmy");
    }

    @Test
    void afterRemovalAndErasureNoByteOfThePersonIsLeftInTheDatabaseFiles() throws IOException {
        dataDir = tmp.resolve("data");
        personWithConsentAndChat();
        assertThat(DatabaseBytes.in(dataDir)).as("before the erasure, the data is there").contains(NAME, NOTES, EVIDENCE,
                AUTHOR, "+33671829304");

        run("erasure", "add", "--contact", "z1", "--received", "2026-11-20");
        run("contacts", "remove", "z1");
        run("erasure", "done", "1", "--at", "2026-11-21T07:00:00Z");

        String bytes = DatabaseBytes.in(dataDir);
        assertThat(bytes).doesNotContain(NAME).doesNotContain(NOTES).doesNotContain(EVIDENCE)
                .doesNotContain(AUTHOR).doesNotContain("+33671829304").doesNotContain("Zephyrine");
    }

    @Test
    void aLooseDataFolderAndItsFilesAreMadeTheOwnersOnlyAtEveryStart() throws IOException {
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        dataDir = Files.createDirectories(tmp.resolve("data"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path logs = Files.createDirectories(dataDir.resolve("logs"));
        Files.setPosixFilePermissions(logs, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path log = Files.writeString(logs.resolve("vigie-0.log"), "started\n");
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-r--r--"));
        personWithConsentAndChat();
        Path db = dataDir.resolve("vigie.db");
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));

        run("contacts", "list");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(logs))).isEqualTo("rwx------");
        try (Stream<Path> files = Stream.concat(Files.list(dataDir), Files.list(logs))) {
            List<Path> regular = files.filter(Files::isRegularFile).toList();
            assertThat(regular).extracting(p -> p.getFileName().toString())
                    .contains("vigie.db", "vigie-0.log");
            for (Path f : regular) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.toString())
                        .isEqualTo("rw-------");
            }
        }
    }

    @Test
    void aNewDatabaseAndItsWalAreNeverReadableByOthersEvenUnderALooseUmask() throws IOException {
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        dataDir = tmp.resolve("data");
        cli = new CliRunner(tmp.resolve("home"), Locale.ENGLISH);
        run("contacts", "add", "--id", "z1", "--name", NAME, "--phone", PHONE);

        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.toString())
                        .isEqualTo("rw-------");
            }
        }
    }
}
