package dev.vigie.simulation;

/** Something that happened to a user's data, whose recoverability the simulator answers for. */
public sealed interface DataEvent permits MessageEvent, LossEvent {

    /** The user's name for it, e.g. a line of a CSV file or {@code message}. */
    String label();
}
