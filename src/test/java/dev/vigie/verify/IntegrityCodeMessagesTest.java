package dev.vigie.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.backup.Finding;
import dev.vigie.backup.InputProblem;
import dev.vigie.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every finding a verification reports reads as a sentence in English and in French, with all its values. */
class IntegrityCodeMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void everyCodeHasAMessageThatUsesAllItsValues(String language) {
        Messages messages = Messages.of(Locale.forLanguageTag(language));
        for (IntegrityCode code : IntegrityCode.values()) {
            if (code == IntegrityCode.ZERO_SIZE) {
                continue; // the health analysis owns this code's message
            }
            Finding finding = code.finding("msgstore.db.crypt15", "Databases/msgstore.db.crypt15",
                    "VALUE1", "VALUE2", "VALUE3");
            String text = messages.finding(finding);
            assertThat(text).as(code.id()).doesNotContain("!finding.").doesNotContain("{")
                    .contains("Databases/msgstore.db.crypt15");
            int placeholders = 0;
            for (int i = 1; i <= 3; i++) {
                placeholders += text.contains("VALUE" + i) ? 1 : 0;
            }
            assertThat(placeholders).as(code.id() + " uses its values").isEqualTo(expectedArgs(code));
        }
        String depth = messages.problem(new InputProblem("error.verify.depth", "sample=0%"));
        assertThat(depth).contains("'sample=0%'").contains("sample=10%");
    }

    private static int expectedArgs(IntegrityCode code) {
        return switch (code) {
            case IOS_UNENCRYPTED, ZERO_SIZE, NOT_REGULAR_FILE -> 0;
            case CHECKSUM_MISMATCH -> 2;
            case TOO_SMALL -> 3;
            default -> 1;
        };
    }
}
