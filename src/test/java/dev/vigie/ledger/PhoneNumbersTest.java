package dev.vigie.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.backup.InputProblem;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void aFrenchNationalNumberNeedsItsRegion() {
        assertThat(PhoneNumbers.normalise("06 12 34 56 78", Optional.of("FR"))).isEqualTo("+33612345678");
        assertThatThrownBy(() -> PhoneNumbers.normalise("06 12 34 56 78", Optional.empty()))
                .isInstanceOfSatisfying(PhoneNumbers.PhoneProblem.class,
                        p -> assertThat(p.problem()).isEqualTo(PhoneNumbers.Problem.NO_REGION))
                .extracting(p -> ((InputProblem) p).messageKey()).isEqualTo("error.phone.noRegion");
    }

    @Test
    void anInternationalNumberNeedsNone() {
        assertThat(PhoneNumbers.normalise("+33 6 12 34 56 78", Optional.empty())).isEqualTo("+33612345678");
        assertThat(PhoneNumbers.normalise("0033 6 12 34 56 78", Optional.of("FR"))).isEqualTo("+33612345678");
        assertThat(PhoneNumbers.normalise("+32 470 12 34 56", Optional.of("FR"))).as("a Belgian mobile in France")
                .isEqualTo("+32470123456");
    }

    @Test
    void digitsThatAreNoNumberAreRefused() {
        assertThatThrownBy(() -> PhoneNumbers.normalise("+33 12", Optional.empty()))
                .isInstanceOfSatisfying(PhoneNumbers.PhoneProblem.class,
                        p -> assertThat(p.problem()).isEqualTo(PhoneNumbers.Problem.INVALID));
        assertThatThrownBy(() -> PhoneNumbers.normalise("call me", Optional.of("FR")))
                .isInstanceOf(PhoneNumbers.PhoneProblem.class);
    }

    @Test
    void theDefaultRegionIsTheLocalesCountryWhenItHasOne() {
        assertThat(PhoneNumbers.defaultRegion(Locale.FRANCE)).contains("FR");
        assertThat(PhoneNumbers.defaultRegion(Locale.FRENCH)).isEmpty();
        assertThat(PhoneNumbers.defaultRegion(Locale.ROOT)).isEmpty();
    }

    @Test
    void aRegionIsATwoLetterCodeLibphonenumberKnows() {
        assertThat(PhoneNumbers.region("be")).isEqualTo("BE");
        assertThatThrownBy(() -> PhoneNumbers.region("XX")).isInstanceOf(InputProblem.class)
                .extracting(p -> ((InputProblem) p).messageKey()).isEqualTo("error.region.unknown");
    }

    @Test
    void aStoredNumberReadsInTheGroupsOfItsCountry() {
        assertThat(PhoneNumbers.readable("+33612345678")).isEqualTo("+33 6 12 34 56 78");
        assertThat(PhoneNumbers.readable("+442079460958")).isEqualTo("+44 20 7946 0958");
        assertThat(PhoneNumbers.readable("+15551234567")).as("a region's own grouping").isEqualTo("+1 555-123-4567");
        assertThat(PhoneNumbers.readable("not a number")).as("as given").isEqualTo("not a number");
    }
}
