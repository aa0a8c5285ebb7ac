package dev.vigie.cli;

import dev.vigie.backup.InputProblem;
import dev.vigie.i18n.Formats;
import dev.vigie.report.WhatIfJson;
import dev.vigie.report.WhatIfText;
import dev.vigie.retention.RetentionPolicies;
import dev.vigie.retention.RetentionPolicy;
import dev.vigie.retention.RetentionPreset;
import dev.vigie.retention.RetentionPresets;
import dev.vigie.retention.RetentionRules;
import dev.vigie.schedule.Durations;
import dev.vigie.schedule.Schedule;
import dev.vigie.schedule.Schedules;
import dev.vigie.simulation.Scenario;
import dev.vigie.simulation.WhatIf;
import dev.vigie.simulation.WhatIfResult;
import dev.vigie.workspace.SimulationSource;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigie whatif}: the current way of backing up beside others, over the period the backups were observed. Exit
 * 0 when compared, 2 on bad input.
 */
@Command(name = "whatif", mixinStandardHelpOptions = true)
public final class WhatIfCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    private BackupsOptions backups;

    @Mixin
    private RetentionOptions retention;

    @Option(names = "--delay", paramLabel = "D", defaultValue = "24h", descriptionKey = "whatif.delay")
    private String delay;

    @Option(names = "--compare", paramLabel = "[SCHEDULE |] POLICY", descriptionKey = "whatif.compare")
    private List<String> compare = new ArrayList<>();

    @Mixin
    private TimeOptions time;

    @Option(names = "--json", descriptionKey = "json")
    private boolean json;

    @Spec
    private CommandSpec spec;

    public WhatIfCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ZoneId userZone = time.zone(context);
        Instant at = time.now(context);
        Duration noticedAfter = Durations.parse(delay);
        SimulationSource observed = backups.load(context, userZone, at);
        RetentionPolicy current = RetentionPolicies.atEveryRun(observed.rules(retention.given()));
        ZoneId zone = observed.zone(time.givenZone(), context.zone());
        Schedule schedule = backups.schedule(observed, zone);
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(Scenario.asObserved(context.messages().get(retention.isEmpty() ? "whatif.usual"
                : "whatif.current"), current));
        for (String text : compare) {
            scenarios.add(scenario(text, schedule));
        }
        WhatIfResult result = WhatIf.compare(observed.backups(), schedule, scenarios, noticedAfter, at);

        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(WhatIfJson.render(result, zone));
        } else {
            out.println(retention.said(context.messages(), current.describe()));
            out.print(WhatIfText.render(result, new Formats(context.messages()).schedule(schedule), zone,
                    new Formats(context.messages())));
        }
        out.flush();
        return ExitCode.OK;
    }

    /**
     * {@code [SCHEDULE |] POLICY}: a preset's name or restic's rules ({@code keep-daily 7, keep-weekly 4}), after the
     * schedule to assume instead of the observed backups, if any. The text is the scenario's label.
     */
    private static Scenario scenario(String text, Schedule current) {
        int bar = text.indexOf('|');
        String policyText = (bar < 0 ? text : text.substring(bar + 1)).strip();
        Optional<Schedule> schedule = bar < 0 ? Optional.empty()
                : Optional.of(Schedules.parse(text.substring(0, bar).strip(), current.zone(), current.grace()));
        Optional<RetentionPreset> preset = RetentionPresets.named(policyText).filter(p -> !p.isCustom());
        RetentionRules rules = preset.map(RetentionPreset::rules).orElseGet(() -> RetentionRules.parse(policyText));
        return new Scenario(text.strip(), schedule, RetentionPolicies.atEveryRun(rules));
    }
}
