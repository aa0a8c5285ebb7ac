package dev.vigie.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChecksumManifestTest {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String MD5 = "098f6bcd4621d373cade4e832627b4f6";

    private static ChecksumManifest read(String name, String text) throws IOException {
        return ChecksumManifest.read(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void namesSayTheAlgorithm() {
        assertThat(ChecksumManifest.algorithmOf("SHA256SUMS")).contains(ChecksumManifest.Algorithm.SHA256);
        assertThat(ChecksumManifest.algorithmOf("backup.tar.sha256")).contains(ChecksumManifest.Algorithm.SHA256);
        assertThat(ChecksumManifest.algorithmOf("MD5SUMS")).contains(ChecksumManifest.Algorithm.MD5);
        assertThat(ChecksumManifest.algorithmOf("x.MD5")).contains(ChecksumManifest.Algorithm.MD5);
        assertThat(ChecksumManifest.algorithmOf(".md5")).isEmpty();
        assertThat(ChecksumManifest.algorithmOf("SHA1SUMS")).isEmpty();
    }

    @Test
    void readsTextBinaryTaggedAndEscapedLines() throws IOException {
        ChecksumManifest m = read("SHA256SUMS", SHA + "  a file.tar\n"
                + SHA.toUpperCase() + " *b.zip\r\n"
                + "SHA256 (c (1).tgz) = " + SHA + "\n"
                + "\\" + SHA + "  back\\\\slash\\nnewline\n"
                + "\n# made by the NAS\n");
        assertThat(m.malformed()).isZero();
        assertThat(m.entries()).extracting(ChecksumManifest.Entry::name)
                .containsExactly("a file.tar", "b.zip", "c (1).tgz", "back\\slash\nnewline");
        assertThat(m.entries()).allSatisfy(e -> assertThat(BackupFiles.hex(e.digest())).isEqualTo(SHA));
    }

    @Test
    void aSingleFileListMayHoldTheHashAlone() throws IOException {
        ChecksumManifest m = read("2026-11-20.zip.md5", MD5 + "\n");
        assertThat(m.entries()).singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("2026-11-20.zip"));
    }

    @Test
    void countsLinesInNoKnownForm() throws IOException {
        ChecksumManifest m = read("MD5SUMS", MD5 + "  ok\n" + SHA + "  wrong length\n" + MD5 + " nospace\n"
                + "\\" + MD5 + "  bad\\escape\n" + "garbage\n");
        assertThat(m.entries()).hasSize(1);
        assertThat(m.malformed()).isEqualTo(4);
    }
}
