package dev.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Locale locale, String... args) {
        CliContext context = new CliContext(Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC),
                ZoneId.of("Europe/Paris"), locale, Map.of(), "Linux", tmp.resolve("home").toString());
        CommandLine cli = Cli.create(context);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void createWritesTheThreeFoldersAndSaysHowToRegisterThem() {
        Path dir = tmp.resolve("demo");

        int code = run(Locale.ENGLISH, "demo", "create", dir.toString(), "--now", "2026-11-21T09:00:00Z");

        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(err.toString()).isEmpty();
        assertThat(dir.resolve("WhatsApp Business/Databases/msgstore.db.crypt15")).exists();
        assertThat(out.toString())
                .contains("Created a demo workspace in " + dir + ", as it would look on 21 Nov 2026, 10:00 "
                        + "(Europe/Paris)")
                .contains("WhatsApp Business on an Android phone", "An iPhone backed up by Finder", "A NAS")
                .contains("    " + dir.resolve("iPhone"))
                .contains("To watch these sources, register them:")
                .contains(" sources add whatsapp-business \"" + dir.resolve("WhatsApp Business") + "\"\n")
                .contains(" sources add iphone " + dir.resolve("iPhone") + "\n")
                .contains(" sources add nas " + dir.resolve("NAS") + "\n")
                // Run from classes, as here: no 'vigie' command exists, so the line says how to run this one.
                .doesNotContain("  vigie sources add").contains("  java -cp ").contains(" dev.vigie.Main sources add");
    }

    @Test
    void theCommandPrintedIsTheInstalledLauncherElseTheJarElseTheClasses() {
        assertThat(Launcher.command(java.util.Optional.of("/opt/vigie/bin/Vigie"), java.util.Optional.empty(), "",
                t -> t)).isEqualTo("/opt/vigie/bin/Vigie");
        assertThat(Launcher.command(java.util.Optional.empty(), java.util.Optional.of(Path.of("/x/vigie-1.0.jar")),
                "/x/vigie-1.0.jar", t -> t)).isEqualTo("java -jar /x/vigie-1.0.jar");
        assertThat(Launcher.command(java.util.Optional.empty(), java.util.Optional.of(Path.of("/x/classes")),
                "/x/classes:/y.jar", t -> t)).isEqualTo("java -cp /x/classes:/y.jar dev.vigie.Main");
    }

    @Test
    void withoutNowTheClockIsUsedAndTheZoneOptionIsHonoured() throws IOException {
        Path dir = tmp.resolve("demo");

        int code = run(Locale.ENGLISH, "demo", "create", dir.toString(), "--zone", "America/New_York");

        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("21 Nov 2026, 04:00 (America/New_York)");
        // 02:0x in New York on the 21st is 07:0x UTC, before the clock's 09:00 UTC.
        assertThat(Files.getLastModifiedTime(dir.resolve("WhatsApp Business/Databases/msgstore.db.crypt15"))
                .toInstant().atZone(ZoneId.of("America/New_York")).getHour()).isEqualTo(2);
    }

    @Test
    void speaksFrench() {
        int code = run(Locale.FRENCH, "demo", "create", tmp.resolve("démo").toString(), "--now", "2026-11-21");

        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("Espace de démonstration créé dans", "Pour surveiller ces sources");
    }

    @Test
    void aFolderThatIsNotEmptyIsBadInput() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(dir.resolve("keep.txt"), "mine");

        int code = run(Locale.ENGLISH, "demo", "create", dir.toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains(dir + " already exists and is not empty. Give a new or empty folder");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aBadNowIsBadInput() {
        int code = run(Locale.ENGLISH, "demo", "create", tmp.resolve("demo").toString(), "--now", "yesterday");

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("Cannot read 'yesterday' as a time");
        assertThat(tmp.resolve("demo")).doesNotExist();
    }

    @Test
    void demoWithoutSubcommandOrCreateWithoutFolderIsBadUsage() {
        assertThat(run(Locale.ENGLISH, "demo")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run(Locale.ENGLISH, "demo", "create")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("Try 'vigie demo --help'").contains("Try 'vigie demo create --help'");
    }

    @Test
    void helpDescribesTheCommandInBothLanguages() {
        assertThat(run(Locale.ENGLISH, "demo", "create", "--help")).isEqualTo(ExitCode.OK);
        assertThat(out.toString())
                .contains("Write sample backups into DIR", "A new or empty folder", "--now", "--zone");
        out.getBuffer().setLength(0);
        assertThat(run(Locale.FRENCH, "demo", "create", "--help")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("Écrit des sauvegardes d'exemple dans DIR", "Un dossier nouveau ou vide");
    }

    @Test
    void pathsAreQuotedOnlyWhenTheShellNeedsIt() {
        assertThat(DemoCommand.Create.shellArgument("/tmp/demo/NAS")).isEqualTo("/tmp/demo/NAS");
        assertThat(DemoCommand.Create.shellArgument("/tmp/my demo/NAS")).isEqualTo("\"/tmp/my demo/NAS\"");
        assertThat(DemoCommand.Create.shellArgument("/tmp/$HOME \"x\"")).isEqualTo("\"/tmp/\\$HOME \\\"x\\\"\"");
    }
}
