package dev.vigie.store;

import static dev.vigie.store.Fixtures.CLOCK;
import static dev.vigie.store.Fixtures.count;
import static dev.vigie.store.Fixtures.day;
import static dev.vigie.store.Fixtures.inventory;
import static dev.vigie.store.Fixtures.phone;
import static dev.vigie.store.Fixtures.query;
import static dev.vigie.store.Fixtures.set;
import static dev.vigie.store.Fixtures.userVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.backup.InputProblem;
import dev.vigie.backup.MediaKind;
import dev.vigie.backup.SourceRef;
import dev.vigie.backup.SourceSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each source's settings in the database, and the step of the schema that brought them. */
class SourceSettingsStoreTest {

    private static final SourceSettings NIGHTLY_NAS = new SourceSettings(Optional.of("daily 02:00"),
            Optional.of(ZoneId.of("Europe/Paris")), Optional.of(Duration.ofHours(2)),
            Optional.of(MediaKind.NETWORK_SHARE), true);

    @TempDir
    Path tmp;

    @Test
    void aSourceTheUserSaidNothingAboutHasTheDefaults() {
        try (Store store = Fixtures.open(tmp)) {
            store.sources().add(phone(tmp));

            assertThat(store.sources().settings("phone")).isEqualTo(SourceSettings.DEFAULTS);
        }
    }

    @Test
    void savedSettingsReadBackAsTheyWereSavedAfterReopening() {
        try (Store store = Fixtures.open(tmp)) {
            store.sources().add(phone(tmp));
            store.sources().saveSettings("phone", NIGHTLY_NAS);
        }

        try (Store store = Fixtures.open(tmp)) {
            assertThat(store.sources().settings("phone")).isEqualTo(NIGHTLY_NAS);
        }
    }

    @Test
    void savingAgainReplacesEveryValueIncludingWithEmptyOnes() throws Exception {
        SourceSettings mediaOnly = SourceSettings.DEFAULTS.withMedia(Optional.of(MediaKind.CLOUD));
        try (Store store = Fixtures.open(tmp)) {
            store.sources().add(phone(tmp));
            store.sources().saveSettings("phone", NIGHTLY_NAS);

            store.sources().saveSettings("phone", mediaOnly);

            assertThat(store.sources().settings("phone")).isEqualTo(mediaOnly);
            assertThat(count(store.file(), "source_settings")).isEqualTo(1);
        }
    }

    @Test
    void anUpdateChangesOnlyWhatItChangesAndReturnsTheResult() {
        try (Store store = Fixtures.open(tmp)) {
            store.sources().add(phone(tmp));
            store.sources().saveSettings("phone", NIGHTLY_NAS);

            SourceSettings updated = store.sources().updateSettings("phone", s -> s.withOffsite(false));

            assertThat(updated).isEqualTo(NIGHTLY_NAS.withOffsite(false));
            assertThat(store.sources().settings("phone")).isEqualTo(updated);
        }
    }

    @Test
    void theSettingsOfEverySourceAreListedByNameWithDefaultsForTheOthers() {
        try (Store store = Fixtures.open(tmp)) {
            store.sources().add(phone(tmp));
            store.sources().add(new SourceRef("nas", "/mnt/nas", Optional.empty()));
            store.sources().saveSettings("nas", NIGHTLY_NAS);

            assertThat(store.sources().allSettings())
                    .containsOnly(Map.entry("nas", NIGHTLY_NAS),
                            Map.entry("phone", SourceSettings.DEFAULTS));
        }
    }

    @Test
    void theSettingsOfAnUnknownSourceAreAnInputProblem() {
        try (Store store = Fixtures.open(tmp)) {
            assertThatThrownBy(() -> store.sources().settings("ghost")).isInstanceOfSatisfying(InputProblem.class,
                    p -> assertThat(p.messageKey()).isEqualTo("error.source.unknown"));
            assertThatThrownBy(() -> store.sources().updateSettings("ghost", s -> s))
                    .isInstanceOf(InputProblem.class);
            assertThatThrownBy(() -> store.sources().saveSettings("ghost", NIGHTLY_NAS))
                    .isInstanceOfSatisfying(InputProblem.class, p -> {
                        assertThat(p.messageKey()).isEqualTo("error.source.unknown");
                        assertThat(p.args()).containsExactly("ghost");
                    });
        }
    }

    @Test
    void settingsFollowARenameAndGoWithARemoval() throws Exception {
        try (Store store = Fixtures.open(tmp)) {
            store.sources().add(phone(tmp));
            store.sources().saveSettings("phone", NIGHTLY_NAS);

            store.sources().rename("phone", "phone-anna");
            assertThat(store.sources().settings("phone-anna")).isEqualTo(NIGHTLY_NAS);

            store.sources().remove("phone-anna");
            assertThat(count(store.file(), "source_settings")).isZero();
        }
    }

    @Test
    void aVersionOneDatabaseKeepsItsSourcesAndHistoryWhenItGainsSettings() throws Exception {
        Migration first = Migrations.standard().steps().get(0);
        try (Store v1 = Store.open(tmp, new Migrations(List.of(first)), CLOCK)) {
            v1.sources().add(phone(tmp));
            v1.sources().add(new SourceRef("nas", "/mnt/nas", Optional.empty()));
            v1.history().record("phone", inventory(set("msgstore.db.crypt14", day(20), 100)), day(21));
        }
        Path db = Store.databaseFile(tmp);
        assertThat(userVersion(db)).isEqualTo(1);

        // Up to version 2 only: this is the step that added the settings.
        Migrations upToSettings = new Migrations(Migrations.standard().steps().subList(0, 2));
        try (Store v2 = Store.open(tmp, upToSettings, CLOCK)) {
            assertThat(v2.sources().list()).extracting(SourceRef::name).containsExactly("nas", "phone");
            assertThat(v2.sources().find("phone")).contains(phone(tmp));
            assertThat(v2.history().history("phone")).hasSize(1);
            assertThat(v2.sources().settings("phone")).isEqualTo(SourceSettings.DEFAULTS);
            v2.sources().saveSettings("nas", NIGHTLY_NAS);
            assertThat(v2.sources().settings("nas")).isEqualTo(NIGHTLY_NAS);
        }

        assertThat(userVersion(db)).isEqualTo(2);
        Path copy = tmp.resolve("vigie.db.before-v2.bak");
        assertThat(userVersion(copy)).isEqualTo(1);
        assertThat(query(copy, "SELECT name FROM sources ORDER BY name")).containsExactly("nas", "phone");
        assertThat(count(copy, "backup_sets")).isEqualTo(1);
        assertThat(query(copy, "SELECT name FROM sqlite_schema WHERE name = 'source_settings'")).isEmpty();
    }

    @Test
    void theDatabaseRefusesAGraceBelowZeroOrAnOffsiteFlagOtherThanZeroOrOne() throws Exception {
        try (Store store = Fixtures.open(tmp)) {
            store.sources().add(phone(tmp));
        }
        Path db = Store.databaseFile(tmp);

        assertThatThrownBy(() -> Fixtures.execute(db,
                "INSERT INTO source_settings (source_id, grace_seconds) VALUES (1, -5)"))
                .hasMessageContaining("CHECK");
        assertThatThrownBy(() -> Fixtures.execute(db,
                "INSERT INTO source_settings (source_id, offsite) VALUES (1, 2)"))
                .hasMessageContaining("CHECK");
    }
}
