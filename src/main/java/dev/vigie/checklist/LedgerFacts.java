package dev.vigie.checklist;

import dev.vigie.consent.ConsentRecord;
import dev.vigie.consent.Contact;
import dev.vigie.consent.ErasureRequest;
import java.util.List;
import java.util.Set;

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

    /**
     * Only what concerns these contacts: the people of a source's conversations. An empty set keeps everything, as
     * Vigie cannot tell who a backup holds when no conversation was imported for it.
     */
    public LedgerFacts limitedTo(Set<String> contactIds) {
        if (contactIds.isEmpty()) {
            return this;
        }
        return new LedgerFacts(contacts.stream().filter(c -> contactIds.contains(c.id())).toList(),
                consents.stream().filter(c -> contactIds.contains(c.contactId())).toList(),
                erasures.stream().filter(e -> contactIds.contains(e.contactId())).toList());
    }
}
