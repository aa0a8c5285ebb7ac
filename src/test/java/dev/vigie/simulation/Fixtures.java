package dev.vigie.simulation;

import dev.vigie.testing.Paris;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** Backup histories for simulator tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** A WhatsApp local backup at 02:00 Paris each night from {@code first} to {@code last}, named by its date. */
    static List<ObservedBackup> whatsAppNights(LocalDate first, LocalDate last) {
        List<ObservedBackup> nights = new ArrayList<>();
        for (LocalDate night = first; !night.isAfter(last); night = night.plusDays(1)) {
            nights.add(new ObservedBackup(ZonedDateTime.of(night, LocalTime.of(2, 0), Paris.ZONE).toInstant(),
                    "msgstore-" + night + ".1.db.crypt14"));
        }
        return nights;
    }
}
