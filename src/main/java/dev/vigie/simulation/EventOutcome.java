package dev.vigie.simulation;

/** The simulator's answer for one {@link DataEvent}. */
public sealed interface EventOutcome permits MessageOutcome, LossOutcome {

    DataEvent event();

    /** Whether a backup that holds the data exists at the present of the simulation. */
    boolean recoverableNow();

    /** Whether no backup ever held the data. */
    boolean neverCaptured();
}
