package dev.vigie.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers, for deleted messages and lost devices, which backups held the data and until when it can be restored.
 *
 * <p>Each answer costs two binary searches and a constant-time range maximum over the backups' pruning times (a
 * sparse table built once), so a million events over a hundred thousand backups take well under a second.
 */
public final class Simulator {

    private final Timeline timeline;
    private final Instant now;
    private final long nowMillis;
    private final SourcePlace place;
    private final long[] created;
    private final long[] pruned;
    /** {@code latest[k][i]}: of backups i to i + 2^k - 1, the one pruned last (the newest of those on a tie). */
    private final int[][] latest;
    /** How many backups are made at or before the present. */
    private final int madeBeforeOrAtNow;

    public Simulator(Timeline timeline, Instant now, SourcePlace place) {
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.now = Objects.requireNonNull(now, "now");
        this.place = Objects.requireNonNull(place, "place");
        this.nowMillis = now.toEpochMilli();
        this.created = timeline.createdMillis();
        this.pruned = timeline.prunedMillis();
        this.latest = sparseTable(pruned);
        this.madeBeforeOrAtNow = timeline.firstAtOrAfter(nowMillis + 1);
    }

    public Timeline timeline() {
        return timeline;
    }

    public Instant now() {
        return now;
    }

    /** Every event's answer, in the order given, and their summary. */
    public SimulationResult run(List<DataEvent> events) {
        List<EventOutcome> outcomes = new ArrayList<>(events.size());
        for (DataEvent event : events) {
            outcomes.add(outcome(event));
        }
        return new SimulationResult(outcomes, SimulationResult.Summary.of(outcomes));
    }

    public EventOutcome outcome(DataEvent event) {
        if (event instanceof MessageEvent message) {
            return message(message);
        }
        return loss((LossEvent) event);
    }

    /** The backups made while the message existed, and how long one of them stays. */
    public MessageOutcome message(MessageEvent event) {
        int from = event.created().map(c -> timeline.firstAtOrAfter(c.toEpochMilli())).orElse(0);
        int to = timeline.firstAtOrAfter(event.deleted().toEpochMilli());
        if (from >= to) {
            return new MessageOutcome(event, this, from, from, -1, Timeline.KEPT, whyNotCaptured(event, from));
        }
        long until = pruned[latestPruned(from, to)];
        int madeByNow = Math.max(from, Math.min(to, madeBeforeOrAtNow));
        int holderNow = madeByNow > from ? latestPruned(from, madeByNow) : -1;
        if (holderNow >= 0 && pruned[holderNow] <= nowMillis) {
            holderNow = -1;
        }
        return new MessageOutcome(event, this, from, to, holderNow, until, null);
    }

    /** The last backup before the loss, what was lost since, and whether that backup is still there. */
    public LossOutcome loss(LossEvent event) {
        int after = timeline.firstAtOrAfter(event.lost().toEpochMilli() + 1);
        if (after == 0) {
            return new LossOutcome(event, Optional.empty(), Optional.empty(), false);
        }
        int last = after - 1;
        Instant backup = Instant.ofEpochMilli(created[last]);
        boolean exists = created[last] <= nowMillis && pruned[last] > nowMillis;
        return new LossOutcome(event, Optional.of(backup), Optional.of(Duration.between(backup, event.lost())),
                exists);
    }

    /**
     * A missed run first: an expected run while the message existed, within the observed backups, of which no
     * backup came within the grace. Else the next backup came only after the deletion; else none came at all.
     */
    private NotCaptured whyNotCaptured(MessageEvent event, int next) {
        int observed = timeline.observedCount();
        if (observed > 0) {
            Instant first = Instant.ofEpochMilli(created[0]);
            Instant lastObserved = Instant.ofEpochMilli(created[observed - 1]);
            Instant from = event.created().filter(c -> c.isAfter(first)).orElse(first);
            Instant to = event.deleted().isBefore(lastObserved) ? event.deleted() : lastObserved;
            long grace = timeline.schedule().grace().toMillis();
            for (Instant slot : from.isAfter(to) ? List.<Instant>of() : timeline.schedule().slots(from, to)) {
                if (slot.equals(event.deleted())) {
                    continue;
                }
                long s = slot.toEpochMilli();
                int came = Timeline.firstAtOrAfter(created, 0, observed, s);
                if (came == observed || created[came] > s + grace) {
                    return new NotCaptured(NotCaptured.Reason.RUN_MISSED, slot);
                }
            }
        }
        if (next < created.length) {
            return new NotCaptured(NotCaptured.Reason.DELETED_BEFORE_NEXT_RUN, Instant.ofEpochMilli(created[next]));
        }
        Instant last = created.length == 0 ? timeline.horizon() : Instant.ofEpochMilli(created[created.length - 1]);
        return new NotCaptured(NotCaptured.Reason.CREATED_AFTER_LAST_BACKUP, last);
    }

