package dev.vigie.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

/** What the status bar shows: a last message, and the long work under way with its progress and cancel. */
public final class StatusModel {

    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<Task<?>> running = new SimpleObjectProperty<>();

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<Task<?>> runningProperty() {
        return running;
    }

    /** Shows {@code task} until it ends; its message feeds the bar. */
    public void track(Task<?> task) {
        running.set(task);
        task.runningProperty().addListener((obs, was, is) -> {
            if (!is && running.get() == task) {
                running.set(null);
            }
        });
    }

    /** Asks the work under way, if any, to stop. */
    public void cancelRunning() {
        Task<?> task = running.get();
        if (task != null) {
            task.cancel();
        }
    }

    public void say(String text) {
        message.set(text);
    }
}
