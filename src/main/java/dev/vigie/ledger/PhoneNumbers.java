package dev.vigie.ledger;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.vigie.backup.InputProblem;
import java.util.Locale;
import java.util.Optional;

/**
 * Phone numbers as people write them ({@code 06 12 34 56 78}, {@code +33 6 12 34 56 78}, {@code 0033 6...}) turned
 * into E.164 ({@code +33612345678}) with Google's libphonenumber. The core only ever sees the E.164 text.
 */
public final class PhoneNumbers {

    /** Why a number could not be read. */
    public enum Problem {
        /** National, and no region to read it in. */
        NO_REGION("noRegion"),
        /** Not a phone number of any region, or not one in use. */
        INVALID("invalid");

        private final String id;

        Problem(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** A number that could not be normalised; the message says how to write it. */
    public static final class PhoneProblem extends InputProblem {

        private final Problem problem;

        PhoneProblem(Problem problem, String raw) {
            super("error.phone." + problem.id(), raw);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** libphonenumber's region for "no default region": only numbers with a + parse. */
    private static final String UNKNOWN_REGION = "ZZ";

    private PhoneNumbers() {
    }

    /**
     * The number in E.164.
     *
     * @param region a two-letter country code (FR), already {@link #region checked}, for national numbers
     * @throws PhoneProblem when it cannot be read, or is national and no region is given
     */
    public static String normalise(String raw, Optional<String> region) {
        String text = raw.strip();
        boolean international = text.startsWith("+") || text.startsWith("00");
        if (!international && region.isEmpty()) {
            throw new PhoneProblem(Problem.NO_REGION, raw);
        }
        try {
            PhoneNumber number = UTIL.parse(text, region.orElse(UNKNOWN_REGION));
            if (!UTIL.isValidNumber(number)) {
                throw new PhoneProblem(Problem.INVALID, raw);
            }
            return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            if (e.getErrorType() == NumberParseException.ErrorType.INVALID_COUNTRY_CODE && region.isEmpty()) {
                throw new PhoneProblem(Problem.NO_REGION, raw);
            }
            throw new PhoneProblem(Problem.INVALID, raw);
        }
    }

    /**
     * A number in E.164 as a person reads it, in groups ({@code +33 6 12 34 56 78}, libphonenumber's international
     * format); as given when it is not one.
     */
    public static String readable(String e164) {
        try {
            return UTIL.format(UTIL.parse(e164, UNKNOWN_REGION), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }

    /**
     * A region code as given on the command line, upper-cased.
     *
     * @throws InputProblem when libphonenumber knows no such region
     */
    public static String region(String code) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (!UTIL.getSupportedRegions().contains(upper)) {
            throw new InputProblem("error.region.unknown", code);
        }
        return upper;
    }

    /** The locale's country, when it is a region libphonenumber knows; empty otherwise (C, POSIX, plain "fr"). */
    public static Optional<String> defaultRegion(Locale locale) {
        String country = locale.getCountry();
        return UTIL.getSupportedRegions().contains(country) ? Optional.of(country) : Optional.empty();
    }
}
