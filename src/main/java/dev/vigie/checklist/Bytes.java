package dev.vigie.checklist;

/** A size in a step's wording, shown in the reader's units. */
public record Bytes(long count) {
}
