package dev.vigie.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.consent.Contact;
import dev.vigie.testing.FxWaits;
import dev.vigie.workspace.ContactOverview;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.event.EventType;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The contact chooser as a person uses it: a few letters, the arrow keys, Enter, and a line for what is not shown. */
@ExtendWith(ApplicationExtension.class)
class ContactChooserTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    private static ContactSearch clients(int count) {
        List<ContactOverview> many = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            many.add(new ContactOverview(new Contact(String.format("c-%08d", i), String.format("Client %05d", i),
                    String.format("+3361%07d", i), Optional.empty(), Optional.empty()), List.of(), 0));
        }
        return ContactSearch.of(many);
    }

    private ContactChooser show(FxRobot robot, Locale locale, ContactSearch search) {
        ContactChooser[] chooser = new ContactChooser[1];
        robot.interact(() -> {
            chooser[0] = new ContactChooser("picker", new I18n(locale), search);
            stage.setScene(new Scene(chooser[0], 500, 400));
        });
        return chooser[0];
    }

    @Test
    void aLongNameWrapsInsideTheListInsteadOfHidingItsNumberPastItsEdge(FxRobot robot) {
        String name = "Marie-Hélène de la Fontaine-Beaumarchais et Associés, fleuristes à Saint-Rémy-de-Provence";
        ContactSearch search = ContactSearch.of(List.of(new ContactOverview(new Contact("c-1", name, "+33612345678",
                Optional.empty(), Optional.empty()), List.of(), 0)));
        ContactChooser chooser = show(robot, Locale.FRANCE, search);
        robot.interact(() -> stage.getScene().getRoot().layout());

        ListCell<?> cell = robot.from(chooser.list()).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getText() != null).findFirst().orElseThrow();
        javafx.scene.text.Text drawn = robot.from(cell).lookup(".text").queryAs(javafx.scene.text.Text.class);
        assertThat(drawn.getText()).as("drawn whole, not cut short").isEqualTo(cell.getText()).endsWith("(+33 6 12 34 56 78)");
        assertThat(cell.getWidth()).isLessThanOrEqualTo(chooser.list().getWidth());
    }

    @Test
    void theListShowsTheFirstMatchesAndSaysHowManyMoreInEnglishAndFrench(FxRobot robot) {
        ContactSearch search = clients(1_435);

        ContactChooser english = show(robot, Locale.ENGLISH, search);
        assertThat(english.list().getItems()).hasSize(ContactSearch.SHOWN);
        assertThat(english.moreText()).isEqualTo("and 1,235 more: type more of the name or number");
        robot.interact(() -> english.searchField().setText("client 0143"));
        assertThat(english.list().getItems()).extracting(c -> c.contact().name())
                .containsExactly("Client 00143", "Client 01430", "Client 01431", "Client 01432", "Client 01433",
                        "Client 01434");
        assertThat(english.moreText()).isEmpty();
        robot.interact(() -> english.searchField().setText("nobody"));
        assertThat(english.list().getItems()).isEmpty();
        assertThat(english.moreText()).startsWith("No contact matches");

        ContactChooser french = show(robot, Locale.FRANCE, search);
        assertThat(french.moreText()).matches("et 1.235 autres : tapez la suite du nom ou du numéro");

        ContactSearch oneTooMany = clients(ContactSearch.SHOWN + 1);
        assertThat(show(robot, Locale.ENGLISH, oneTooMany).moreText())
                .isEqualTo("and 1 more: type more of the name or number");
        assertThat(show(robot, Locale.FRANCE, oneTooMany).moreText())
                .isEqualTo("et 1 autre : tapez la suite du nom ou du numéro");
    }

    @Test
    void downGoesIntoTheListUpFromItsFirstRowComesBackAndLettersTypedThereGoOnInTheSearch(FxRobot robot)
            throws Exception {
        ContactChooser chooser = show(robot, Locale.ENGLISH, clients(5));
        robot.interact(() -> chooser.searchField().requestFocus());

        robot.type(KeyCode.DOWN);
        FxWaits.until("Down goes into the list", () -> chooser.getScene().getFocusOwner() == chooser.list());
        robot.type(KeyCode.DOWN);
        assertThat(chooser.getValue().contact().name()).isEqualTo("Client 00001");
        robot.type(KeyCode.UP, KeyCode.UP);
        FxWaits.until("Up from the first row comes back", () -> chooser.getScene().getFocusOwner()
                == chooser.searchField());

        robot.type(KeyCode.DOWN);
        robot.write("nt 00003");
        FxWaits.until("the letters went on in the search",
                () -> chooser.searchField().getText().equals("nt 00003"));
        assertThat(chooser.getScene().getFocusOwner()).isSameAs(chooser.searchField());
        assertThat(chooser.getValue().contact().name()).isEqualTo("Client 00003");
    }

    @Test
    void theDialogStartsInTheSearchFieldAndADoubleClickOnARowChoosesIt(FxRobot robot) throws Exception {
        Dialog<ContactOverview>[] dialog = new Dialog[1];
        robot.interact(() -> {
            dialog[0] = ContactChooser.dialog(stage, new I18n(Locale.ENGLISH), clients(3), "picker", "Pick",
                    "Whose is it?");
            dialog[0].show();
        });
        ContactChooser chooser = (ContactChooser) dialog[0].getDialogPane().lookup("#picker");
        FxWaits.until("focus starts in the search field",
                () -> chooser.getScene().getFocusOwner() == chooser.searchField());

        // The headless robot's pointer does not reach a dialog's window: the cell gets the two clicks' events.
        ListCell<?> row = robot.from(chooser.list()).lookup(".list-cell").queryAll().stream()
                .map(n -> (ListCell<?>) n).filter(c -> "Client 00002 (+33 6 10 00 00 02)".equals(c.getText()))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            for (int click = 1; click <= 2; click++) {
                for (EventType<MouseEvent> type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED,
                        MouseEvent.MOUSE_CLICKED)) {
                    row.fireEvent(new MouseEvent(type, 5, 5, 0, 0, MouseButton.PRIMARY, click, false, false, false,
                            false, true, false, false, false, false, true, null));
                }
            }
        });

        FxWaits.until("the dialog closes", () -> !dialog[0].isShowing());
        assertThat(dialog[0].getResult().contact().id()).isEqualTo("c-00000002");
    }
}
