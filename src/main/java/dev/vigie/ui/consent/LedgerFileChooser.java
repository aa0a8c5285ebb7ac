package dev.vigie.ui.consent;

import dev.vigie.consent.FileFormat;
import dev.vigie.consent.LedgerKind;
import dev.vigie.ui.common.I18n;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The file choosers of the ledger's import and export menus: CSV or JSON, titled with the kind of file. */
final class LedgerFileChooser {

    /** Where to write an export, and its format when the file's name does not tell it. */
    record Export(Path file, Optional<FileFormat> format) {
    }

    private LedgerFileChooser() {
    }

    /** Asks for a file of {@code kind} to import: CSV, JSON, or any file. */
    static Optional<Path> toImport(Window owner, ConsentViewModel model, I18n i18n, LedgerKind kind) {
        FileChooser chooser = chooser(model, i18n, "ui.consent.import.choose", kind);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("ui.consent.files.all"), "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    /** Asks where to export {@code kind}; a name without .csv or .json takes the format of the filter picked. */
    static Optional<Export> toExport(Window owner, ConsentViewModel model, I18n i18n, LedgerKind kind) {
        FileChooser chooser = chooser(model, i18n, "ui.consent.export.choose", kind);
        chooser.setInitialFileName(ConsentViewModel.exportFileName(kind));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        return Optional.of(new Export(file.toPath(), ConsentViewModel.exportFormat(file.getName(),
                Optional.ofNullable(chooser.getSelectedExtensionFilter()).map(f -> f.getExtensions().get(0)))));
    }

    private static FileChooser chooser(ConsentViewModel model, I18n i18n, String titleKey, LedgerKind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(model.chooserTitle(titleKey, kind));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(i18n.get("ui.consent.files.csv"), "*.csv"),
                new FileChooser.ExtensionFilter(i18n.get("ui.consent.files.json"), "*.json"));
        return chooser;
    }
}
