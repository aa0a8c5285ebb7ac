package dev.vigie.backup;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a backup folder is organised, which decides how its files group into backup sets. */
public enum Layout {
    WHATSAPP_ANDROID("whatsapp-android"),
    WHATSAPP_BUSINESS_ANDROID("whatsapp-business-android"),
    IOS_DEVICE_BACKUP("ios-device-backup"),
    DATED_SNAPSHOTS("dated-snapshots"),
    GENERIC("generic"),
    /** A restic repository, read through the installed {@code restic}: one backup set per snapshot. */
    RESTIC_REPOSITORY("restic-repository"),
    /** A borg repository, read through the installed {@code borg}: one backup set per archive. */
    BORG_REPOSITORY("borg-repository");

    private final String id;

    Layout(String id) {
        this.id = id;
    }

    /** The identifier used on the command line, in JSON and in the database. */
    public String id() {
        return id;
    }

    public boolean isWhatsApp() {
        return this == WHATSAPP_ANDROID || this == WHATSAPP_BUSINESS_ANDROID;
    }

    /** Whether a backup tool's repository is read through the tool rather than as a folder. */
    public boolean isRepository() {
        return this == RESTIC_REPOSITORY || this == BORG_REPOSITORY;
    }

    public static Optional<Layout> fromId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.id.equals(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
