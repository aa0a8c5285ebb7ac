package dev.vigie.source.local;

import dev.vigie.backup.BackupSet;
import dev.vigie.backup.ScanWarning;
import java.io.IOException;
import java.util.List;

/** Groups the files of one layout into backup sets. */
interface LayoutReader {

    /** What a reader found; the scanner adds the checks common to every layout. */
    record Result(List<BackupSet> backups, List<ScanWarning> warnings) {
    }

    Result read(ScanContext context) throws IOException;
}
