package dev.vigie.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigie.audit.AuditChain;
import dev.vigie.audit.AuditStamp;
import dev.vigie.backup.BackupSet;
import dev.vigie.backup.Finding;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.Layout;
import dev.vigie.backup.MediaKind;
import dev.vigie.backup.ScanProgress;
import dev.vigie.backup.SeenBackup;
import dev.vigie.backup.SourceRef;
import dev.vigie.backup.SourceSettings;
import dev.vigie.chat.ImportedChat;
import dev.vigie.checklist.Checklist;
import dev.vigie.checklist.ChecklistRequest;
import dev.vigie.checklist.ChecklistScenario;
import dev.vigie.checklist.Checklists;
import dev.vigie.checklist.LedgerFacts;
import dev.vigie.checklist.Progress;
import dev.vigie.checklist.Verification;
import dev.vigie.consent.Purpose;
import dev.vigie.drill.RecoveryObjectives;
import dev.vigie.report.Json;
import dev.vigie.retention.RetentionPolicies;
import dev.vigie.retention.RetentionPolicy;
import dev.vigie.retention.RetentionPresets;
import dev.vigie.retention.RetentionRules;
import dev.vigie.schedule.Schedule;
import dev.vigie.simulation.Simulator;
import dev.vigie.simulation.Timeline;
import dev.vigie.source.local.LocalScanner;
import dev.vigie.store.ChecklistRepository;
import dev.vigie.store.Store;
import dev.vigie.verify.IntegrityCode;
import dev.vigie.verify.Verifier;
import dev.vigie.verify.VerifyDepth;
import dev.vigie.verify.VerifyProgress;
import dev.vigie.verify.VerifyReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Restore checklists as both faces use them: write one from a source's backups, the simulator and the consent ledger;
 * keep it with its ticks and sign-off across launches; every step of that in the audit log.
 */
public final class RestoreChecklists {

    private final Workspace workspace;
    private final LocalScanner scanner;
    private final Clock clock;
    private final String actor;

    RestoreChecklists(Workspace workspace, LocalScanner scanner, Clock clock, String actor) {
        this.workspace = workspace;
        this.scanner = scanner;
        this.clock = clock;
        this.actor = actor;
    }

    /**
     * Writes a checklist, verifying the chosen backup when it is still on disk, saves it and audits it.
     *
     * @param userZone the zone the checklist shows times in, and the schedule's when the source has none
     * @throws InputProblem for an unknown source or folder, or a missing time
     */
    public Checklist write(ChecklistAsk ask, Instant now, ZoneId userZone) {
        // Who may be opened is recorded with the checklist: decided at the real clock, never at a what-if --now.
        AuditStamp stamp = stamp();
        Checklist checklist = build(ask, now, userZone, stamp.time());
        try (Store store = Store.open(workspace.dataDir())) {
            store.checklists().save(new ChecklistRepository.Saved(checklist.id(), ask.scenario().id(),
                    checklist.source(), now, request(ask, now, userZone, stamp.time())), stamp,
                    Map.of("scenario", ask.scenario().id(), "source", checklist.source(),
                            "backup", checklist.backup().map(b -> b.name()).orElse(""),
                            "purpose", ask.purpose().id(), "consentAt", AuditChain.time(stamp.time())));
        }
        return checklist;
    }

    /** A saved checklist, written again from what was asked (the same present, the same zone). */
    public Optional<Checklist> open(String id) {
        Optional<ChecklistRepository.Saved> saved;
        try (Store store = Store.open(workspace.dataDir())) {
            saved = store.checklists().find(id);
        }
        return saved.map(s -> {
            JsonNode json = readTree(s.requestJson());
            Instant now = Instant.parse(json.get("now").asText());
            ZoneId zone = ZoneId.of(json.get("zone").asText());
            return build(ask(json), now, zone, text(json, "consentAt").map(Instant::parse).orElse(now));
        });
    }

    /** The saved checklists, newest first. */
    public List<ChecklistRepository.Saved> saved() {
        try (Store store = Store.open(workspace.dataDir())) {
            return store.checklists().list();
        }
    }

    public Progress progress(String id) {
        try (Store store = Store.open(workspace.dataDir())) {
            return store.checklists().progress(id);
        }
    }

    /** Ticks or unticks a step of a saved checklist; the audit log records who and when. */
    public void tick(String id, String stepId, boolean ticked) {
        try (Store store = Store.open(workspace.dataDir())) {
            store.checklists().tick(id, stepId, ticked, stamp());
        }
    }

    /** Signs a saved checklist off; the audit log records it. */
    public void signOff(String id, String performedBy, String checkedBy) {
        try (Store store = Store.open(workspace.dataDir())) {
            store.checklists().signOff(id, performedBy, checkedBy, stamp());
        }
    }

