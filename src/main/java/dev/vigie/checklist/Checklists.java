package dev.vigie.checklist;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.Layout;
import dev.vigie.consent.ConsentRecord;
import dev.vigie.consent.Contact;
import dev.vigie.consent.ErasureRequest;
import dev.vigie.simulation.Advice;
import dev.vigie.simulation.BackupLifetime;
import dev.vigie.simulation.MessageEvent;
import dev.vigie.simulation.MessageOutcome;
import dev.vigie.simulation.Simulator;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a restore checklist from what Vigie knows: the simulated timeline of the source, the backups seen in it, a
 * verification of the chosen one, and the consent ledger.
 *
 * <p>The steps follow the vendors' own help: WhatsApp's "Restore your chat history" (a local backup is restored by
 * renaming the dated copy to {@code msgstore.db.cryptNN} and reinstalling; a Google backup, only the latest, after
 * signing in to its account), Apple's "Restore your iPhone from a backup on your computer" (Finder or iTunes), and
 * a plain copy back, checked against a checksum manifest, for other folders.
 */
public final class Checklists {

    /** Closer than this to its deadline, protecting the backup becomes the first thing to do. */
    public static final Duration SHORT_TIME = Duration.ofHours(48);

    private static final Pattern DATED_WHATSAPP = Pattern.compile("(msgstore)-\\d{4}-\\d{2}-\\d{2}(?:\\.\\d+)?(\\.db\\.crypt\\d+)");
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private Checklists() {
    }

    /**
     * @param simulator the source's timeline under its policy, at {@code request.now()}
     * @param policy    that policy as restic's rules, to show
     * @param known     the backups seen in the source, to find the chosen one's size and files
     * @param verify    checks a backup set still on disk; called for the chosen backup only
     * @param ledger    the consent ledger's contents
     */
    public static Checklist build(ChecklistRequest request, Simulator simulator, String policy, List<BackupSet> known,
                                  Function<BackupSet, Verification> verify, LedgerFacts ledger) {
        return build(request, simulator, policy, known, verify, ledger, request.now());
    }

    /**
     * As above, with whose messages may be opened decided at {@code consentAt}: the moment the checklist is written
     * (and recorded), whatever present the simulation assumes.
     */
    public static Checklist build(ChecklistRequest request, Simulator simulator, String policy, List<BackupSet> known,
                                  Function<BackupSet, Verification> verify, LedgerFacts ledger, Instant consentAt) {
        Instant now = request.now();
        Optional<BackupLifetime> chosen;
        Optional<Instant> event;
        switch (request.scenario()) {
            case RECOVER, TRAINING -> {
                Instant deleted = request.deleted().orElse(now);
                MessageOutcome outcome = simulator.message(new MessageEvent("checklist", request.created(), deleted));
                chosen = outcome.bestBackup();
                event = Optional.of(deleted);
            }
            case LOST -> {
                // The last backup before the loss, or the newest older one if retention removed it since.
                Instant lost = request.lost().orElseThrow();
                chosen = newestExistingAtOrBefore(simulator, lost);
                event = Optional.of(lost);
            }
            default -> {
                chosen = newestExistingAtOrBefore(simulator, now);
                event = Optional.empty();
            }
        }
        Optional<ChosenBackup> backup = chosen.map(lifetime -> chosenBackup(lifetime, known, verify, request,
                simulator.fileWhenRead(lifetime)));
        Optional<Instant> deadline = request.scenario() == ChecklistScenario.MIGRATE ? Optional.empty()
                : chosen.flatMap(BackupLifetime::prunedAt);
        Optional<Advice> protect = chosen.filter(c -> deadline.isPresent()).map(c -> new Advice(
                request.cloud() ? Advice.Action.TURN_OFF_AUTOMATIC_BACKUP : Advice.Action.COPY_BACKUP, c.created(),
                simulator.fileWhenRead(c), deadline.get()));
        Optional<Duration> loses = request.scenario() == ChecklistScenario.MIGRATE ? Optional.empty()
                : backup.map(b -> Duration.between(b.time(), request.scenario() == ChecklistScenario.LOST
                        ? event.get() : now)).filter(d -> !d.isNegative());
        ConsentScope consent = consent(request, ledger, backup.map(ChosenBackup::time), consentAt);
        List<Section> sections = sections(request, backup, deadline, protect, consent);
        String id = request.scenario().id() + "-" + request.source().replaceAll("[^\\p{L}\\p{N}._-]+", "_") + "-"
                + ID_TIME.format(now);
        return new Checklist(id, request.scenario(), request.scenario() == ChecklistScenario.TRAINING,
                request.source(), request.layout(), policy, now, request.zone(), event, backup, deadline, protect,
                loses, sections, consent);
    }

