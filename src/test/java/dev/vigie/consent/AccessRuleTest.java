package dev.vigie.consent;

import static dev.vigie.consent.DenialReason.Code.NO_CONSENT;
import static dev.vigie.consent.DenialReason.Code.NO_JUSTIFICATION;
import static dev.vigie.consent.DenialReason.Code.OTHER_PURPOSE_ONLY;
import static dev.vigie.consent.DenialReason.Code.WITHDRAWN;
import static dev.vigie.consent.Purpose.ARCHIVE;
import static dev.vigie.consent.Purpose.QUALITY_ANALYSIS;
import static dev.vigie.consent.Purpose.RESTORE_ACCESS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.testing.Paris;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The access decision as a table: consents on record, justification, and the answer with every reason. */
class AccessRuleTest {

    private static final Instant NOW = Paris.at("2026-11-21T09:00");
    private static final String WHY = "The customer asked us to recover the invoice she deleted.";

    static ConsentRecord given(Purpose purpose, String grantedLocal) {
        return new ConsentRecord("anna", purpose, Paris.at(grantedLocal), ConsentMethod.FORM, Optional.of("F-1"),
                Optional.empty());
    }

    static ConsentRecord withdrawn(Purpose purpose, String grantedLocal, String withdrawnLocal) {
        return given(purpose, grantedLocal).withdrawn(Paris.at(withdrawnLocal));
    }

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("valid consent for the purpose, justified",
                        List.of(given(RESTORE_ACCESS, "2026-01-10T10:00")), WHY, List.of()),
                Arguments.of("valid consent, no justification",
                        List.of(given(RESTORE_ACCESS, "2026-01-10T10:00")), "", List.of(NO_JUSTIFICATION)),
                Arguments.of("valid consent, a blank justification counts as none",
                        List.of(given(RESTORE_ACCESS, "2026-01-10T10:00")), "   ", List.of(NO_JUSTIFICATION)),
                Arguments.of("no consent at all, justified", List.of(), WHY, List.of(NO_CONSENT)),
                Arguments.of("no consent and no justification", List.of(), "", List.of(NO_CONSENT,
                        NO_JUSTIFICATION)),
                Arguments.of("withdrawn before now",
                        List.of(withdrawn(RESTORE_ACCESS, "2026-01-10T10:00", "2026-11-01T12:00")), WHY,
                        List.of(WITHDRAWN)),
                Arguments.of("withdrawn at this very instant is no longer valid",
                        List.of(withdrawn(RESTORE_ACCESS, "2026-01-10T10:00", "2026-11-21T09:00")), WHY,
                        List.of(WITHDRAWN)),
                Arguments.of("withdrawn only later is still valid now",
                        List.of(withdrawn(RESTORE_ACCESS, "2026-01-10T10:00", "2026-12-01T00:00")), WHY, List.of()),
                Arguments.of("granted at this very instant is valid",
                        List.of(given(RESTORE_ACCESS, "2026-11-21T09:00")), WHY, List.of()),
                Arguments.of("granted only later is no consent now",
                        List.of(given(RESTORE_ACCESS, "2026-11-21T09:01")), WHY, List.of(NO_CONSENT)),
                Arguments.of("consent for another purpose only",
                        List.of(given(ARCHIVE, "2026-01-10T10:00")), WHY, List.of(OTHER_PURPOSE_ONLY)),
                Arguments.of("another purpose, and no justification",
                        List.of(given(ARCHIVE, "2026-01-10T10:00")), "", List.of(OTHER_PURPOSE_ONLY,
                        NO_JUSTIFICATION)),
                Arguments.of("a withdrawn other purpose is no consent at all",
                        List.of(withdrawn(ARCHIVE, "2026-01-10T10:00", "2026-02-01T00:00")), WHY,
                        List.of(NO_CONSENT)),
                Arguments.of("withdrawn for this purpose while another is valid: the withdrawal is the reason",
                        List.of(withdrawn(RESTORE_ACCESS, "2026-01-10T10:00", "2026-02-01T00:00"),
                                given(ARCHIVE, "2026-01-10T10:00")), WHY, List.of(WITHDRAWN)),
                Arguments.of("given again after a withdrawal",
                        List.of(withdrawn(RESTORE_ACCESS, "2026-01-10T10:00", "2026-02-01T00:00"),
                                given(RESTORE_ACCESS, "2026-06-01T00:00")), WHY, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void decidesFromConsentAndJustification(String situation, List<ConsentRecord> consents, String justification,
                                            List<DenialReason.Code> expected) {
        AccessDecision decision = AccessRule.decide("anna", consents, List.of(), RESTORE_ACCESS, justification, "agent", NOW);

        assertThat(decision.allowed()).isEqualTo(expected.isEmpty());
        assertThat(decision.reasons()).extracting(DenialReason::code).containsExactlyElementsOf(expected);
    }

    @Test
    void aWithdrawalSaysWhenTheLatestOneHappened() {
        List<ConsentRecord> consents = List.of(
                withdrawn(RESTORE_ACCESS, "2026-01-10T10:00", "2026-02-01T00:00"),
                withdrawn(RESTORE_ACCESS, "2026-03-01T00:00", "2026-10-05T17:30"));

        AccessDecision decision = AccessRule.decide("anna", consents, List.of(), RESTORE_ACCESS, WHY, "agent", NOW);

        assertThat(decision.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(WITHDRAWN);
            assertThat(r.date()).contains(Paris.at("2026-10-05T17:30"));
        });
    }

    @Test
    void anotherPurposeOnlyNamesThePurposesConsentedTo() {
        List<ConsentRecord> consents = List.of(given(QUALITY_ANALYSIS, "2026-01-10T10:00"),
                given(ARCHIVE, "2026-01-10T10:00"));

        AccessDecision decision = AccessRule.decide("anna", consents, List.of(), RESTORE_ACCESS, WHY, "agent", NOW);

        assertThat(decision.reasons()).singleElement()
                .satisfies(r -> assertThat(r.purposes()).containsExactly(ARCHIVE, QUALITY_ANALYSIS));
    }

    @Test
    void theDecisionKeepsWhoAskedWhenAndWhy() {
        AccessDecision decision = AccessRule.decide("anna", List.of(given(RESTORE_ACCESS, "2026-01-10T10:00")),
                List.of(), RESTORE_ACCESS, "  " + WHY + "\n", "marie", NOW);

        assertThat(decision.agent()).isEqualTo("marie");
        assertThat(decision.at()).isEqualTo(NOW);
        assertThat(decision.justification()).isEqualTo(WHY);
    }
}
