package dev.vigie.health;

/** Expected runs without a backup, counted over the last 7, 30 and 90 days. */
public record MissedRuns(int last7Days, int last30Days, int last90Days) {
}