    /**
     * A cloud copy cannot be copied out: stop the run that would replace it. A file can: copy it before it is
     * pruned.
     */
    Advice advice(int holder) {
        Instant backup = Instant.ofEpochMilli(created[holder]);
        Instant before = Instant.ofEpochMilli(pruned[holder]);
        Advice.Action action = place.cloud() ? Advice.Action.TURN_OFF_AUTOMATIC_BACKUP : Advice.Action.COPY_BACKUP;
        return new Advice(action, backup, timeline.name(holder).map(name -> nameWhenRead(name, holder)), before);
    }

    /**
     * The file that holds a backup when the advice is read, as {@link Advice#file()} names it: a checklist copying a
     * backup names the same file the simulation's advice does.
     */
    public Optional<String> fileWhenRead(BackupLifetime lifetime) {
        int i = timeline.firstAtOrAfter(lifetime.created().toEpochMilli());
        return i < created.length && created[i] == lifetime.created().toEpochMilli()
                ? lifetime.name().map(name -> nameWhenRead(name, i)) : lifetime.name();
    }

    private static final java.util.regex.Pattern CURRENT_WHATSAPP =
            java.util.regex.Pattern.compile("(msgstore)(\\.db\\.crypt\\d+)");

    /**
     * The file holding a backup now, when the advice is read: WhatsApp renames its current {@code msgstore.db.cryptNN}
     * to a dated copy, {@code msgstore-YYYY-MM-DD.1.db.cryptNN} (the backup's own date), at its next run; a run made
     * since the scan has done so already.
     */
    private String nameWhenRead(String name, int holder) {
        java.util.regex.Matcher m = CURRENT_WHATSAPP.matcher(name);
        boolean rotated = holder + 1 < created.length && created[holder + 1] <= nowMillis;
        if (!m.matches() || !rotated) {
            return name;
        }
        java.time.LocalDate day = Instant.ofEpochMilli(created[holder]).atZone(timeline.schedule().zone())
                .toLocalDate();
        return m.group(1) + "-" + day + ".1" + m.group(2);
    }

    List<Instant> times(int from, int to) {
        return new AbstractList<>() {
            @Override
            public Instant get(int i) {
                Objects.checkIndex(i, to - from);
                return Instant.ofEpochMilli(created[from + i]);
            }

            @Override
            public int size() {
                return to - from;
            }
        };
    }

    /** Of backups {@code [from, to)}, the newest that exists now; one must. */
    BackupLifetime newestExisting(int from, int to) {
        for (int i = Math.min(to, madeBeforeOrAtNow) - 1; i >= from; i--) {
            if (pruned[i] > nowMillis) {
                return timeline.lifetime(i);
            }
        }
        throw new IllegalStateException("no backup of " + from + ".." + to + " exists now");
    }

    /** Of backups {@code [from, to)}, not empty, the one pruned last; the newest of those on a tie. */
    private int latestPruned(int from, int to) {
        int level = 31 - Integer.numberOfLeadingZeros(to - from);
        return later(latest[level][from], latest[level][to - (1 << level)]);
    }

    private int later(int a, int b) {
        if (pruned[a] != pruned[b]) {
            return pruned[a] > pruned[b] ? a : b;
        }
        return Math.max(a, b);
    }

    private int[][] sparseTable(long[] values) {
        int n = values.length;
        int levels = n == 0 ? 1 : 32 - Integer.numberOfLeadingZeros(n);
        int[][] table = new int[levels][];
        table[0] = new int[n];
        for (int i = 0; i < n; i++) {
            table[0][i] = i;
        }
        for (int k = 1; k < levels; k++) {
            int half = 1 << (k - 1);
            int[] previous = table[k - 1];
            int[] row = new int[n - (1 << k) + 1];
            for (int i = 0; i < row.length; i++) {
                row[i] = later(previous[i], previous[i + half]);
            }
            table[k] = row;
        }
        return table;
    }
}
