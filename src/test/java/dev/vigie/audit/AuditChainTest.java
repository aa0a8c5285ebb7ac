package dev.vigie.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The chain's hash, pinned to values computed outside Java, and what each kind of tampering looks like. */
class AuditChainTest {

    private static final Instant T = Instant.parse("2026-11-21T08:00:00Z");

    @Test
    void theCanonicalFormIsSevenNetstrings() {
        byte[] form = AuditChain.canonical(1, T, "marie", "consent.grant", "anna", "{}");

        assertThat(new String(form, StandardCharsets.UTF_8))
                .isEqualTo("13:vigie-audit-1,1:1,24:2026-11-21T08:00:00.000Z,5:marie,13:consent.grant,4:anna,2:{},");
    }

    @Test
    void theHashIsSha256OfThePreviousHashAsANetstringThenTheCanonicalForm() {
        // Computed with Python's hashlib from the README's definition.
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, T, "marie", "consent.grant", "anna", "{}"))
                .isEqualTo("e1611525c1cea930fd5b48c3d22a9cdda93412b03507a4e581ed7534224395e2");
    }

    @Test
    void lengthsCountUtf8BytesNotCharacters() {
        assertThat(new String(AuditChain.canonical(1, T, "zoé", "consent.grant", "anna", "{}"),
                StandardCharsets.UTF_8)).contains(",4:zoé,");
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, T, "zoé", "consent.grant", "anna", "{}"))
                .isEqualTo("5231b38ec8086609b58bee8515eedf85a4de60a1e3d3bc286be72a42649b9380");
    }

    @Test
    void anUntouchedChainHasNoBreak() {
        assertThat(AuditChain.firstBreak(chain(5))).isEmpty();
        assertThat(AuditChain.firstBreak(List.of())).isEmpty();
    }

    @Test
    void anEditedEntryIsNamed() {
        List<AuditEntry> entries = chain(5);
        AuditEntry third = entries.get(2);
        entries.set(2, new AuditEntry(third.seq(), third.time(), third.actor(), third.action(), third.subject(),
                "{\"allowed\":true}", third.prevHash(), third.hash()));

        assertThat(AuditChain.firstBreak(entries)).contains(AuditBreak.at(AuditBreak.Kind.EDITED, 3));
    }

    @Test
    void anEditOfTheFirstEntryIsNamed() {
        List<AuditEntry> entries = chain(3);
        AuditEntry first = entries.get(0);
        entries.set(0, new AuditEntry(1, first.time().plusSeconds(1), first.actor(), first.action(),
                first.subject(), first.details(), first.prevHash(), first.hash()));

        assertThat(AuditChain.firstBreak(entries)).contains(AuditBreak.at(AuditBreak.Kind.EDITED, 1));
    }

    @Test
    void deletedEntriesAreNamedByTheirNumbers() {
        List<AuditEntry> one = chain(5);
        one.remove(2);
        List<AuditEntry> two = chain(5);
        two.remove(2);
        two.remove(2);
        List<AuditEntry> first = chain(3);
        first.remove(0);

        assertThat(AuditChain.firstBreak(one)).contains(AuditBreak.at(AuditBreak.Kind.DELETED, 3));
        assertThat(AuditChain.firstBreak(two)).contains(new AuditBreak(AuditBreak.Kind.DELETED, 3, 4));
        assertThat(AuditChain.firstBreak(first)).contains(AuditBreak.at(AuditBreak.Kind.DELETED, 1));
    }

    @Test
    void anEntrySlippedInAndTheRestRenumberedIsNamedInserted() {
        List<AuditEntry> entries = chain(5);
        AuditEntry forged = AuditChain.next(Optional.of(entries.get(1)), T, "mallory", "access.allowed", "anna",
                "{}");
        List<AuditEntry> tampered = new ArrayList<>(entries.subList(0, 2));
        tampered.add(forged);
        for (AuditEntry e : entries.subList(2, 5)) {
            tampered.add(new AuditEntry(e.seq() + 1, e.time(), e.actor(), e.action(), e.subject(), e.details(),
                    e.prevHash(), e.hash()));
        }

        assertThat(AuditChain.firstBreak(tampered)).contains(AuditBreak.at(AuditBreak.Kind.INSERTED, 3));
    }

    @Test
    void twoEntriesSwappedAreNamedReordered() {
        List<AuditEntry> entries = chain(5);
        AuditEntry third = entries.get(2);
        AuditEntry fourth = entries.get(3);
        entries.set(2, renumbered(fourth, 3));
        entries.set(3, renumbered(third, 4));

        assertThat(AuditChain.firstBreak(entries)).contains(AuditBreak.at(AuditBreak.Kind.REORDERED, 3));
    }

    @Test
    void anEntryRewrittenWithAFreshHashBreaksTheChainAtTheNextOne() {
        List<AuditEntry> entries = chain(5);
        AuditEntry second = entries.get(1);
        entries.set(1, AuditChain.next(Optional.of(entries.get(0)), second.time(), second.actor(), second.action(),
                second.subject(), "{\"allowed\":true}"));

        assertThat(AuditChain.firstBreak(entries)).contains(AuditBreak.at(AuditBreak.Kind.BROKEN, 3));
    }

    private static AuditEntry renumbered(AuditEntry e, long seq) {
        return new AuditEntry(seq, e.time(), e.actor(), e.action(), e.subject(), e.details(), e.prevHash(),
                e.hash());
    }

    /** Entries 1..n, each a denied access to a different contact, a minute apart. */
    static List<AuditEntry> chain(int n) {
        List<AuditEntry> entries = new ArrayList<>();
        Optional<AuditEntry> last = Optional.empty();
        for (int i = 0; i < n; i++) {
            AuditEntry e = AuditChain.next(last, T.plusSeconds(60L * i), "marie", "access.denied", "contact-" + i,
                    "{\"allowed\":false}");
            entries.add(e);
            last = Optional.of(e);
        }
        return entries;
    }
}
