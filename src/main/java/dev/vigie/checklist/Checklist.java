package dev.vigie.checklist;

import dev.vigie.backup.Layout;
import dev.vigie.drill.RecoveryObjectives;
import dev.vigie.simulation.Advice;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A restore plan to follow and sign: which backup, before when, which steps, what restoring loses, and whose
 * conversations may be opened.
 *
 * @param id              stable name of this checklist: scenario, source and generation time
 * @param scenario        what it answers
 * @param practice        whether it is a rehearsal on demo data
 * @param source          the source's name (or folder)
 * @param layout          how the source is organised, which decides the steps
 * @param policy          the retention policy assumed, as restic's rules
 * @param generatedAt     when it was written
 * @param zone            the zone its times are shown in
 * @param event           when the data was deleted or lost; empty for a migration
 * @param backup          the backup to restore from; empty when none holds the data any more
 * @param deadline        when retention removes that backup; empty when it outlives the simulation
 * @param protect         what to do first to keep it, when time is short
 * @param restoringLoses  what restoring loses: everything made after the backup's time, up to now
 * @param messagesLost    of the imported chat exports of this source, how many messages were sent after the
 *                        backup's time, which restoring it loses; empty when no export was imported
 * @param sections        the steps, in order
 * @param consent         whose conversations may be opened
 * @param recovery        the expected recovery time (from the last drill) and point (from the schedule); empty when
 *                        not worked out
 */
public record Checklist(String id, ChecklistScenario scenario, boolean practice, String source, Layout layout,
                        String policy, Instant generatedAt, ZoneId zone, Optional<Instant> event,
                        Optional<ChosenBackup> backup, Optional<Instant> deadline, Optional<Advice> protect,
                        Optional<Duration> restoringLoses, Optional<Integer> messagesLost, List<Section> sections,
                        ConsentScope consent, Optional<RecoveryObjectives> recovery) {

    /** A checklist without recovery objectives. */
    public Checklist(String id, ChecklistScenario scenario, boolean practice, String source, Layout layout,
                     String policy, Instant generatedAt, ZoneId zone, Optional<Instant> event,
                     Optional<ChosenBackup> backup, Optional<Instant> deadline, Optional<Advice> protect,
                     Optional<Duration> restoringLoses, Optional<Integer> messagesLost, List<Section> sections,
                     ConsentScope consent) {
        this(id, scenario, practice, source, layout, policy, generatedAt, zone, event, backup, deadline, protect,
                restoringLoses, messagesLost, sections, consent, Optional.empty());
    }

    /** A checklist without chat exports to count. */
    public Checklist(String id, ChecklistScenario scenario, boolean practice, String source, Layout layout,
                     String policy, Instant generatedAt, ZoneId zone, Optional<Instant> event,
                     Optional<ChosenBackup> backup, Optional<Instant> deadline, Optional<Advice> protect,
                     Optional<Duration> restoringLoses, List<Section> sections, ConsentScope consent) {
        this(id, scenario, practice, source, layout, policy, generatedAt, zone, event, backup, deadline, protect,
                restoringLoses, Optional.empty(), sections, consent);
    }

    public Checklist {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(backup, "backup");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(protect, "protect");
        Objects.requireNonNull(restoringLoses, "restoringLoses");
        Objects.requireNonNull(messagesLost, "messagesLost");
        sections = List.copyOf(sections);
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(recovery, "recovery");
    }

    /** The same checklist, counting the messages of imported chat exports that restoring loses. */
    public Checklist withMessagesLost(Optional<Integer> count) {
        return new Checklist(id, scenario, practice, source, layout, policy, generatedAt, zone, event, backup,
                deadline, protect, restoringLoses, count, sections, consent, recovery);
    }

    /** The same checklist, stating the expected recovery time and point. */
    public Checklist withRecovery(Optional<RecoveryObjectives> objectives) {
        return new Checklist(id, scenario, practice, source, layout, policy, generatedAt, zone, event, backup,
                deadline, protect, restoringLoses, messagesLost, sections, consent, objectives);
    }

    /** Every step, in order, across sections. */
    public Stream<Step> steps() {
        return sections.stream().flatMap(s -> s.steps().stream());
    }
}
