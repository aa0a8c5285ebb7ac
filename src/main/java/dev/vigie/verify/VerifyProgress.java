package dev.vigie.verify;

/**
 * Receives how far a verification has got and tells it whether to stop. Called from the verifying threads (files
 * are verified several at once), one call at a time for {@link #bytesDone}; {@link #isCancelled} from any of them.
 *
 * <p>The unit is bytes of the backups' files covered: a file counts once its checks are done, and a file read
 * through (a checksum, a CRC) counts as it is read. So a quick verification moves in steps of whole files.
 */
public interface VerifyProgress {

    /** Nothing listens and nothing cancels. */
    VerifyProgress NONE = new VerifyProgress() {
        @Override
        public void bytesDone(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Never goes backwards; the last call has {@code done == total}. Called at most about once per megabyte. */
    void bytesDone(long done, long total);

    /** Polled at every file and every buffer read; when it answers true the verification stops. */
    boolean isCancelled();
}
