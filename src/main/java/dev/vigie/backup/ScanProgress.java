package dev.vigie.backup;

/** Receives how far a scan has got and tells it whether to stop. Called on the scanning thread. */
public interface ScanProgress {

    /** Nothing listens and nothing cancels. */
    ScanProgress NONE = new ScanProgress() {
        @Override
        public void filesSeen(long count) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** The number of files looked at so far; called every few hundred files and once at the end. */
    void filesSeen(long count);

    /** How many pages of a remote listing (Google Drive) have been read so far; local scans never call it. */
    default void pagesRead(int pages) {
    }

    /** Polled often; when it answers true the scan stops with {@link ScanCancelledException}. */
    boolean isCancelled();
}
