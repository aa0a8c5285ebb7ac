package dev.vigie.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigie.backup.ScanProgress;
import dev.vigie.health.CloudCopies.CloudCopy;
import dev.vigie.i18n.Messages;
import dev.vigie.report.Json;
import dev.vigie.workspace.CloudComparison;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie drive compare LOCAL DRIVE [--json]}: whether the cloud copy of each backup matches. */
@Command(name = "compare", mixinStandardHelpOptions = true)
public final class DriveCompareCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "LOCAL", descriptionKey = "drive.compare.local")
    private String local;

    @Parameters(index = "1", paramLabel = "DRIVE", descriptionKey = "drive.compare.cloud")
    private String cloud;

    @Option(names = "--json", descriptionKey = "json")
    private boolean json;

    @Mixin
    private TimeOptions time;

    @Spec
    private CommandSpec spec;

    public DriveCompareCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        CloudComparison comparison = Targets.workspace(context).compareCloud(local, cloud, time.zone(context),
                time.now(context), ScanProgress.NONE);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.mapper().writeValueAsString(toJson(comparison)));
        } else {
            Messages m = context.messages();
            out.println(m.get("drive.compare.heading", comparison.local(), comparison.cloud()));
            for (CloudCopy copy : comparison.copies()) {
                out.println(m.get("drive.compare." + copy.state().id(), copy.backup(),
                        String.join(", ", copy.differences()), copy.md5Compared()));
            }
        }
        out.flush();
        return comparison.allMatch() ? ExitCode.OK : ExitCode.PROBLEM_FOUND;
    }

    private static ObjectNode toJson(CloudComparison comparison) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("local", comparison.local());
        root.put("cloud", comparison.cloud());
        root.put("allMatch", comparison.allMatch());
        ArrayNode copies = root.putArray("copies");
        for (CloudCopy copy : comparison.copies()) {
            ObjectNode c = copies.addObject();
            c.put("backup", copy.backup());
            c.put("state", copy.state().id());
            c.put("localBytes", copy.localBytes());
            c.put("cloudBytes", copy.cloudBytes());
            c.put("md5Compared", copy.md5Compared());
            ArrayNode differences = c.putArray("differences");
            copy.differences().forEach(differences::add);
        }
        return root;
    }
}
