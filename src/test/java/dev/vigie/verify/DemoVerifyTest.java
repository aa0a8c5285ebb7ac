package dev.vigie.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.vigie.backup.Finding;
import dev.vigie.backup.Inventory;
import dev.vigie.backup.ScanProgress;
import dev.vigie.demo.DemoSource;
import dev.vigie.demo.DemoWorkspace;
import dev.vigie.source.local.LocalScanner;
import dev.vigie.testing.TreeHash;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo workspace shows what verification finds: one WhatsApp copy cut short, an unencrypted iPhone. */
class DemoVerifyTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    @TempDir
    Path tmp;

    private Inventory scan(DemoSource source) {
        return new LocalScanner().scan(source.path(), Optional.of(source.layout()), PARIS, NOW, ScanProgress.NONE);
    }

    @Test
    void theDemoHasOneCutShortCopyAndOneUnencryptedIphone() throws Exception {
        DemoWorkspace demo = DemoWorkspace.create(tmp.resolve("demo"), NOW, PARIS);
        String before = TreeHash.of(demo.folder());
        Inventory whatsApp = scan(demo.sources().get(0));
        Inventory iphone = scan(demo.sources().get(1));
        Inventory nas = scan(demo.sources().get(2));
        Verifier verifier = new Verifier();

        assertThat(verifier.verify(whatsApp, VerifyDepth.QUICK, NOW, VerifyProgress.NONE).findings()).isEmpty();
        assertThat(verifier.verify(whatsApp, VerifyDepth.FULL, NOW, VerifyProgress.NONE).findings())
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("corrupt-checksum", "Databases/msgstore-2026-11-19.1.db.crypt15"));

        VerifyReport phone = verifier.verify(iphone, VerifyDepth.FULL, NOW, VerifyProgress.NONE);
        assertThat(phone.findings()).extracting(Finding::code).containsExactly("ios-unencrypted");
        assertThat(phone.sets()).singleElement().satisfies(s -> assertThat(s.facts())
                .containsEntry("encrypted", false).containsEntry("whatsapp", false)
                .containsEntry("whatsappBusiness", true));

        assertThat(verifier.verify(nas, VerifyDepth.FULL, NOW, VerifyProgress.NONE).findings()).isEmpty();
        assertThat(TreeHash.of(demo.folder())).isEqualTo(before);
    }
}
