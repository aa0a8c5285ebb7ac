package dev.vigie.source.local;

import java.util.List;

/** iPhone Finder/iTunes backups. (Skeleton.) */
final class IosBackupReader implements LayoutReader {

    static boolean looksLikeDeviceFolder(java.nio.file.Path dir) {
        return false;
    }

    static boolean looksLikeBackupRoot(java.nio.file.Path dir) {
        return false;
    }

    @Override
    public Result read(ScanContext context) {
        return new Result(List.of(), List.of());
    }
}
