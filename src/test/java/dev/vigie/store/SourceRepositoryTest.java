package dev.vigie.store;

import static dev.vigie.store.Fixtures.count;
import static dev.vigie.store.Fixtures.day;
import static dev.vigie.store.Fixtures.inventory;
import static dev.vigie.store.Fixtures.query;
import static dev.vigie.store.Fixtures.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Layout;
import dev.vigie.backup.SourceRef;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceRepositoryTest {

    @TempDir
    Path tmp;

    private Store store;
    private SourceRepository sources;

    @BeforeEach
    void open() {
        store = Fixtures.open(tmp);
        sources = store.sources();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void addedSourcesAreListedByNameWhateverTheirCase() {
        SourceRef nas = new SourceRef("nas", "/mnt/nas/backups", Optional.empty());
        SourceRef anna = new SourceRef("Anna's phone", "/media/anna/WhatsApp", Optional.of(Layout.WHATSAPP_ANDROID));
        SourceRef bruno = new SourceRef("bruno", "/media/bruno/iPhone", Optional.of(Layout.IOS_DEVICE_BACKUP));

        sources.add(nas);
        sources.add(bruno);
        sources.add(anna);

        assertThat(sources.list()).containsExactly(anna, bruno, nas);
    }

    @Test
    void aSourceIsFoundByItsExactName() {
        SourceRef nas = new SourceRef("nas", "/mnt/nas/backups", Optional.empty());
        sources.add(nas);

        assertThat(sources.find("nas")).contains(nas);
        assertThat(sources.find("NAS")).isEmpty();
        assertThat(sources.find("phone")).isEmpty();
    }

    @Test
    void theTimeOfAddingIsKeptInUtc() throws Exception {
        sources.add(new SourceRef("nas", "/mnt/nas", Optional.empty()), Instant.parse("2026-11-21T09:30:00.250Z"));

        assertThat(query(store.file(), "SELECT created_at FROM sources")).containsExactly("2026-11-21T09:30:00.250Z");
    }

    @Test
    void aSecondSourceWithTheSameNameIsRefused() {
        sources.add(new SourceRef("nas", "/mnt/nas", Optional.empty()));

        assertThatThrownBy(() -> sources.add(new SourceRef("nas", "/mnt/other", Optional.empty())))
                .isInstanceOfSatisfying(InputProblem.class, p -> {
                    assertThat(p.messageKey()).isEqualTo("error.source.duplicate");
                    assertThat(p.args()).containsExactly("nas");
                });
        assertThat(sources.list()).extracting(SourceRef::location).containsExactly("/mnt/nas");
    }

    @Test
    void aNameThatReadsAsAPathIsRefused() {
        assertThatThrownBy(() -> sources.add(new SourceRef("backups/phone", "/mnt/nas", Optional.empty())))
                .isInstanceOfSatisfying(InputProblem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("error.source.badName"));
        assertThat(sources.list()).isEmpty();
    }

    @Test
    void removingASourceForgetsItsHistoryToo() throws Exception {
        sources.add(Fixtures.phone(tmp));
        store.history().record("phone", inventory(set("msgstore.db.crypt14", day(20), 100)), day(21));

        assertThat(sources.remove("phone")).isTrue();

        assertThat(sources.find("phone")).isEmpty();
        assertThat(count(store.file(), "scans")).isZero();
        assertThat(count(store.file(), "backup_sets")).isZero();
        assertThat(count(store.file(), "scan_backups")).isZero();
    }

    @Test
    void removingAnUnknownSourceSaysSo() {
        assertThat(sources.remove("ghost")).isFalse();
    }

    @Test
    void aRenamedSourceKeepsItsHistory() {
        sources.add(Fixtures.phone(tmp));
        store.history().record("phone", inventory(set("msgstore.db.crypt14", day(20), 100)), day(21));

        sources.rename("phone", "phone-anna");

        assertThat(sources.find("phone")).isEmpty();
        assertThat(sources.find("phone-anna")).map(SourceRef::location).contains(tmp.toString());
        assertThat(store.history().history("phone-anna")).hasSize(1);
    }

    @Test
    void renamingOntoATakenNameOrFromAnUnknownOneIsRefused() {
        sources.add(new SourceRef("nas", "/mnt/nas", Optional.empty()));
        sources.add(new SourceRef("phone", "/media/phone", Optional.empty()));

        assertThatThrownBy(() -> sources.rename("phone", "nas")).isInstanceOfSatisfying(InputProblem.class,
                p -> assertThat(p.messageKey()).isEqualTo("error.source.duplicate"));
        assertThatThrownBy(() -> sources.rename("ghost", "spirit")).isInstanceOfSatisfying(InputProblem.class,
                p -> assertThat(p.messageKey()).isEqualTo("error.source.unknown"));
        assertThatThrownBy(() -> sources.rename("phone", "a/b")).isInstanceOfSatisfying(InputProblem.class,
                p -> assertThat(p.messageKey()).isEqualTo("error.source.badName"));
        assertThat(sources.list()).extracting(SourceRef::name).containsExactly("nas", "phone");
    }

    @Test
    void renamingToTheSameNameChangesNothing() {
        sources.add(new SourceRef("nas", "/mnt/nas", Optional.empty()));

        sources.rename("nas", "nas");

        assertThat(sources.find("nas")).isPresent();
    }
}
