package dev.vigie.health;

/** The verdict as monitoring plugins (Nagios, Icinga...) expect it; the number is the exit code. */
public enum MonitoringLevel {
    OK(0), WARNING(1), CRITICAL(2), UNKNOWN(3);

    private final int exitCode;

    MonitoringLevel(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
