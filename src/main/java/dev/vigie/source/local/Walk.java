package dev.vigie.source.local;

import dev.vigie.backup.ScanWarning;
import java.util.List;

/**
 * What a walk saw: every entry in pre-order (a folder before what it holds) and the entries it could not read.
 */
record Walk(List<FileEntry> entries, List<ScanWarning> warnings, long filesSeen) {
}
