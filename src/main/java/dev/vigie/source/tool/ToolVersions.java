package dev.vigie.source.tool;

import dev.vigie.backup.InputProblem;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which versions of restic and borg Vigie works with, and how to install them. */
public final class ToolVersions {

    public static final String RESTIC = "restic";
    public static final String BORG = "borg";

    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    private ToolVersions() {
    }

    /** The oldest version Vigie has been checked against: restic 0.14, borg 1.2. */
    public static int[] minimum(String tool) {
        return RESTIC.equals(tool) ? new int[] {0, 14} : new int[] {1, 2};
    }

    /** How to install the tool, in a few words the message shows after "Install it:". */
    public static String installHint(String tool) {
        return RESTIC.equals(tool)
                ? "apt install restic, brew install restic, or https://restic.net"
                : "apt install borgbackup, brew install borgbackup, or https://www.borgbackup.org";
    }

    /**
     * Checks the version a tool printed ({@code restic 0.14.0 compiled with go1.19.8 on linux/amd64},
     * {@code borg 1.2.4}).
     *
     * @return the version as printed ({@code 0.14.0})
     * @throws InputProblem {@code error.tool.old} when it is older than {@link #minimum(String)} or unreadable
     */
    public static String check(String tool, String printed) {
        String text = printed.strip();
        int space = text.indexOf(' ');
        Matcher m = VERSION.matcher(space < 0 ? text : text.substring(space + 1));
        int[] min = minimum(tool);
        String wanted = min[0] + "." + min[1];
        if (!m.lookingAt()) {
            throw new InputProblem("error.tool.old", tool, text.isEmpty() ? "?" : text, wanted, installHint(tool));
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        if (major < min[0] || major == min[0] && minor < min[1]) {
            throw new InputProblem("error.tool.old", tool, m.group(), wanted, installHint(tool));
        }
        return m.group();
    }
}
