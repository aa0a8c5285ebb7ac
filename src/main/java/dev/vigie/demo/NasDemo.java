package dev.vigie.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A NAS share where the office PC drops a ZIP of its accounting folder every Sunday night, named by its date.
 * The business, its clients and its invoices are made up.
 */
final class NasDemo {

    static final String FOLDER = "NAS";
    static final int WEEKS = 8;
    static final List<String> ENTRY_NAMES = List.of("factures.csv", "clients.csv", "notes.txt");

    /** The weekly task starts at 03:00 and zipping takes a few minutes. */
    private static final LocalTime TASK_HOUR = LocalTime.of(3, 0);

    private static final List<String> CLIENTS = List.of(
            "CLI-001;Boulangerie du Marché;Lyon;2019-03-04",
            "CLI-002;Atelier Lefèvre Menuiserie;Villeurbanne;2019-06-17",
            "CLI-003;Garage des Tilleuls;Bron;2020-01-13",
            "CLI-004;Fleurs de Saône;Lyon;2020-09-28",
            "CLI-005;Imprimerie Rhône Print;Vénissieux;2021-02-08",
            "CLI-006;Café des Canuts;Lyon;2022-05-02",
            "CLI-007;Pharmacie de la Croix-Rousse;Lyon;2023-03-20",
            "CLI-008;Écurie du Mont d'Or;Limonest;2024-10-07");

    private NasDemo() {
    }

    /** The name of the archive made on {@code sunday}: the dated-snapshot reader takes its date from it. */
    static String archiveName(LocalDate sunday) {
        return "sauvegarde-" + sunday + ".zip";
    }

    /** The Sunday whose archive is the latest finished at {@code now}. */
    static LocalDate latestSunday(Instant now, ZoneId zone) {
        LocalDate sunday = now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        return archiveTime(sunday, zone).isAfter(now) ? sunday.minusWeeks(1) : sunday;
    }

    static Instant archiveTime(LocalDate sunday, ZoneId zone) {
        SplittableRandom random = DemoFiles.random("nas-time", sunday);
        LocalTime time = TASK_HOUR.plusMinutes(3 + random.nextInt(9)).plusSeconds(random.nextInt(60));
        return DemoFiles.at(sunday, time, zone);
    }

    static void write(Path folder, Instant now, ZoneId zone) throws IOException {
        Files.createDirectories(folder);
        LocalDate latest = latestSunday(now, zone);
        for (int back = WEEKS - 1; back >= 0; back--) {
            LocalDate sunday = latest.minusWeeks(back);
            Instant time = archiveTime(sunday, zone);
            DemoFiles.write(folder.resolve(archiveName(sunday)), archive(sunday, time, zone), time);
        }
    }

    private static byte[] archive(LocalDate sunday, Instant time, ZoneId zone) throws IOException {
        Invoices invoices = invoices(sunday);
        // Fridays at the end of the day is when the books were last touched before the weekend.
        LocalDateTime friday = sunday.minusDays(2).atTime(18, 12);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            add(zip, ENTRY_NAMES.get(0), friday, invoices.csv());
            add(zip, ENTRY_NAMES.get(1), friday.minusMinutes(47), clients());
            add(zip, ENTRY_NAMES.get(2), LocalDateTime.ofInstant(time, zone), notes(sunday, invoices.count()));
        }
        return bytes.toByteArray();
    }

    /** Local date-times in the archive, as Windows writes them: no zone, and no dependence on the JVM's zone. */
    private static void add(ZipOutputStream zip, String name, LocalDateTime modified, String text) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(modified);
        zip.putNextEntry(entry);
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private record Invoices(String csv, int count) {
    }

    /** The year's invoices up to {@code sunday}: a few each week, numbered from the first of the year. */
    private static Invoices invoices(LocalDate sunday) {
        StringBuilder csv = new StringBuilder("numero;date;client;montant_ht;tva;montant_ttc\n");
        int number = 0;
        LocalDate firstWorkingDay = LocalDate.of(sunday.getYear(), 1, 2);
        // The first week of the year is the first one that ends on or after 4 January, as ISO weeks count; its
        // days before 2 January then move to 2 January, which is a weekday in every such year.
        LocalDate week = LocalDate.of(sunday.getYear(), 1, 4).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        for (; !week.isAfter(sunday); week = week.plusWeeks(1)) {
            SplittableRandom random = DemoFiles.random("invoices", week);
            int[] weekdays = random.ints(2 + random.nextInt(4), 0, 5).sorted().toArray();
            for (int weekday : weekdays) {
                number++;
                // Monday to Friday of the week, but the books of a year start on its first working day.
                LocalDate day = week.minusDays(6 - weekday);
                if (day.isBefore(firstWorkingDay)) {
                    day = firstWorkingDay;
                }
                String client = CLIENTS.get(random.nextInt(CLIENTS.size()));
                long cents = 8_000 + random.nextInt(232_000);
                long tax = Math.round(cents * 0.2);
                csv.append(String.format(Locale.ROOT, "F%d-%04d;%s;%s;%s;%s;%s\n", sunday.getYear(), number, day,
                        client.substring(0, client.indexOf(';')), euros(cents), euros(tax), euros(cents + tax)));
            }
        }
        return new Invoices(csv.toString(), number);
    }

    /** French accounting software writes a decimal comma. */
    private static String euros(long cents) {
        return String.format(Locale.ROOT, "%d,%02d", cents / 100, cents % 100);
    }

    private static String clients() {
        return "code;nom;ville;client_depuis\n" + String.join("\n", CLIENTS) + "\n";
    }

    private static String notes(LocalDate sunday, int invoices) {
        return "Sauvegarde hebdomadaire du " + sunday + "\n"
                + "Poste : COMPTA-01\n"
                + "Dossier : D:\\Compta\n"
                + "factures.csv : " + invoices + " factures\n"
                + "clients.csv : " + CLIENTS.size() + " clients\n";
    }
}
