package dev.vigie.chat;

/**
 * How far an import has read its export, for a progress bar, and whether to stop. An import reads the text twice
 * (once to learn its date order and participants, once to store it), so {@code done} runs over both passes.
 */
public interface ChatProgress {

    /** No one listening, never cancelled. */
    ChatProgress NONE = new ChatProgress() {
        @Override
        public void read(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /**
     * @param done  bytes of the export's text read so far, both passes together
     * @param total twice the text's size; 0 when it is not known (a zip that does not say)
     */
    void read(long done, long total);

    /** Polled as the text is read: true stops the import, which then stores nothing. */
    boolean cancelled();
}
