package dev.vigie.verify;

import dev.vigie.backup.Finding;
import dev.vigie.backup.Severity;

/**
 * The findings a verification reports: a code stable for scripts (message key {@code finding.<code>}) and the
 * severity it always carries. {@code {0}} in every message is the file's path relative to the source; the
 * arguments after it are listed with each code.
 */
public enum IntegrityCode {
    /** A WhatsApp backup whose MD5 trailer does not match its bytes: cut short or damaged. {1} format. */
    CORRUPT_CHECKSUM("corrupt-checksum", Severity.CRITICAL),
    /** A WhatsApp backup whose header cannot be read, so WhatsApp cannot restore it. {1} format. */
    CORRUPT_HEADER("corrupt-header", Severity.CRITICAL),
    /** A WhatsApp backup too short to hold even its header and trailers. {1} size, {2} format, {3} minimum. */
    TOO_SMALL("too-small", Severity.CRITICAL),
    /** A ZIP, tar or gzip archive whose structure, CRC or data is damaged or cut short. {1} what failed. */
    CORRUPT_ARCHIVE("corrupt-archive", Severity.CRITICAL),
    /** An SQLite database that is not sound (header, size, {@code PRAGMA quick_check}). {1} what failed. */
    CORRUPT_SQLITE("corrupt-sqlite", Severity.CRITICAL),
    /** An iPhone backup's property list that cannot be read. {1} what failed. */
    CORRUPT_PLIST("corrupt-plist", Severity.CRITICAL),
    /** A file whose digest differs from the one a checksum manifest lists. {1} manifest, {2} algorithm. */
    CHECKSUM_MISMATCH("checksum-mismatch", Severity.CRITICAL),
    /** A file a manifest, an iPhone backup or the scan expected, and that is not there. {1} what expects it. */
    MISSING_FILE("missing-file", Severity.CRITICAL),
    /** Lines of a checksum manifest in no known form; they are skipped. {1} how many. */
    MANIFEST_MALFORMED("manifest-malformed", Severity.WARNING),
    /** An iPhone backup that did not finish ({@code SnapshotState} is not {@code finished}). {1} the state. */
    IOS_INCOMPLETE("ios-incomplete", Severity.CRITICAL),
    /** An iPhone backup made without encryption: it holds no passwords nor health data. No argument. */
    IOS_UNENCRYPTED("ios-unencrypted", Severity.WARNING),
    /**
     * A backup file that is empty. No argument. The code is shared with the health analysis, which owns its
     * message.
     */
    ZERO_SIZE("zero-size", Severity.CRITICAL),
    /** A pipe, socket or device where a backup file was expected: never opened (it could block). No argument. */
    NOT_REGULAR_FILE("not-regular-file", Severity.WARNING),
    /** A file that could not be read, so it was not checked; the verification goes on. {1} the reason. */
    UNREADABLE("unreadable", Severity.WARNING);

    private final String id;
    private final Severity severity;

    IntegrityCode(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    /** The code in findings, JSON and message keys. */
    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** A finding of this code about {@code path} in the backup set {@code backup}. */
    Finding finding(String backup, String path, String... args) {
        return Finding.of(severity, id, backup, path, args);
    }
}
