package dev.vigie.cli;

import dev.vigie.alert.AlertKind;
import dev.vigie.i18n.Messages;
import dev.vigie.notify.DeliveryFailure;
import dev.vigie.workspace.Alerts;

/** One line per delivery tried, as {@code alerts test} and {@code check --alert} print them. */
final class AlertLines {

    private AlertLines() {
    }

    static String delivery(Alerts.Delivery delivery, Messages m) {
        String state = m.get("alert.state." + delivery.state().name());
        String what = switch (delivery.kind()) {
            case TEST -> m.get("alerts.what.test");
            case RECOVERED -> m.get("alerts.what.recovered", delivery.source());
            case PROBLEM -> m.get("alerts.what.problem", delivery.source(), state);
        };
        if (delivery.delivered()) {
            return m.get("alerts.delivered", delivery.channel(), what);
        }
        return m.get(delivery.kind() == AlertKind.TEST ? "alerts.failed.test" : "alerts.failed", delivery.channel(),
                what, reason(delivery.failure().get(), m));
    }

    static String reason(DeliveryFailure failure, Messages m) {
        return m.get(failure.messageKey(), failure.args().toArray());
    }
}
