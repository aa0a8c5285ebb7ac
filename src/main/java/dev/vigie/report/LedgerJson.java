package dev.vigie.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigie.audit.AuditBreak;
import dev.vigie.audit.AuditChain;
import dev.vigie.audit.AuditEntry;
import dev.vigie.audit.AuditVerification;
import dev.vigie.consent.AccessDecision;
import dev.vigie.consent.ConsentRecord;
import dev.vigie.consent.ConsentStatus;
import dev.vigie.consent.Contact;
import dev.vigie.consent.DenialReason;
import dev.vigie.consent.ErasureRequest;
import dev.vigie.consent.Purpose;
import dev.vigie.i18n.Formats;
import dev.vigie.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The JSON contracts of the consent ledger and the audit log (times in the user's zone, with its offset, except the
 * audit log's, which are UTC as hashed):
 * <ul>
 * <li>contact: {@code {"id", "name", "phone", "conversation", "notes", "consents": {"archive": {"state", "since"},
 * "restore-access": {...}, "quality-analysis": {...}}, "openErasures"}}, state {@code given}, {@code withdrawn} or
 * {@code none};</li>
 * <li>consent: {@code {"contactId", "purpose", "grantedAt", "method", "evidence", "withdrawnAt", "validNow"}};</li>
 * <li>erasure: {@code {"id", "contactId", "receivedAt", "dueAt", "completedAt", "scope", "status"}}, status
 * {@code done}, {@code overdue}, {@code due-soon} or {@code open};</li>
 * <li>access decision: {@code {"allowed", "reasons": [{"code", "message", "date", "purposes"}], "contact",
 * "purpose", "at", "agent", "justification"}};</li>
 * <li>audit entry: {@code {"seq", "time", "actor", "action", "subject", "details", "prevHash", "hash"}}, details as
 * a JSON object;</li>
 * <li>audit verification: {@code {"intact", "entries", "head", "guarded", "break": {"kind", "entry",
 * "lastEntry"} | null}}.</li>
 * </ul>
 */
public final class LedgerJson {

    private LedgerJson() {
    }

    public static ObjectNode contact(Contact c, List<ConsentStatus> consents, int openErasures, ZoneId zone) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("id", c.id());
        node.put("name", c.name());
        node.put("phone", c.phone());
        node.put("conversation", c.conversation().orElse(null));
        node.put("notes", c.notes().orElse(null));
        ObjectNode byPurpose = node.putObject("consents");
        for (ConsentStatus status : consents) {
            ObjectNode s = byPurpose.putObject(status.purpose().id());
            s.put("state", status.state().name().toLowerCase(Locale.ROOT));
            s.put("since", status.since().map(t -> Json.time(t, zone)).orElse(null));
        }
        node.put("openErasures", openErasures);
        return node;
    }

    public static ObjectNode consent(ConsentRecord c, Instant now, ZoneId zone) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("contactId", c.contactId());
        node.put("purpose", c.purpose().id());
        node.put("grantedAt", Json.time(c.grantedAt(), zone));
        node.put("method", c.method().id());
        node.put("evidence", c.evidence().orElse(null));
        node.put("withdrawnAt", c.withdrawnAt().map(t -> Json.time(t, zone)).orElse(null));
        node.put("validNow", c.isValidAt(now));
        return node;
    }

    public static ObjectNode erasure(ErasureRequest e, Instant now, ZoneId zone) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("id", e.id());
        node.put("contactId", e.contactId());
        node.put("receivedAt", Json.time(e.receivedAt(), zone));
        node.put("dueAt", Json.time(e.dueAt(), zone));
        node.put("completedAt", e.completedAt().map(t -> Json.time(t, zone)).orElse(null));
        node.put("scope", e.scope().orElse(null));
        node.put("status", erasureStatus(e, now));
        return node;
    }

    /** {@code done}, {@code overdue}, {@code due-soon} or {@code open}. */
    public static String erasureStatus(ErasureRequest e, Instant now) {
        if (!e.isOpen()) {
            return "done";
        }
        if (e.isOverdueAt(now)) {
            return "overdue";
        }
        return e.isDueSoonAt(now) ? "due-soon" : "open";
    }

    /** @param m words each reason's {@code message} */
    public static ObjectNode decision(AccessDecision d, ZoneId zone, Messages m) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("allowed", d.allowed());
        ArrayNode reasons = node.putArray("reasons");
        for (DenialReason r : d.reasons()) {
            ObjectNode reason = reasons.addObject();
            reason.put("code", r.code().id());
            reason.put("message", reason(r, d.purpose(), zone, m));
            reason.put("date", r.date().map(t -> Json.time(t, zone)).orElse(null));
            ArrayNode purposes = reason.putArray("purposes");
            r.purposes().forEach(p -> purposes.add(p.id()));
        }
        node.put("contact", d.contactId());
        node.put("purpose", d.purpose().id());
        node.put("at", Json.time(d.at(), zone));
        node.put("agent", d.agent());
        node.put("justification", d.justification());
        return node;
    }

    /** A reason against access in words: {@code access.reason.<code>}. */
    public static String reason(DenialReason r, Purpose purpose, ZoneId zone, Messages m) {
        // Words for a person: the local time, formatted, never a raw ISO instant.
        String date = r.date().map(t -> new Formats(m).dateTime(t, zone)).orElse("");
        String others = String.join(", ", r.purposes().stream().map(Purpose::id).toList());
        return m.get("access.reason." + r.code().id(), purpose.id(), date, others);
    }

    public static ObjectNode auditEntry(AuditEntry e) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("seq", e.seq());
        node.put("time", AuditChain.time(e.time()));
        node.put("actor", e.actor());
        node.put("action", e.action());
        node.put("subject", e.subject());
        node.set("details", details(e.details()));
        node.put("prevHash", e.prevHash());
        node.put("hash", e.hash());
        return node;
    }

    public static ObjectNode verification(AuditVerification v) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("intact", v.intact());
        node.put("entries", v.entries());
        node.put("head", v.head());
        node.put("guarded", v.guarded());
        node.put("keyed", v.keyed());
        ArrayNode missing = node.putArray("missingHeads");
        v.missingHeads().forEach(h -> missing.add(h.toString()));
        Optional<AuditBreak> b = v.firstBreak();
        if (b.isPresent()) {
            ObjectNode at = node.putObject("break");
            at.put("kind", b.get().kind().name().toLowerCase(Locale.ROOT));
            at.put("entry", b.get().entry());
            at.put("lastEntry", b.get().lastEntry());
        } else {
            node.putNull("break");
        }
        return node;
    }

    public static String write(JsonNode node) {
        return InventoryJson.write(node);
    }

    /** Stored details as an object; text someone broke is shown as the text it is. */
    private static JsonNode details(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            return Json.mapper().getNodeFactory().textNode(text);
        }
    }
}
