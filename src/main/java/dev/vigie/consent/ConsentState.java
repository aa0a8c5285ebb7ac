package dev.vigie.consent;

/** Where a contact stands for one purpose at a given time. */
public enum ConsentState {
    /** A consent is valid now. */
    GIVEN,
    /** None is valid now, and the latest one was withdrawn. */
    WITHDRAWN,
    /** None was ever given (or one is given only from a later time). */
    NONE
}
