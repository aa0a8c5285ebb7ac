package dev.vigie.retention;

import java.util.List;
import java.util.Optional;

/** The retention presets of the services Vigie knows, and {@code custom} for rules of one's own. */
public final class RetentionPresets {

    public static final String CUSTOM = "custom";

    private static final List<RetentionPreset> ALL = List.of(
            // Google Drive holds one WhatsApp backup per account: each upload replaces the previous one.
            preset("whatsapp-google-account", RetentionRules.NONE.withLast(1)),
            // iCloud Backup keeps the latest backup of each device.
            preset("icloud", RetentionRules.NONE.withLast(1)),
            // WhatsApp on Android keeps msgstore.db.crypt* (the current file) and dated copies it deletes after about
            // seven days, whether or not a backup ran each day: an age limit, hence keep-within-daily, not keep-daily.
            preset("whatsapp-local-android", RetentionRules.NONE.withLast(1)
                    .withWithinDaily(new CalendarSpan(0, 0, 7, 0))),
            // Apple's documented thinning: hourly for 24 hours, daily for the past month, weekly for older ones.
            preset("time-machine", RetentionRules.NONE.withWithinHourly(new CalendarSpan(0, 0, 1, 0))
                    .withWithinDaily(new CalendarSpan(0, 1, 0, 0)).withWeekly(RetentionRules.UNLIMITED)),
            preset(CUSTOM, RetentionRules.NONE));

    private RetentionPresets() {
    }

    /** Every preset, {@code custom} last. */
    public static List<RetentionPreset> all() {
        return ALL;
    }

    /** The preset of that name, if there is one. */
    public static Optional<RetentionPreset> named(String name) {
        return ALL.stream().filter(p -> p.name().equals(name.trim())).findFirst();
    }

    private static RetentionPreset preset(String name, RetentionRules rules) {
        return new RetentionPreset(name, rules, "retention.preset." + name);
    }
}
