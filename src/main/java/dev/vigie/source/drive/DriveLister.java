package dev.vigie.source.drive;

import com.google.api.client.util.DateTime;
import com.google.api.services.drive.Drive;
import com.google.api.services.drive.model.File;
import com.google.api.services.drive.model.FileList;
import dev.vigie.backup.InputProblem;
import dev.vigie.backup.ScanCancelledException;
import dev.vigie.backup.ScanProgress;
import dev.vigie.backup.ScanWarning;
import dev.vigie.backup.WarningCode;
import dev.vigie.source.local.FileEntry;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists a Drive folder recursively with {@code files.list}: the children of up to {@value #FOLDERS_PER_QUERY}
 * folders per query, 1,000 items a page, following {@code nextPageToken} until Drive sends none (a page may be
 * partial or empty before the end). Trashed items are left out by the query. A shortcut stands for its target
 * under its own name; one that leads back to a folder already listed, or to nothing, is a warning.
 */
final class DriveLister {

    static final String FOLDER = "application/vnd.google-apps.folder";
    static final String SHORTCUT = "application/vnd.google-apps.shortcut";
    static final String LIST_FIELDS = "nextPageToken, files(id,name,mimeType,size,md5Checksum,modifiedTime,"
            + "createdTime,parents,shortcutDetails)";
    static final String FILE_FIELDS = "id,name,mimeType,size,md5Checksum,modifiedTime,createdTime,trashed,"
            + "shortcutDetails";
    static final int PAGE_SIZE = 1000;
    /** Several folders per query saves a request per small folder; the query stays far below URL limits. */
    static final int FOLDERS_PER_QUERY = 40;
    /** 100 million items at 1,000 a page: no real folder has more; a server that never stops paging does. */
    static final int MAX_PAGES = 100_000;

    private final DriveCalls calls;
    private final ScanProgress progress;
    private final List<ScanWarning> warnings = new ArrayList<>();
    private final Map<String, String> md5ByPath = new HashMap<>();
    /** Shortcuts to files, and their targets once fetched (null: the target is gone). */
    private final Map<Node, Node> placeholderTargets = new HashMap<>();
    private int pages;
    private long files;

    DriveLister(DriveCalls calls, ScanProgress progress) {
        this.calls = calls;
        this.progress = progress;
    }

    /** One item of the tree being built: a folder's children are filled as their pages arrive. */
    private static final class Node {
        final String name;
        final boolean folder;
        final long size;
        final Instant modified;
        final String md5;
        final String id;
        final String path;
        final List<Node> children = new ArrayList<>();
        final Set<String> names = new HashSet<>();

        Node(Node parent, String id, String name, boolean folder, long size, Instant modified, String md5) {
            this.id = id;
            this.path = parent == null ? "" : EntryPaths.child(parent.path, name);
            this.name = name;
            this.folder = folder;
            this.size = size;
            this.modified = modified;
            this.md5 = md5;
        }
    }

    /** The folder itself (a shortcut to a folder leads to it); a file or a trashed folder is refused. */
    File folder(String folderId) {
        File root = calls.execute(get(folderId), folderId);
        if (SHORTCUT.equals(root.getMimeType()) && root.getShortcutDetails() != null
                && FOLDER.equals(root.getShortcutDetails().getTargetMimeType())) {
            root = calls.execute(get(root.getShortcutDetails().getTargetId()), folderId);
        }
        if (!FOLDER.equals(root.getMimeType()) || Boolean.TRUE.equals(root.getTrashed())) {
            throw new InputProblem("error.drive.notFolder", folderId, String.valueOf(root.getName()));
        }
        return root;
    }

    DriveListing list(String folderId) {
        File root = folder(folderId);
        Node top = new Node(null, root.getId(), root.getName(), true, 0, time(root.getModifiedTime()), null);
        Set<String> visited = new HashSet<>();
        visited.add(top.id);
        Deque<Node> waiting = new ArrayDeque<>();
        waiting.add(top);
        Map<String, List<Node>> fileShortcuts = new LinkedHashMap<>();
        while (!waiting.isEmpty()) {
            Map<String, Node> batch = new LinkedHashMap<>();
            while (!waiting.isEmpty() && batch.size() < FOLDERS_PER_QUERY) {
                Node n = waiting.poll();
                batch.put(n.id, n);
            }
            listChildren(batch, folderId, visited, waiting, fileShortcuts);
        }
        resolveFileShortcuts(fileShortcuts);
        List<FileEntry> entries = new ArrayList<>();
        flatten(top, "", 1, entries);
        progress.filesSeen(files);
        return new DriveListing(top.id, top.name, top.modified, entries, md5ByPath, warnings, pages);
    }

    private Drive.Files.Get get(String id) {
        try {
            return calls.drive().files().get(id).setFields(FILE_FIELDS).setSupportsAllDrives(true);
        } catch (IOException e) {
            throw new IllegalStateException("Building a request does not read the network", e);
        }
    }

    private void listChildren(Map<String, Node> batch, String folderId, Set<String> visited, Deque<Node> waiting,
                              Map<String, List<Node>> fileShortcuts) {
        List<String> parents = batch.keySet().stream().map(id -> "'" + id + "' in parents").toList();
        String query = (parents.size() == 1 ? parents.get(0) : "(" + String.join(" or ", parents) + ")")
                + " and trashed = false";
        String pageToken = null;
        Set<String> tokens = new HashSet<>();
        do {
            if (progress.isCancelled()) {
                throw new ScanCancelledException();
            }
            if (pages >= MAX_PAGES) {
                throw new InputProblem("error.drive.tooManyPages", folderId, MAX_PAGES);
            }
            FileList page;
            try {
                Drive.Files.List request = calls.drive().files().list().setQ(query).setFields(LIST_FIELDS)
                        .setPageSize(PAGE_SIZE).setSupportsAllDrives(true).setIncludeItemsFromAllDrives(true);
                if (pageToken != null) {
                    request.setPageToken(pageToken);
                }
                page = calls.execute(request, folderId);
            } catch (IOException e) {
                throw new IllegalStateException("Building a request does not read the network", e);
            }
            pages++;
            if (page.getFiles() != null) {
                for (File f : page.getFiles()) {
                    if (f == null || f.getId() == null || f.getName() == null || f.getMimeType() == null) {
                        throw new InputProblem("error.drive.malformed", folderId,
                                "an item without its id, name or type");
                    }
                    Node parent = parentIn(f, batch);
                    if (parent != null) {
                        add(parent, f, visited, waiting, fileShortcuts);
                    }
                }
            }
            progress.filesSeen(files);
            progress.pagesRead(pages);
            pageToken = page.getNextPageToken();
            if (pageToken != null && !tokens.add(pageToken)) {
                // The same page again would be asked for forever.
                throw new InputProblem("error.drive.pageLoop", folderId, pages);
            }
        } while (pageToken != null && !pageToken.isEmpty());
    }

    private static Node parentIn(File f, Map<String, Node> batch) {
        if (f.getParents() == null) {
            return batch.size() == 1 ? batch.values().iterator().next() : null;
        }
        for (String p : f.getParents()) {
            Node n = batch.get(p);
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    private void add(Node parent, File f, Set<String> visited, Deque<Node> waiting,
                     Map<String, List<Node>> fileShortcuts) {
        String name = uniqueName(parent, f);
        Instant modified = time(f.getModifiedTime());
        if (FOLDER.equals(f.getMimeType())) {
            Node folder = new Node(parent, f.getId(), name, true, 0, modified, null);
            parent.children.add(folder);
            if (visited.add(f.getId())) {
                waiting.add(folder);
            }
            return;
        }
        if (SHORTCUT.equals(f.getMimeType()) && f.getShortcutDetails() != null
                && f.getShortcutDetails().getTargetId() != null) {
            String target = f.getShortcutDetails().getTargetId();
            if (FOLDER.equals(f.getShortcutDetails().getTargetMimeType())) {
                if (!visited.add(target)) {
                    warnings.add(ScanWarning.of(WarningCode.SYMLINK_LOOP, EntryPaths.child(parent.path, name)));
                    return;
                }
                Node folder = new Node(parent, target, name, true, 0, modified, null);
                parent.children.add(folder);
                waiting.add(folder);
            } else {
                Node placeholder = new Node(parent, target, name, false, 0, modified, null);
                parent.children.add(placeholder);
                fileShortcuts.computeIfAbsent(target, k -> new ArrayList<>()).add(placeholder);
                files++;
            }
            return;
        }
        // Google-native documents have neither size nor MD5: a file of no bytes, as Drive describes it.
        long size = f.getSize() == null ? 0 : f.getSize();
        parent.children.add(new Node(parent, f.getId(), name, false, size, modified, f.getMd5Checksum()));
        files++;
    }

    /** A shortcut to a file takes its target's size, time and MD5; a target gone leaves a warning. */
    private void resolveFileShortcuts(Map<String, List<Node>> fileShortcuts) {
        for (Map.Entry<String, List<Node>> e : fileShortcuts.entrySet()) {
            File target;
            try {
                target = calls.execute(get(e.getKey()), e.getKey());
            } catch (InputProblem gone) {
                if (!"error.drive.notFound".equals(gone.messageKey())) {
                    throw gone;
                }
                target = null;
            }
            for (Node placeholder : e.getValue()) {
                Node resolved = target == null || Boolean.TRUE.equals(target.getTrashed()) ? null
                        : new Node(null, target.getId(), placeholder.name, false,
                        target.getSize() == null ? 0 : target.getSize(), time(target.getModifiedTime()),
                        target.getMd5Checksum());
                placeholderTargets.put(placeholder, resolved);
            }
        }
    }

    private void flatten(Node folder, String prefix, int depth, List<FileEntry> out) {
        List<Node> children = new ArrayList<>(folder.children);
        children.sort(Comparator.comparing(n -> n.name));
        for (Node child : children) {
            String path = prefix + child.name;
            Node shown = child;
            if (placeholderTargets.containsKey(child)) {
                shown = placeholderTargets.get(child);
                if (shown == null) {
                    warnings.add(ScanWarning.of(WarningCode.BROKEN_LINK, path));
                    files--;
                    continue;
                }
            }
            out.add(new FileEntry(path, child.name, depth, shown.folder, shown.size, shown.modified.toEpochMilli()));
            if (shown.md5 != null) {
                md5ByPath.put(path, shown.md5);
            }
            if (shown.folder) {
                flatten(shown, path + "/", depth + 1, out);
            }
        }
    }

    /** Drive lets two items share a name in one folder, and allows '/' in names: paths must stay unambiguous. */
    private static String uniqueName(Node parent, File f) {
        String name = f.getName() == null || f.getName().isEmpty() ? f.getId() : f.getName().replace('/', '\u2215');
        if (!parent.names.add(name)) {
            name = name + " (" + f.getId() + ")";
            parent.names.add(name);
        }
        return name;
    }

    private static Instant time(DateTime t) {
        return t == null ? Instant.EPOCH : Instant.ofEpochMilli(t.getValue());
    }
}
