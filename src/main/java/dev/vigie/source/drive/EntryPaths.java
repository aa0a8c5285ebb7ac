package dev.vigie.source.drive;

/** Relative, '/'-separated paths as the layout readers use them. */
final class EntryPaths {

    private EntryPaths() {
    }

    static String child(String folder, String name) {
        return folder.isEmpty() ? name : folder + "/" + name;
    }
}
