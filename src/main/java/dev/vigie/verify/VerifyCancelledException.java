package dev.vigie.verify;

/** Thrown by a verification that was asked to stop; what it found so far is not reported. */
public final class VerifyCancelledException extends RuntimeException {

    public VerifyCancelledException() {
        super("The verification was cancelled");
    }
}
