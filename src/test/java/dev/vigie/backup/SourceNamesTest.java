package dev.vigie.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"phone-anna", "NAS bureau", "téléphone de Zoé", "backup.2026", "a"})
    void everydayNamesAreAccepted(String name) {
        assertThat(SourceNames.check(name)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "-phone", " phone", "phone ", ".", "..", "backups/phone", "C:\\phone",
        "tab\there"})
    void namesThatReadAsPathsOrOptionsAreRefused(String name) {
        assertThatThrownBy(() -> SourceNames.check(name))
                .isInstanceOfSatisfying(InputProblem.class, p -> {
                    assertThat(p.messageKey()).isEqualTo("error.source.badName");
                    assertThat(p.args()).containsExactly(name);
                });
    }
}
