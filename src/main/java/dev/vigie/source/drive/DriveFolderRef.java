package dev.vigie.source.drive;

import dev.vigie.backup.InputProblem;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what a user gives for a Drive folder: {@code gdrive:ID}, a folder link, or the bare id. */
public final class DriveFolderRef {

    /** How a Drive source's location is written: {@code gdrive:} then the folder id. */
    public static final String SCHEME = "gdrive:";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{10,}");
    private static final Pattern FOLDER_LINK = Pattern.compile("/folders/([A-Za-z0-9_-]+)");
    private static final Pattern ID_PARAMETER = Pattern.compile("(?:^|&)id=([A-Za-z0-9_-]+)");

    private DriveFolderRef() {
    }

    /** Whether a stored location names a Drive folder rather than a local path. */
    public static boolean isDrive(String location) {
        return location.startsWith(SCHEME);
    }

    /** {@code gdrive:ID}. */
    public static String location(String id) {
        return SCHEME + id;
    }

    /**
     * The folder id in {@code gdrive:ID}, {@code https://drive.google.com/drive/folders/ID} (with or without
     * {@code /u/0} and a query), {@code https://drive.google.com/open?id=ID}, or a bare id.
     *
     * @throws InputProblem when none of these can be read
     */
    public static String id(String given) {
        return parse(given).orElseThrow(() -> new InputProblem("error.drive.badFolder", given));
    }

    /** Like {@link #id}, empty when the text names no Drive folder. */
    public static Optional<String> parse(String given) {
        String text = given.strip();
        if (text.startsWith(SCHEME)) {
            text = text.substring(SCHEME.length());
            return ID.matcher(text).matches() ? Optional.of(text) : Optional.empty();
        }
        if (text.startsWith("https://") || text.startsWith("http://")) {
            URI uri;
            try {
                uri = URI.create(text);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            if (uri.getHost() == null || !uri.getHost().endsWith("google.com")) {
                return Optional.empty();
            }
            Matcher folder = FOLDER_LINK.matcher(uri.getPath() == null ? "" : uri.getPath());
            if (folder.find()) {
                return Optional.of(folder.group(1));
            }
            Matcher parameter = ID_PARAMETER.matcher(uri.getRawQuery() == null ? "" : uri.getRawQuery());
            return parameter.find() ? Optional.of(parameter.group(1)) : Optional.empty();
        }
        return ID.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }
}
