package dev.vigie.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.backup.ScanProgress;
import dev.vigie.consent.ConsentMethod;
import dev.vigie.consent.Purpose;
import dev.vigie.source.local.LocalScanner;
import dev.vigie.testing.CutText;
import dev.vigie.testing.FxWaits;
import dev.vigie.testing.LayoutProblems;
import dev.vigie.ui.common.BackgroundTasks;
import dev.vigie.ui.common.DialogFit;
import dev.vigie.ui.common.ErrorDialog;
import dev.vigie.ui.common.I18n;
import dev.vigie.ui.settings.Appearance;
import dev.vigie.ui.settings.Preferences;
import dev.vigie.ui.shell.View;
import dev.vigie.workspace.ContactDraft;
import dev.vigie.workspace.Ledger;
import dev.vigie.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as a new user meets it on the demo workspace: every view and every dialog, in English and French,
 * normal and training mode, at a laptop's, a projector's and a desktop's size. Fails on any text drawn cut short
 * ("…") without a tooltip holding it whole, any node running past its window, and any dialog not on the screen.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutAuditTest {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** One look at the window: its language, mode, theme and size. */
    record Combo(Preferences.Language language, boolean training, Preferences.Theme theme, int width, int height) {
        @Override
        public String toString() {
            return language + (training ? " training " : " ") + theme.name().toLowerCase(Locale.ROOT) + " "
                    + width + "x" + height;
        }
    }

    /** Every view is seen in these; together they cover both languages, both modes, both themes, three sizes. */
    private static final List<Combo> VIEW_COMBOS = List.of(
            new Combo(Preferences.Language.ENGLISH, false, Preferences.Theme.LIGHT, 1440, 900),
            new Combo(Preferences.Language.FRENCH, true, Preferences.Theme.LIGHT, 1280, 720),
            new Combo(Preferences.Language.FRENCH, false, Preferences.Theme.DARK, 1024, 700),
            new Combo(Preferences.Language.ENGLISH, true, Preferences.Theme.LIGHT, 1024, 700));

    /** Dialogs are seen in the worst case for space (the longer language, larger text, a projector) and small. */
    private static final List<Combo> DIALOG_COMBOS = List.of(
            new Combo(Preferences.Language.FRENCH, true, Preferences.Theme.LIGHT, 1280, 720),
            new Combo(Preferences.Language.ENGLISH, false, Preferences.Theme.LIGHT, 1024, 700));

    @TempDir
    static Path temp;

    private static Path demoData;
    /** How many contacts the ledger holds: the demo's own and the two added here. */
    private static int contactCount;

    private Stage stage;
    private UiContext context;
    private VigieWindow window;

    /** The demo workspace, as "Explore the demo workspace" makes it, and a few contacts in its ledger. */
    @BeforeAll
    static void demo() throws Exception {
        demoData = Files.createDirectories(temp.resolve("data"));
        Workspace workspace = new Workspace(demoData, new LocalScanner());
        workspace.openDemo(NOW, PARIS, ScanProgress.NONE);
        Ledger ledger = workspace.ledger();
        String anna = ledger.addContact(new ContactDraft(Optional.empty(), "Anna Martin-Dubois de la Fontaine",
                "+33612345678", Optional.of("Boutique Lyon, commandes et retours"), Optional.empty()),
                Optional.empty()).id();
        ledger.grant(anna, Purpose.RESTORE_ACCESS, NOW.minus(Duration.ofDays(30)), ConsentMethod.FORM,
                Optional.of("Formulaire signé en boutique le 6 novembre"));
        ledger.withdraw(anna, Purpose.RESTORE_ACCESS, NOW.minus(Duration.ofDays(2)));
        ledger.addErasure(anna, NOW.minus(Duration.ofDays(25)), Optional.empty(), PARIS);
        String bruno = ledger.addContact(new ContactDraft(Optional.empty(), "Bruno Petit", "+33698765432",
                Optional.of("Atelier"), Optional.empty()), Optional.empty()).id();
        ledger.grant(bruno, Purpose.ARCHIVE, NOW.minus(Duration.ofDays(10)), ConsentMethod.PAPER, Optional.empty());
        contactCount = ledger.contacts(NOW).size();
    }

    @Start
    void start(Stage primary) {
        stage = new Stage();
        Preferences preferences = Preferences.load(demoData);
        context = new UiContext(demoData, Clock.fixed(NOW, ZoneOffset.UTC), PARIS, Locale.ENGLISH, new LocalScanner(),
                new BackgroundTasks(), new I18n(Locale.ENGLISH), preferences, new Appearance(preferences));
        window = new VigieWindow(context);
        window.show(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        DialogFit.useScreen(DialogFit.SCREEN_OF_WINDOW);
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        robot.interact(stage::close);
        context.tasks().close();
    }

    @Test
    void everyViewShowsItsWholeTextAndFitsItsWindowInEveryLanguageModeAndSize(FxRobot robot) throws Exception {
        List<String> problems = new ArrayList<>();
        for (Combo combo : VIEW_COMBOS) {
            lookLike(robot, combo);
            for (View view : View.values()) {
                robot.interact(() -> window.shell().show(view));
                settle(view);
                List<String> found = onFx(() -> LayoutProblems.in(stage, screen(combo)));
                found.forEach(p -> problems.add(combo + " " + view.id() + ": " + p));
                // A column's header is never cut, tooltip or not: its column is at least as wide (ColumnFit).
                List<String> headers = onFx(() -> stage.getScene().getRoot().lookupAll(".column-header-background")
                        .stream().filter(javafx.scene.Node::isVisible).flatMap(h -> CutText.under(h).stream())
                        .toList());
                headers.forEach(h -> problems.add(combo + " " + view.id() + ": header " + h));
            }
        }
        assertThat(problems).as("texts cut short or nodes outside the window").isEmpty();
    }

    @Test
    void everyDialogFitsTheScreenAndShowsItsWholeText(FxRobot robot) throws Exception {
        List<String> problems = new ArrayList<>();
        for (Combo combo : DIALOG_COMBOS) {
            lookLike(robot, combo);
            robot.interact(() -> window.shell().show(View.CONSENT));
            settle(View.CONSENT);
            problems.addAll(dialog(robot, combo, "add contact", () -> fire("#addButton")));
            problems.addAll(dialog(robot, combo, "access check", () -> fire("#accessButton")));
            robot.interact(() -> selectFirstRow("#contactsTable"));
            FxWaits.until("the contact's details show", () -> !button("#grantButton").isDisabled());
            problems.addAll(dialog(robot, combo, "record consent", () -> fire("#grantButton")));
            problems.addAll(dialog(robot, combo, "erasure request", () -> fire("#addErasureButton")));

            robot.interact(() -> window.shell().show(View.SOURCES));
            settle(View.SOURCES);
            FxWaits.until("a source is selected", () -> !button("#settingsButton").isDisabled());
            problems.addAll(dialog(robot, combo, "schedule editor", () -> fire("#settingsButton")));
            problems.addAll(dialog(robot, combo, "rename", () -> fire("#renameButton")));

            problems.addAll(dialog(robot, combo, "about", () -> menu("menu.help.about")));
            problems.addAll(dialog(robot, combo, "keyboard shortcuts", () -> menu("menu.help.shortcuts")));
            problems.addAll(dialog(robot, combo, "getting started", () -> menu("menu.help.start")));
            problems.addAll(dialog(robot, combo, "error", () -> ErrorDialog.show(stage, context.i18n(),
                    context.i18n().get("ui.consent.fail.addContact", "Anna Martin-Dubois de la Fontaine"),
                    new IllegalStateException("the ledger file is locked by another Vigie"))));
        }
        assertThat(problems).as("dialogs off the screen or with texts cut short").isEmpty();
    }

    /** Opens a dialog as its button would (later, as a click does, since dialogs wait), audits it, closes it. */
    private List<String> dialog(FxRobot robot, Combo combo, String name, Runnable open) throws Exception {
        Set<Window> before = onFx(() -> Set.copyOf(Window.getWindows()));
        Platform.runLater(open);
        FxWaits.until("the " + name + " dialog opens", () -> Window.getWindows().stream()
                .anyMatch(w -> !before.contains(w) && w.isShowing()));
        WaitForAsyncUtils.waitForFxEvents(3);
        List<String> found = onFx(() -> {
            List<String> out = new ArrayList<>();
            for (Window w : List.copyOf(Window.getWindows())) {
                if (!before.contains(w) && w.isShowing()) {
                    LayoutProblems.in(w, screen(combo)).forEach(p -> out.add(combo + " " + name + ": " + p));
                    w.hide();
                }
            }
            return out;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return found;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** The screen a user with this combination would have: the window fills it, as a projector's does. */
    private Rectangle2D screen(Combo combo) {
        return new Rectangle2D(0, 0, combo.width(), combo.height());
    }

    private void lookLike(FxRobot robot, Combo combo) throws Exception {
        DialogFit.useScreen(w -> screen(combo));
        robot.interact(() -> {
            var appearance = context.appearance();
            appearance.languageProperty().set(combo.language());
            appearance.trainingProperty().set(combo.training());
            appearance.themeProperty().set(combo.theme());
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(combo.width());
            stage.setHeight(combo.height());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for what a view loads in the background, then for the layout to settle. */
    private void settle(View view) throws Exception {
        Predicate<Node> ready = switch (view) {
            case SOURCES -> root -> root.lookup("#sourcesList") instanceof ListView<?> l && l.getItems().size() == 3
                    && !((javafx.scene.control.TableView<?>) root.lookup("#backupsTable")).getItems().isEmpty();
            case DASHBOARD -> root -> root.lookupAll(".source-card").size() == 3;
            case TIMELINE -> root -> root.lookup("#summaryLabel") instanceof javafx.scene.control.Label l
                    && !l.getText().isBlank();
            case CONSENT -> root -> root.lookup("#contactsTable") instanceof javafx.scene.control.TableView<?> t
                    && t.getItems().size() == contactCount;
            case AUDIT -> root -> root.lookup("#entriesTable") instanceof javafx.scene.control.TableView<?> t
                    && !t.getItems().isEmpty();
            default -> root -> true;
        };
        FxWaits.until(view.id() + " shows its content", () -> ready.test(stage.getScene().getRoot()));
        // Cells, chips and canvases fill in on the pulses after the data arrives.
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.sleep(150, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private void fire(String id) {
        ((ButtonBase) stage.getScene().getRoot().lookup(id)).fire();
    }

    private ButtonBase button(String id) {
        return (ButtonBase) stage.getScene().getRoot().lookup(id);
    }

    private void selectFirstRow(String id) {
        ((javafx.scene.control.TableView<?>) stage.getScene().getRoot().lookup(id)).getSelectionModel().select(0);
    }

    /** Fires the menu item whose text is this key's, wherever it is in the menu bar. */
    private void menu(String key) {
        String text = context.i18n().get(key);
        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
        List<MenuItem> items = bar.getMenus().stream().flatMap(m -> items(m).stream()).collect(Collectors.toList());
        items.stream().filter(i -> text.equals(i.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + key)).fire();
    }

    private static List<MenuItem> items(Menu menu) {
        List<MenuItem> out = new ArrayList<>();
        for (MenuItem i : menu.getItems()) {
            out.add(i);
            if (i instanceof Menu m) {
                out.addAll(items(m));
            }
        }
        return out;
    }
}
