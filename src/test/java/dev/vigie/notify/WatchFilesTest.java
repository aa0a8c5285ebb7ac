package dev.vigie.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.PropertyListParser;
import dev.vigie.backup.InputProblem;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchFilesTest {

    private static final List<String> COMMAND = List.of("/opt/vigie/bin/Vigie", "--data-dir",
            "/home/anna/My \"Data\" 100%", "check", "--all", "--alert");

    private static WatchPlan every(String duration) {
        return new WatchPlan(dev.vigie.schedule.Durations.parse(duration), COMMAND);
    }

    @Test
    void theSystemdServiceQuotesEachArgumentAndTakesCheckVerdictsAsSuccess() {
        String service = WatchFiles.systemdService(every("1h"));
        assertThat(service).contains("Type=oneshot")
                .contains("ExecStart=\"/opt/vigie/bin/Vigie\" \"--data-dir\" \"/home/anna/My \\\"Data\\\" 100%%\" "
                        + "\"check\" \"--all\" \"--alert\"")
                .contains("SuccessExitStatus=1 2 3");
    }

    @Test
    void theTimerRunsSoonAfterInstallThenEveryPeriod() {
        assertThat(WatchFiles.systemdTimer(every("1h"))).contains("OnActiveSec=2min").contains("OnUnitActiveSec=3600s")
                .contains("WantedBy=timers.target");
        assertThat(WatchFiles.systemdTimer(every("15m"))).contains("OnUnitActiveSec=900s");
    }

    @Test
    void theCrontabLineTurnsThePeriodIntoFieldsAndQuotesForTheShellAndCron() {
        assertThat(WatchFiles.crontabLine(every("1h"))).startsWith("0 * * * * '/opt/vigie/bin/Vigie' ")
                .contains("'/home/anna/My \"Data\" 100\\%'").endsWith(" # vigie watch");
        assertThat(WatchFiles.crontabLine(every("15m"))).startsWith("*/15 * * * * ");
        assertThat(WatchFiles.crontabLine(every("6h"))).startsWith("0 */6 * * * ");
        assertThat(WatchFiles.crontabLine(every("1d"))).startsWith("0 3 * * * ");
    }

    @Test
    void aNewCrontabLineReplacesVigiesOldOneAndKeepsTheUsersOwn() {
        String before = "MAILTO=anna\n30 1 * * * restic backup ~\n0 */2 * * * old vigie # vigie watch\n";
        String after = WatchFiles.crontabWith(before, "0 * * * * new # vigie watch");
        assertThat(after).isEqualTo("MAILTO=anna\n30 1 * * * restic backup ~\n0 * * * * new # vigie watch\n");
        assertThat(WatchFiles.crontabWith(after, "")).isEqualTo("MAILTO=anna\n30 1 * * * restic backup ~\n");
    }

    @Test
    void theLaunchAgentIsAPropertyListWithTheArgumentsAndTheInterval() throws Exception {
        String xml = WatchFiles.launchAgent(every("30m"), "/Users/anna/Library/Logs/Vigie/watch.log");
        NSDictionary agent = (NSDictionary) PropertyListParser.parse(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(agent.objectForKey("Label").toJavaObject()).isEqualTo("dev.vigie.watch");
        assertThat(((NSArray) agent.objectForKey("ProgramArguments")).toJavaObject()).isEqualTo(COMMAND.toArray());
        assertThat(agent.objectForKey("StartInterval").toJavaObject()).isEqualTo(1800);
        assertThat(agent.objectForKey("RunAtLoad").toJavaObject()).isEqualTo(true);
    }

    @Test
    void schtasksGetsTheScheduleItUnderstandsAndOneQuotedCommandLine() {
        assertThat(WatchFiles.schtasksCreate(every("1h"))).containsExactly("schtasks", "/Create", "/F", "/TN",
                "Vigie watch", "/SC", "HOURLY", "/MO", "1", "/TR",
                "\"/opt/vigie/bin/Vigie\" \"--data-dir\" \"/home/anna/My \\\"Data\\\" 100%\" \"check\" \"--all\" "
                        + "\"--alert\"");
        assertThat(WatchFiles.schtasksCreate(every("15m"))).containsSequence("/SC", "MINUTE", "/MO", "15");
        assertThat(WatchFiles.schtasksCreate(every("1d"))).containsSequence("/SC", "DAILY", "/MO", "1");
    }

    @Test
    void aPeriodNoSchedulerCanKeepIsRefused() {
        assertThatThrownBy(() -> every("7m")).isInstanceOf(InputProblem.class).hasMessageContaining("error.watch.every");
        assertThatThrownBy(() -> every("5h")).isInstanceOf(InputProblem.class);
        assertThatThrownBy(() -> new WatchPlan(Duration.ofMinutes(1), COMMAND)).isInstanceOf(InputProblem.class);
    }
}
