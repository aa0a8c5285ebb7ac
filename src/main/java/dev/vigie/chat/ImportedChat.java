package dev.vigie.chat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A chat export as Vigie keeps it: whose conversation, from which file, when, and its counts; never its text.
 *
 * @param id         its number, for {@code vigie chat remove}
 * @param contactId  the contact whose consent allowed the import
 * @param source     the backup source whose backups hold this conversation, when the user said which
 * @param fileName   the export's file name, without its folder
 * @param zone       the zone its times were read in
 * @param first      the first message's time
 * @param last       the last message's time: the export was made at or after it
 * @param messages   how many messages it has
 * @param deleted    how many of them are deleted markers
 */
public record ImportedChat(long id, String contactId, Optional<String> source, String fileName, Instant importedAt,
                           ZoneId zone, DateOrder dateOrder, Instant first, Instant last, int messages, int deleted) {

    public ImportedChat {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(dateOrder, "dateOrder");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
    }
}
