package dev.vigie.store;

/** A fault in Vigie's use of its own database that no change of input would fix: a bug, or a broken install. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
