package dev.vigie.checklist;

import dev.vigie.consent.ConsentRecord;
import dev.vigie.consent.Contact;
import dev.vigie.consent.ErasureRequest;
import java.util.List;

/**
 * What the consent ledger holds, as the checklist reads it.
 *
 * @param contacts every contact
 * @param consents every consent record
 * @param erasures every erasure request
 */
public record LedgerFacts(List<Contact> contacts, List<ConsentRecord> consents, List<ErasureRequest> erasures) {

    public static final LedgerFacts EMPTY = new LedgerFacts(List.of(), List.of(), List.of());

    public LedgerFacts {
        contacts = List.copyOf(contacts);
        consents = List.copyOf(consents);
        erasures = List.copyOf(erasures);
    }
}
