package dev.vigie.chat;

/** The user stopped an import while its text was read: nothing was stored. */
public final class ChatImportCancelled extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ChatImportCancelled() {
        super("The chat import was cancelled", null, false, false);
    }
}
