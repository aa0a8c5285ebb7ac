package dev.vigie.chat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The order of day, month and year in an export's dates, which follows the phone's language. */
public enum DateOrder {
    DMY("dmy"),
    MDY("mdy"),
    YMD("ymd");

    private final String id;

    DateOrder(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<DateOrder> fromId(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(o -> o.id.equals(wanted)).findFirst();
    }
}