    private Checklist build(ChecklistAsk ask, Instant now, ZoneId userZone, Instant consentAt) {
        Optional<SourceRef> registered = workspace.find(ask.source());
        SimulationSource source;
        List<BackupSet> known;
        Path root;
        List<BackupSet> onDisk;
        String name;
        if (registered.isPresent()) {
            name = registered.get().name();
            source = workspace.simulationSource(name);
            List<SeenBackup> history = workspace.history(name);
            known = history.stream().map(SeenBackup::backup).toList();
            onDisk = history.stream().filter(SeenBackup::inLatestScan).map(SeenBackup::backup).toList();
            root = Path.of(registered.get().location());
        } else {
            if (!ask.source().contains("/") && !ask.source().contains("\\") && !Files.exists(Path.of(ask.source()))) {
                throw new InputProblem("error.scan.unknownTarget", ask.source());
            }
            root = Path.of(ask.source()).toAbsolutePath().normalize();
            var inventory = scanner.scan(root, Optional.empty(), userZone, now, ScanProgress.NONE);
            source = new SimulationSource(inventory.backups().stream().map(SimulationSource::observed).toList(),
                    inventory.layout(), SourceSettings.DEFAULTS);
            known = inventory.backups();
            onDisk = known;
            name = root.toString();
        }
        boolean cloud = source.settings().media().filter(m -> m == MediaKind.CLOUD).isPresent();
        ZoneId zone = source.zone(Optional.empty(), userZone);
        Schedule schedule = source.schedule(Optional.empty(), zone);
        RetentionRules rules = source.rules(ask.rules());
        RetentionPolicy policy = RetentionPolicies.atEveryRun(rules);
        Timeline timeline = source.timeline(schedule, policy, now);
        Simulator simulator = new Simulator(timeline, now, source.place());
        String location = cloud ? root + " (cloud)" : root.toString();
        ChecklistRequest request = new ChecklistRequest(ask.scenario(), name, source.layout(), cloud, location,
                ask.created(), ask.deleted(), ask.lost(), ask.purpose(), now, userZone);
        Function<BackupSet, Verification> verify = set -> verify(root, set, onDisk, now);
        // The people of this source's conversations, when chat exports were imported for it.
        Set<String> people = registered.isEmpty() ? Set.of() : workspace.chats().list().stream()
                .filter(chat -> chat.source().filter(name::equals).isPresent()).map(ImportedChat::contactId)
                .collect(Collectors.toSet());
        LedgerFacts ledger = workspace.ledger().facts().limitedTo(people);
        Checklist checklist = Checklists.build(request, simulator, policy.describe(), known, verify, ledger,
                consentAt)
                .withRecovery(Optional.of(RecoveryObjectives.of(registered.isPresent()
                        ? workspace.drills().lastTest(name) : Optional.empty(), schedule)));
        if (ask.scenario() == ChecklistScenario.MIGRATE) {
            return checklist;
        }
        Optional<Integer> messagesLost = checklist.backup().flatMap(b -> workspace.chats().messagesAfter(name,
                source.layout(), b.time()));
        return checklist.withMessagesLost(messagesLost);
    }

    /** A quick verification of the set, when it is still on disk in a local folder. */
    private static Verification verify(Path root, BackupSet set, List<BackupSet> onDisk, Instant now) {
        boolean present = Files.isDirectory(root) && onDisk.stream()
                .anyMatch(b -> b.name().equals(set.name()) && b.time().equals(set.time()));
        if (!present) {
            return new Verification(Verification.State.NOT_VERIFIED, now, List.of());
        }
        VerifyReport report = new Verifier().verify(root, List.of(set), VerifyDepth.QUICK, now, VerifyProgress.NONE);
        // An unencrypted iPhone backup restores fine: that warning is about what it leaves out, not damage.
        List<Finding> problems = report.findings().stream()
                .filter(f -> !f.code().equals(IntegrityCode.IOS_UNENCRYPTED.id())).toList();
        return new Verification(problems.isEmpty() ? Verification.State.SOUND : Verification.State.PROBLEMS,
                now, problems);
    }

    private static String request(ChecklistAsk ask, Instant now, ZoneId zone, Instant consentAt) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("scenario", ask.scenario().id());
        json.put("source", ask.source());
        json.put("rules", ask.rules().map(RetentionRules::describe).orElse(null));
        json.put("created", ask.created().map(Instant::toString).orElse(null));
        json.put("deleted", ask.deleted().map(Instant::toString).orElse(null));
        json.put("lost", ask.lost().map(Instant::toString).orElse(null));
        json.put("purpose", ask.purpose().id());
        json.put("now", now.toString());
        json.put("zone", zone.getId());
        json.put("consentAt", consentAt.toString());
        return json.toString();
    }

    private static ChecklistAsk ask(JsonNode json) {
        return new ChecklistAsk(ChecklistScenario.fromId(json.get("scenario").asText()).orElseThrow(),
                json.get("source").asText(), text(json, "rules").map(RetentionRules::parse),
                text(json, "created").map(Instant::parse), text(json, "deleted").map(Instant::parse),
                text(json, "lost").map(Instant::parse), Purpose.fromId(json.get("purpose").asText()).orElseThrow());
    }

    private static Optional<String> text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
    }

    private static JsonNode readTree(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("A saved checklist request is not JSON: " + text, e);
        }
    }

    private AuditStamp stamp() {
        return new AuditStamp(actor, clock.instant());
    }
}
