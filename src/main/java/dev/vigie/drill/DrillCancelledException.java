package dev.vigie.drill;

/** A drill stopped because its user cancelled it; nothing of it is recorded. */
public final class DrillCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DrillCancelledException() {
        super("The drill was cancelled");
    }
}
