package dev.vigie.source.local;

import java.nio.file.Path;
import java.util.List;

final class DatedSnapshotsReader implements LayoutReader {

    static boolean looksDated(Path root) {
        return false;
    }

    @Override
    public Result read(ScanContext context) {
        return new Result(List.of(), List.of());
    }
}
