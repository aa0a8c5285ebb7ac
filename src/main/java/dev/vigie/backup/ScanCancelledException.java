package dev.vigie.backup;

/** Thrown by a scan that was asked to stop; nothing it found is kept. */
public final class ScanCancelledException extends RuntimeException {

    public ScanCancelledException() {
        super("The scan was cancelled");
    }
}
