package dev.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A name no source carries is said to be neither a source nor a folder, by every command, in both languages. */
class UnknownNamesTest {

    @TempDir
    Path tmp;

    private String dataDir;

    @BeforeEach
    void oneSource() throws Exception {
        dataDir = tmp.resolve("data").toString();
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        CliRunner.backupFolder(docs, "a", CliRunner.NOW.minusSeconds(3600), 10);
        assertThat(new CliRunner(tmp.resolve("home"), Locale.ENGLISH)
                .run("--data-dir", dataDir, "sources", "add", "docs", docs.toString()).code()).isZero();
    }

    private CliRunner.Result run(Locale locale, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir;
        System.arraycopy(args, 0, all, 2, args.length);
        return new CliRunner(tmp.resolve("home"), locale).run(all);
    }

    @Test
    void everyCommandSaysNoSourceOrFolderForAnUnknownName() {
        String said = "'nosuch' is neither a folder nor a registered source";
        assertThat(run(Locale.ENGLISH, "scan", "nosuch").err()).contains(said);
        assertThat(run(Locale.ENGLISH, "check", "nosuch").out()).contains(said).doesNotContain("no such folder");
        assertThat(run(Locale.ENGLISH, "simulate", "--source", "nosuch", "--deleted", "2026-11-20").err())
                .contains(said).doesNotContain("no such folder");
        assertThat(run(Locale.ENGLISH, "whatif", "--source", "nosuch").err()).contains(said);
        CliRunner.Result checklist = run(Locale.ENGLISH, "checklist", "--scenario", "recover", "--source", "nosuch",
                "--deleted", "2026-11-20", "--format", "md", "--out", tmp.resolve("c.md").toString());
        assertThat(checklist.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(checklist.err()).contains(said);
    }

    @Test
    void aValueThatIsNotANumberIsSaidInTheUsersLanguage() {
        CliRunner.Result english = run(Locale.ENGLISH, "chat", "remove", "abc");
        CliRunner.Result french = run(Locale.FRENCH, "chat", "remove", "abc");

        assertThat(english.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(english.err()).contains("ID: 'abc' is not a whole number.").doesNotContain("is not a long");
        assertThat(french.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(french.err()).contains("ID : « abc » n'est pas un nombre entier.")
                .doesNotContain("is not a long", "Invalid value");
    }

    @Test
    void theSameFolderUnderASecondNameIsWarnedAbout() {
        CliRunner.Result second = run(Locale.ENGLISH, "sources", "add", "docs2", tmp.resolve("docs").toString());

        assertThat(second.code()).isZero();
        assertThat(second.err()).contains("is already registered as docs");
    }

    @Test
    void anOptionAndItsNegationTogetherAreSaidPlainlyInBothLanguages() {
        CliRunner.Result english = run(Locale.ENGLISH, "sources", "set", "docs", "--offsite", "--no-offsite");
        CliRunner.Result french = run(Locale.FRENCH, "sources", "set", "docs", "--offsite", "--no-offsite");

        assertThat(english.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(english.err()).startsWith("--offsite is given more than once");
        assertThat(french.err()).startsWith("--offsite est donnée plus d'une fois");
    }
}
