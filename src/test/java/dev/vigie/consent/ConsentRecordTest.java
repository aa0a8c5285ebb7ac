package dev.vigie.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.testing.Paris;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsentRecordTest {

    private static ConsentRecord consent(String granted, String withdrawn) {
        return new ConsentRecord("anna", Purpose.ARCHIVE, Paris.at(granted), ConsentMethod.PAPER, Optional.empty(),
                Optional.ofNullable(withdrawn).map(Paris::at));
    }

    @Test
    void isValidFromItsGrantUpToButNotIncludingItsWithdrawal() {
        ConsentRecord c = consent("2026-01-10T10:00", "2026-02-01T00:00");

        assertThat(c.isValidAt(Paris.at("2026-01-10T09:59"))).isFalse();
        assertThat(c.isValidAt(Paris.at("2026-01-10T10:00"))).isTrue();
        assertThat(c.isValidAt(Paris.at("2026-01-31T23:59"))).isTrue();
        assertThat(c.isValidAt(Paris.at("2026-02-01T00:00"))).isFalse();
    }

    @Test
    void cannotBeWithdrawnBeforeItWasGranted() {
        assertThatThrownBy(() -> consent("2026-02-01T00:00", "2026-01-10T10:00"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoConsentsOfOnePurposeOverlapWhenTheyShareAnInstant() {
        ConsentRecord january = consent("2026-01-01T00:00", "2026-02-01T00:00");

        assertThat(january.overlaps(consent("2026-01-15T00:00", null))).isTrue();
        assertThat(january.overlaps(consent("2025-12-01T00:00", "2026-01-02T00:00"))).isTrue();
        assertThat(january.overlaps(consent("2026-02-01T00:00", null))).as("starts when the other ends").isFalse();
        assertThat(consent("2026-01-01T00:00", null).overlaps(consent("2026-05-01T00:00", null))).isTrue();
        ConsentRecord otherPurpose = new ConsentRecord("anna", Purpose.RESTORE_ACCESS, Paris.at("2026-01-15T00:00"),
                ConsentMethod.FORM, Optional.empty(), Optional.empty());
        assertThat(january.overlaps(otherPurpose)).isFalse();
    }

    @Test
    void statusPerPurposeSaysGivenWithdrawnOrNoneWithSince() {
        Instant now = Paris.at("2026-11-21T09:00");
        List<ConsentRecord> consents = List.of(consent("2026-01-01T00:00", "2026-02-01T00:00"),
                new ConsentRecord("anna", Purpose.RESTORE_ACCESS, Paris.at("2026-03-01T12:00"), ConsentMethod.FORM,
                        Optional.empty(), Optional.empty()));

        List<ConsentStatus> statuses = ConsentStatus.forEveryPurpose(consents, now);

        assertThat(statuses).containsExactly(
                new ConsentStatus(Purpose.ARCHIVE, ConsentState.WITHDRAWN, Optional.of(Paris.at("2026-02-01T00:00"))),
                new ConsentStatus(Purpose.RESTORE_ACCESS, ConsentState.GIVEN,
                        Optional.of(Paris.at("2026-03-01T12:00"))),
                new ConsentStatus(Purpose.QUALITY_ANALYSIS, ConsentState.NONE, Optional.empty()));
    }
}
