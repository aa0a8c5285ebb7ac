package dev.vigie.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.audit.AuditAction;
import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit log read by a person: labels, names and sentences, never a raw id or JSON. */
class AuditWordsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static AuditWords words(Locale locale) {
        Map<String, String> names = Map.of("c-562cd791", "Chloé Lefèvre");
        return new AuditWords(new Formats(Messages.of(locale)), PARIS, id -> names.getOrDefault(id, id));
    }

    @Test
    void everyAuditActionHasALabelInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            Messages m = Messages.of(locale);
            for (AuditAction action : AuditAction.values()) {
                assertThat(m.bundle().containsKey("ui.audit.action." + action.id()))
                        .as(action + " in " + locale).isTrue();
                assertThat(words(locale).action(action.id())).isNotEqualTo(action.id());
            }
        }
    }

    @Test
    void aConsentsDetailsReadAsASentenceWithThePurposesLabel() {
        String json = "{\"purpose\":\"restore-access\",\"grantedAt\":\"2026-12-06T01:01:00.000Z\",\"method\":\"written\"}";
        assertThat(words(Locale.ENGLISH).details(json))
                .isEqualTo("Purpose: Restore access; granted: 6 Dec 2026, 02:01; method: written");
        assertThat(words(Locale.FRENCH).details(json)).startsWith("Finalité : Accès restauration")
                .contains("6 déc. 2026, 02:01").doesNotContain("{", "restore-access");
    }

    @Test
    void anAccessDecisionSaysItsReasonsInWords() {
        String json = "{\"purpose\":\"archive\",\"allowed\":false,\"reasons\":[\"withdrawn\"]}";
        assertThat(words(Locale.ENGLISH).details(json))
                .isEqualTo("Purpose: Archive; allowed: no; reasons: consent withdrawn");
    }

    @Test
    void aContactIsNamedAndOtherSubjectsStayAsStored() {
        assertThat(words(Locale.ENGLISH).subject("c-562cd791")).isEqualTo("Chloé Lefèvre");
        assertThat(words(Locale.ENGLISH).subject("nas")).isEqualTo("nas");
        assertThat(words(Locale.ENGLISH).details("not json")).isEqualTo("not json");
    }
}
