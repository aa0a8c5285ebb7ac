package dev.vigie.ui.shell;

import java.util.Arrays;
import java.util.Optional;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The views of the sidebar, in order: each is an FXML file next to its feature package. */
public enum View {
    DASHBOARD("dashboard", "/dev/vigie/ui/dashboard/dashboard.fxml", Material2OutlinedAL.DASHBOARD),
    SOURCES("sources", "/dev/vigie/ui/sources/sources.fxml", Material2OutlinedAL.FOLDER),
    TIMELINE("timeline", "/dev/vigie/ui/timeline/timeline.fxml", Material2OutlinedMZ.TIMELINE),
    SIMULATOR("simulator", "/dev/vigie/ui/simulator/simulator.fxml", Material2OutlinedAL.HOURGLASS_EMPTY),
    CHECKLIST("checklist", "/dev/vigie/ui/checklist/checklist.fxml", Material2OutlinedAL.ASSIGNMENT_TURNED_IN),
    CONSENT("consent", "/dev/vigie/ui/consent/consent.fxml", Material2OutlinedMZ.VERIFIED_USER),
    AUDIT("audit", "/dev/vigie/ui/audit/audit.fxml", Material2OutlinedMZ.RECEIPT_LONG),
    SETTINGS("settings", "/dev/vigie/ui/settings/settings.fxml", Material2OutlinedMZ.SETTINGS);

    private final String id;
    private final String fxml;
    private final Ikon icon;

    View(String id, String fxml, Ikon icon) {
        this.id = id;
        this.fxml = fxml;
        this.icon = icon;
    }

    public String id() {
        return id;
    }

    public String fxml() {
        return fxml;
    }

    public Ikon icon() {
        return icon;
    }

    /** The sidebar label's key: {@code nav.<id>}. */
    public String labelKey() {
        return "nav." + id;
    }

    public static Optional<View> fromId(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }
}
