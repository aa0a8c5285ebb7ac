package dev.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.restore.DrillBackups;
import dev.vigie.restore.FreeSpace;
import dev.vigie.testing.TreeHash;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DrillCommandTest {

    @TempDir
    Path home;
    private Path nas;

    @BeforeEach
    void registeredNas() throws Exception {
        nas = Files.createDirectories(home.resolve("nas"));
        Path zip = Files.write(nas.resolve("sauvegarde-2026-11-15.zip"), DrillBackups.zip(1));
        Files.setLastModifiedTime(zip, FileTime.from(CliRunner.NOW.minus(Duration.ofDays(6))));
        assertThat(run(FreeSpace.DISK, "sources", "add", "nas", nas.toString()).code).isZero();
    }

    @Test
    void drillOfASoundZipExitsZeroAndSaysWhatItRestored() throws Exception {
        String before = TreeHash.of(nas);

        Result result = run(FreeSpace.DISK, "drill", "nas");

        assertThat(result.code).as(result.err).isZero();
        assertThat(result.out).contains("Drill of nas: backup sauvegarde-2026-11-15.zip, 4 files restored intact",
                "Restored and checked: every file came back whole.");
        assertThat(TreeHash.of(nas)).isEqualTo(before);
        assertThat(run(FreeSpace.DISK, "drill", "nas", "--list").out).contains("sauvegarde-2026-11-15.zip", "yes");
    }

    @Test
    void damagedMemberExitsOneWithItsFindingInJson() throws Exception {
        byte[] zip = DrillBackups.zip(1);
        DrillBackups.flip(nas.resolve("sauvegarde-2026-11-15.zip"), DrillBackups.markerOffset(zip) + 300);

        Result result = run(FreeSpace.DISK, "drill", "nas", "--json");

        assertThat(result.code).isEqualTo(1);
        assertThat(result.out).contains("\"outcome\" : \"partly\"", "\"code\" : \"drill-crc-mismatch\"",
                "\"path\" : \"sauvegarde-2026-11-15.zip/photos/photo.bin\"");
    }

    @Test
    void fullDiskIsRefusedWithExitTwoAndNothingRecorded() {
        Result result = run(folder -> 5_000_000, "drill", "nas");

        assertThat(result.code).isEqualTo(2);
        assertThat(result.err).contains("Not enough room", "MB free and the disk has 5 MB", "--into");
        assertThat(run(FreeSpace.DISK, "drill", "nas", "--list").out).contains("No drill yet.");
    }

    @Test
    void badSampleAndUnknownBackupAreBadInput() {
        assertThat(run(FreeSpace.DISK, "drill", "nas", "--sample", "0%").code).isEqualTo(2);
        Result unknown = run(FreeSpace.DISK, "drill", "nas", "--backup", "ghost.zip");
        assertThat(unknown.code).isEqualTo(2);
        assertThat(unknown.err).contains("No backup named ghost.zip in nas");
    }

    @Test
    void importantSourceGetsTheDefaultIntervalAndOffSilencesIt() {
        Result important = run(FreeSpace.DISK, "sources", "set", "nas", "--important");
        assertThat(important.out).contains("Restore test: every 90 days (important source)");

        assertThat(run(FreeSpace.DISK, "sources", "set", "nas", "--restore-test-every", "30d").out)
                .contains("Restore test: every 30 days");
        assertThat(run(FreeSpace.DISK, "sources", "set", "nas", "--restore-test-every", "off").out)
                .contains("Restore test: no reminder");
        assertThat(run(FreeSpace.DISK, "sources", "set", "nas", "--restore-test-every", "soon").code).isEqualTo(2);
    }

    @Test
    void summaryPdfSaysWhoDrilledWhenAndHowLong() throws Exception {
        assertThat(run(FreeSpace.DISK, "drill", "nas").code).isZero();
        Path pdf = home.resolve("class.pdf");

        Result result = run(FreeSpace.DISK, "drill", "--summary", pdf.toString());

        assertThat(result.code).as(result.err).isZero();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Restore drills: summary", "nas", System.getProperty("user.name"),
                    "automatic", "restored: yes");
        }
        assertThat(run(FreeSpace.DISK, "drill").code).as("no source named").isEqualTo(2);
    }

    private record Result(int code, String out, String err) {
    }

    private Result run(FreeSpace freeSpace, String... args) {
        CliContext context = new CliContext(Clock.fixed(CliRunner.NOW, ZoneOffset.UTC), ZoneId.of("Europe/Paris"),
                Locale.ENGLISH, Map.of(), "Linux", home.toString());
        context.setFreeSpace(freeSpace);
        CommandLine cli = Cli.create(context);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
