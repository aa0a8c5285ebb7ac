package dev.vigie.workspace;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.Layout;
import dev.vigie.backup.MediaKind;
import dev.vigie.backup.SourceSettings;
import dev.vigie.retention.RetentionPolicy;
import dev.vigie.retention.RetentionPresets;
import dev.vigie.retention.RetentionRules;
import dev.vigie.schedule.Schedule;
import dev.vigie.schedule.Schedules;
import dev.vigie.simulation.ObservedBackup;
import dev.vigie.simulation.SourcePlace;
import dev.vigie.simulation.Timeline;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the simulator needs of a source, wherever it came from (a registered source's history, a folder scanned now,
 * a restic snapshot list): the backups seen, how they are organised and the settings the user gave.
 *
 * @param backups  the backups seen, in any order
 * @param layout   how they are organised, which decides the advice
 * @param settings the source's schedule, zone, grace and media as the user set them
 */
public record SimulationSource(List<ObservedBackup> backups, Layout layout, SourceSettings settings) {

    public SimulationSource {
        backups = List.copyOf(backups);
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(settings, "settings");
    }

    /** Backups with nothing known of where they live: a restic snapshot list. */
    public static SimulationSource of(List<ObservedBackup> backups) {
        return new SimulationSource(backups, Layout.GENERIC, SourceSettings.DEFAULTS);
    }

    /** A backup set as the simulator sees it: WhatsApp's dated copies are the files a user copies. */
    public static ObservedBackup observed(BackupSet set) {
        return new ObservedBackup(set.time(), set.name());
    }

    /** The zone the schedule runs in: the one given, else the source's, else the user's. */
    public ZoneId zone(Optional<ZoneId> given, ZoneId userZone) {
        return given.or(settings::zone).orElse(userZone);
    }

    /**
     * The schedule given, else the source's own, else the one its layout and backups suggest.
     *
     * @throws dev.vigie.backup.InputProblem when the expression cannot be read
     */
    public Schedule schedule(Optional<String> expression, ZoneId zone) {
        Optional<String> chosen = expression.or(settings::schedule);
        if (chosen.isPresent()) {
            return Schedules.parse(chosen.get(), zone, settings.grace());
        }
        return Schedules.defaultFor(layout, backups.stream().map(ObservedBackup::time).toList(), zone);
    }

    /**
     * The pruning this source usually has when the user names none, the one rule every command falls back on: a
     * WhatsApp phone's own (its Google account's when it is a cloud copy), iCloud's for an iPhone, and otherwise
     * nothing pruned at all (a folder or a restic list keeps what it holds until someone forgets it).
     */
    public RetentionRules usualRules() {
        boolean cloud = settings.media().filter(m -> m == MediaKind.CLOUD).isPresent();
        String preset = switch (layout) {
            case WHATSAPP_ANDROID, WHATSAPP_BUSINESS_ANDROID -> cloud ? "whatsapp-google-account"
                    : "whatsapp-local-android";
            case IOS_DEVICE_BACKUP -> "icloud";
            default -> null;
        };
        return preset == null ? RetentionRules.NONE.withLast(RetentionRules.UNLIMITED)
                : RetentionPresets.named(preset).orElseThrow().rules();
    }

    /** The rules given, else the source's usual ones. */
    public RetentionRules rules(Optional<RetentionRules> given) {
        return given.orElseGet(this::usualRules);
    }

    /** Files a user can copy, or a cloud copy they reach only through the app. */
    public SourcePlace place() {
        return new SourcePlace(layout, settings.media().filter(m -> m == MediaKind.CLOUD).isPresent());
    }

    /** The backups seen, then the schedule's runs, each pruned by the policy. */
    public Timeline timeline(Schedule schedule, RetentionPolicy policy, Instant now) {
        return Timeline.build(backups, schedule, policy, now);
    }
}