    /** The newest backup made at or before {@code t} that still exists now. */
    private static Optional<BackupLifetime> newestExistingAtOrBefore(Simulator simulator, Instant t) {
        List<BackupLifetime> all = simulator.timeline().lifetimes();
        for (int i = all.size() - 1; i >= 0; i--) {
            BackupLifetime b = all.get(i);
            if (!b.created().isAfter(t) && b.existsAt(simulator.now())) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** @param file the file that holds the backup now: WhatsApp may have renamed it into a dated copy since */
    private static ChosenBackup chosenBackup(BackupLifetime lifetime, List<BackupSet> known,
                                             Function<BackupSet, Verification> verify, ChecklistRequest request,
                                             Optional<String> file) {
        Optional<BackupSet> set = lifetime.name().flatMap(name -> known.stream()
                .filter(b -> b.name().equals(name) && b.time().equals(lifetime.created())).findFirst()
                .or(() -> known.stream().filter(b -> b.name().equals(name)).findFirst()));
        Verification verification = set.map(verify)
                .orElse(new Verification(Verification.State.NOT_VERIFIED, request.now(), List.of()));
        Optional<Boolean> encrypted = set.map(b -> b.details().get("isEncrypted"))
                .filter(Boolean.class::isInstance).map(Boolean.class::cast);
        return new ChosenBackup(file.orElse(""), lifetime.created(), set.filter(BackupSet::sizeKnown).map(BackupSet::sizeBytes),
                set.map(BackupSet::paths).orElse(List.of()), request.location(), verification, encrypted);
    }

    static ConsentScope consent(ChecklistRequest request, LedgerFacts ledger, Optional<Instant> backupTime,
                                Instant consentAt) {
        // A contact who asked for erasure (open or done) is out of scope for every purpose.
        java.util.Set<String> erasing = ledger.erasures().stream().filter(e -> !e.receivedAt().isAfter(consentAt))
                .map(ErasureRequest::contactId).collect(Collectors.toSet());
        Map<String, List<ConsentRecord>> byContact = ledger.consents().stream()
                .filter(c -> c.purpose() == request.purpose())
                .collect(Collectors.groupingBy(ConsentRecord::contactId));
        List<Contact> in = new ArrayList<>();
        List<Contact> out = new ArrayList<>();
        List<Contact> sorted = ledger.contacts().stream()
                .sorted(Comparator.comparing(Contact::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Contact::id))
                .toList();
        for (Contact contact : sorted) {
            boolean valid = !erasing.contains(contact.id()) && byContact.getOrDefault(contact.id(), List.of())
                    .stream().anyMatch(c -> c.isValidAt(consentAt));
            (valid ? in : out).add(contact);
        }
        Map<String, Contact> contacts = sorted.stream().collect(Collectors.toMap(Contact::id, c -> c, (a, b) -> a));
        List<ConsentScope.ErasureAgain> again = new ArrayList<>();
        if (backupTime.isPresent()) {
            for (ErasureRequest erasure : ledger.erasures()) {
                if (erasure.completedAt().filter(done -> done.isAfter(backupTime.get())).isPresent()
                        && contacts.containsKey(erasure.contactId())) {
                    again.add(new ConsentScope.ErasureAgain(contacts.get(erasure.contactId()), erasure));
                }
            }
            again.sort(Comparator.comparing(e -> e.request().completedAt().orElseThrow()));
        }
        return new ConsentScope(request.purpose(), in, out, again);
    }

    private static List<Section> sections(ChecklistRequest request, Optional<ChosenBackup> backup,
                                          Optional<Instant> deadline, Optional<Advice> protect, ConsentScope consent) {
        List<Section> sections = new ArrayList<>();
        ChecklistScenario scenario = request.scenario();
        App app = App.of(request.layout());
        boolean whatsApp = app.whatsApp();
        boolean ios = request.layout() == Layout.IOS_DEVICE_BACKUP;
        boolean phone = whatsApp || ios;
        List<Step> protectSteps = protect.map(a -> protectStep(a, app)).stream().toList();
        boolean shortTime = deadline.filter(d -> Duration.between(request.now(), d).compareTo(SHORT_TIME) < 0)
                .isPresent();
        if (scenario == ChecklistScenario.TRAINING) {
            sections.add(new Section("practice", List.of(Step.of("practice.note"))));
        }
        if (shortTime && !protectSteps.isEmpty()) {
            sections.add(new Section("protect", protectSteps));
        }
        if (scenario == ChecklistScenario.LOST) {
            sections.add(new Section("secure", List.of(Step.of("secure.lock"), Step.of("secure.sim"),
                    Step.of("secure.password"))));
        }
        if (backup.isEmpty() && scenario != ChecklistScenario.MIGRATE) {
            // Nothing holds the data any more: steps to restore it would send the user after nothing.
            sections.add(new Section("unrecoverable", List.of(Step.of("unrecoverable"))));
            return sections;
        }
        List<Step> preflight = new ArrayList<>();
        if (scenario == ChecklistScenario.MIGRATE) {
            sections.add(new Section("prepare", List.of(
                    whatsApp ? Step.of("prepare.backup.whatsapp", app.name())
                            : Step.of(ios ? "prepare.backup.ios" : "prepare.backup.files"),
                    Step.of("prepare.verify", request.source()))));
        } else {
            if (!shortTime) {
                preflight.addAll(protectSteps);
            }
            backup.ifPresent(b -> preflight.add(verificationStep(b)));
        }
        backup.flatMap(ChosenBackup::sizeBytes).ifPresent(size -> preflight.add(Step.of(
                phone ? "preflight.space" : "preflight.space.files", new Bytes(size))));
        if (phone) {
            preflight.add(Step.of("preflight.power"));
        }
        if (whatsApp) {
            preflight.add(Step.of("preflight.number"));
            if (request.cloud()) {
                preflight.add(Step.of("preflight.google"));
            }
            preflight.add(Step.of("preflight.pin", app.name()));
        } else if (ios) {
            boolean plain = backup.flatMap(ChosenBackup::encrypted).filter(e -> !e).isPresent();
            preflight.add(Step.of(plain ? "preflight.apple.plain" : "preflight.apple"));
        }
        if (!preflight.isEmpty()) {
            sections.add(new Section("preflight", preflight));
        }
        sections.add(new Section(scenario == ChecklistScenario.MIGRATE ? "transfer" : "restore",
                restoreSteps(request, backup, app, ios, !protectSteps.isEmpty())));
        List<Step> post = new ArrayList<>();
        if (phone) {
            post.add(Step.of("post.count"));
            if (scenario == ChecklistScenario.MIGRATE) {
                post.add(Step.of("post.latest.fresh"));
            } else {
                backup.ifPresent(b -> post.add(Step.of("post.latest", b.time())));
            }
            post.add(Step.of("post.media"));
        } else {
            post.add(Step.of("post.files"));
            if (scenario != ChecklistScenario.MIGRATE) {
                backup.ifPresent(b -> post.add(Step.of("post.files.latest", b.time())));
            }
        }
        if (whatsApp) {
            post.add(Step.of("post.twostep", app.name()));
        }
        if (!consent.applyAgain().isEmpty()) {
            post.add(Step.of("post.erasures", consent.applyAgain().size()));
        }
        sections.add(new Section("postrestore", post));
        if (scenario == ChecklistScenario.MIGRATE) {
            sections.add(new Section("wipe", List.of(Step.of("wipe.old"))));
        }
        return sections;
    }

    /** The app a phone layout's backups belong to, as its menus and folders name it. */
    private record App(String name, boolean whatsApp) {
        static App of(Layout layout) {
            return switch (layout) {
                case WHATSAPP_ANDROID -> new App("WhatsApp", true);
                case WHATSAPP_BUSINESS_ANDROID -> new App("WhatsApp Business", true);
                default -> new App("", false);
            };
        }

        String databases() {
            return name + "/Databases";
        }
    }

    private static Step protectStep(Advice advice, App app) {
        return advice.action() == Advice.Action.TURN_OFF_AUTOMATIC_BACKUP
                ? Step.of("protect.turnOff", advice.before(), app.whatsApp() ? app.name() : "WhatsApp")
                : Step.of("protect.copy", advice.file().orElse(""), advice.before());
    }

    private static Step verificationStep(ChosenBackup backup) {
        Verification v = backup.verification();
        return switch (v.state()) {
            case SOUND -> Step.of("preflight.verified", v.at());
            case PROBLEMS -> Step.of("preflight.problems", v.at(), v.problems().size());
            case NOT_VERIFIED -> Step.of("preflight.notVerified");
        };
    }

    /** @param spareCopied whether a protect step already has the user copy the backup somewhere safe */
    private static List<Step> restoreSteps(ChecklistRequest request, Optional<ChosenBackup> backup, App app,
                                           boolean ios, boolean spareCopied) {
        boolean migrate = request.scenario() == ChecklistScenario.MIGRATE;
        String name = backup.map(ChosenBackup::name).filter(n -> !n.isEmpty()).orElse("");
        Instant time = backup.map(ChosenBackup::time).orElse(request.now());
        List<Step> steps = new ArrayList<>();
        if (app.whatsApp() && request.cloud()) {
            if (!migrate) {
                steps.add(Step.of("restore.google.latestOnly", time));
            }
            steps.add(Step.of("restore.google.account"));
            steps.add(Step.of("restore.whatsapp.reinstall", app.name()));
            steps.add(Step.of("restore.whatsapp.number", app.name()));
            steps.add(Step.of("restore.google.restore", app.name()));
        } else if (app.whatsApp()) {
            if (migrate) {
                steps.add(Step.of("transfer.whatsapp.copy", app.databases()));
            } else {
                if (!spareCopied) {
                    steps.add(Step.of("restore.whatsapp.copy", name, app.databases()));
                }
                if (currentName(name).equals(name)) {
                    steps.add(Step.of("restore.whatsapp.keep", name, app.databases(), app.name()));
                } else {
                    steps.add(Step.of("restore.whatsapp.rename", name, currentName(name), app.databases()));
                }
            }
            steps.add(Step.of("restore.whatsapp.reinstall", app.name()));
            steps.add(Step.of("restore.whatsapp.number", app.name()));
            steps.add(Step.of("restore.whatsapp.restore", app.name()));
        } else if (ios) {
            steps.add(Step.of("restore.ios.connect"));
            steps.add(Step.of("restore.ios.findMy"));
            steps.add(migrate ? Step.of("transfer.ios.restore") : Step.of("restore.ios.restore", time));
            Optional<Boolean> encrypted = backup.flatMap(ChosenBackup::encrypted);
            if (encrypted.isEmpty()) {
                steps.add(Step.of("restore.ios.password"));
            } else if (encrypted.get()) {
                steps.add(Step.of("restore.ios.password.known"));
            }
            steps.add(Step.of("restore.ios.wait"));
        } else if (request.layout().isRepository() && !migrate) {
            // The tool's own restore, into a new folder: never over the live data.
            String repo = request.location().substring(request.location().indexOf(':') + 1);
            boolean restic = request.layout() == Layout.RESTIC_REPOSITORY;
            // A backup only expected, not seen yet, has no name: the tool's own word for "the newest" then.
            String snapshot = !name.isEmpty() ? name : restic ? "latest" : "ARCHIVE";
            String target = "restore-" + snapshot.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
            if (restic) {
                String path = backup.map(ChosenBackup::paths).filter(p -> !p.isEmpty()).map(p -> p.get(0))
                        .orElse("/");
                steps.add(Step.of("restore.restic.restore", "restic -r " + repo + " restore " + snapshot + " --target "
                        + target + " --include " + path, target, time));
            } else {
                steps.add(Step.of("restore.borg.extract", "mkdir " + target + " && cd " + target,
                        "borg extract " + repo + "::" + snapshot + " PATH", time));
            }
            steps.add(Step.of("restore.repository.copyBack", target));
        } else {
            steps.add(migrate ? Step.of("transfer.files.copy") : Step.of("restore.files.copy", name,
                    request.location()));
            steps.add(Step.of("restore.files.verify"));
        }
        return steps;
    }

    /** {@code msgstore-2026-11-18.1.db.crypt14} is restored as {@code msgstore.db.crypt14}. */
    static String currentName(String datedName) {
        Matcher m = DATED_WHATSAPP.matcher(datedName);
        return m.matches() ? m.group(1) + m.group(2) : datedName;
    }
}
