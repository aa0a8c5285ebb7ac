package dev.vigie.alert;

/** Why an alert is sent. */
public enum AlertKind {
    /** Something went wrong: a worse state, a new finding, a source that could not be checked. */
    PROBLEM,
    /** Everything the channel hears of is fine again, after a problem. */
    RECOVERED,
    /** {@code vigie alerts test}: no source, nothing changed. */
    TEST
}
