package dev.vigie.notify;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSString;
import java.util.ArrayList;
import java.util.List;

/**
 * What each operating system's scheduler is given for {@code vigie watch}: systemd user units, a crontab line, a
 * LaunchAgent property list, the arguments of {@code schtasks}. Pure functions of the plan, tested on any system.
 */
public final class WatchFiles {

    /** The systemd units' and the LaunchAgent's name, the Task Scheduler task's name, the crontab line's mark. */
    public static final String UNIT = "vigie-watch";
    public static final String LAUNCH_AGENT = "dev.vigie.watch";
    public static final String TASK = "Vigie watch";
    public static final String CRON_MARK = "# vigie watch";

    private WatchFiles() {
    }

    public static String systemdService(WatchPlan plan) {
        StringBuilder exec = new StringBuilder();
        for (String arg : plan.command()) {
            if (exec.length() > 0) {
                exec.append(' ');
            }
            // systemd's own quoting: double quotes, backslash escapes, and % doubled (it starts a specifier).
            exec.append('"').append(arg.replace("\\", "\\\\").replace("\"", "\\\"").replace("%", "%%")).append('"');
        }
        return "[Unit]\n"
                + "Description=Vigie: check the backups and alert on changes\n"
                + "\n"
                + "[Service]\n"
                + "Type=oneshot\n"
                + "ExecStart=" + exec + "\n"
                // check's exit status is the verdict (1 WARNING, 2 CRITICAL, 3 UNKNOWN), not a failure of the unit.
                + "SuccessExitStatus=1 2 3\n";
    }

    public static String systemdTimer(WatchPlan plan) {
        return "[Unit]\n"
                + "Description=Vigie: check the backups every " + words(plan) + "\n"
                + "\n"
                + "[Timer]\n"
                + "OnActiveSec=2min\n"
                + "OnUnitActiveSec=" + plan.every().toSeconds() + "s\n"
                + "\n"
                + "[Install]\n"
                + "WantedBy=timers.target\n";
    }

    /** One crontab line, marked so that Vigie finds it again: minute and hour fields from the plan's period. */
    public static String crontabLine(WatchPlan plan) {
        long minutes = plan.every().toMinutes();
        String when;
        if (minutes < 60) {
            when = "*/" + minutes + " * * * *";
        } else if (minutes == 60) {
            when = "0 * * * *";
        } else if (minutes < 1440) {
            when = "0 */" + minutes / 60 + " * * *";
        } else if (minutes == 1440) {
            when = "0 3 * * *";
        } else {
            when = "0 3 */" + minutes / 1440 + " * *";
        }
        List<String> quoted = new ArrayList<>();
        for (String arg : plan.command()) {
            // Single quotes for the shell; % ends a crontab command unless escaped.
            quoted.add("'" + arg.replace("'", "'\\''").replace("%", "\\%") + "'");
        }
        return when + " " + String.join(" ", quoted) + " " + CRON_MARK;
    }

    /** The crontab with any previous Vigie line taken out, then {@code line} added when given. */
    public static String crontabWith(String current, String line) {
        StringBuilder out = new StringBuilder();
        for (String existing : current.split("\n", -1)) {
            if (!existing.isBlank() && !existing.endsWith(CRON_MARK)) {
                out.append(existing).append('\n');
            }
        }
        if (!line.isEmpty()) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    public static boolean crontabHasLine(String crontab) {
        return crontab.lines().anyMatch(l -> l.endsWith(CRON_MARK));
    }

    /** A LaunchAgent run every period, and once when loaded. */
    public static String launchAgent(WatchPlan plan, String logFile) {
        NSDictionary agent = new NSDictionary();
        agent.put("Label", LAUNCH_AGENT);
        NSArray args = new NSArray(plan.command().size());
        for (int i = 0; i < plan.command().size(); i++) {
            args.setValue(i, new NSString(plan.command().get(i)));
        }
        agent.put("ProgramArguments", args);
        agent.put("StartInterval", (int) plan.every().toSeconds());
        agent.put("RunAtLoad", true);
        agent.put("ProcessType", "Background");
        agent.put("StandardOutPath", logFile);
        agent.put("StandardErrorPath", logFile);
        return agent.toXMLPropertyList();
    }

    /** {@code schtasks /Create} for the current user, no administrator rights; /F replaces a previous one. */
    public static List<String> schtasksCreate(WatchPlan plan) {
        long minutes = plan.every().toMinutes();
        String schedule;
        long modifier;
        if (minutes < 60) {
            schedule = "MINUTE";
            modifier = minutes;
        } else if (minutes < 1440) {
            schedule = "HOURLY";
            modifier = minutes / 60;
        } else {
            schedule = "DAILY";
            modifier = minutes / 1440;
        }
        return List.of("schtasks", "/Create", "/F", "/TN", TASK, "/SC", schedule, "/MO", String.valueOf(modifier),
                "/TR", windowsCommandLine(plan.command()));
    }

    public static List<String> schtasksQuery() {
        return List.of("schtasks", "/Query", "/TN", TASK);
    }

    public static List<String> schtasksDelete() {
        return List.of("schtasks", "/Delete", "/F", "/TN", TASK);
    }

    /** Windows' quoting of a command line: each argument in double quotes, inner quotes backslashed. */
    static String windowsCommandLine(List<String> command) {
        List<String> quoted = new ArrayList<>();
        for (String arg : command) {
            quoted.add('"' + arg.replace("\"", "\\\"") + '"');
        }
        return String.join(" ", quoted);
    }

    private static String words(WatchPlan plan) {
        long minutes = plan.every().toMinutes();
        if (minutes % 1440 == 0) {
            return minutes / 1440 + "d";
        }
        return minutes % 60 == 0 ? minutes / 60 + "h" : minutes + "m";
    }
}
