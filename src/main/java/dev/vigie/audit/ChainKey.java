package dev.vigie.audit;

import java.util.Arrays;
import java.util.Objects;

/**
 * The secret that keys the audit chain, and the first entry it keys. Entries before {@code since} were written
 * before the chain was keyed and keep their plain SHA-256 hashes; from {@code since} on, every entry must carry an
 * HMAC made with the secret, which lives outside the database: whoever holds only the database cannot re-chain it.
 *
 * @param secret the HMAC-SHA256 key
 * @param since  the sequence number of the first keyed entry
 */
public record ChainKey(byte[] secret, long since) {

    public ChainKey {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < 16) {
            throw new IllegalArgumentException("An audit key has at least 16 bytes");
        }
        if (since < 1) {
            throw new IllegalArgumentException("since must be at least 1");
        }
        secret = secret.clone();
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    /** Whether the entry numbered {@code seq} is keyed. */
    public boolean keys(long seq) {
        return seq >= since;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChainKey k && k.since == since && Arrays.equals(k.secret, secret);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(secret) + Long.hashCode(since);
    }

    @Override
    public String toString() {
        return "ChainKey[since=" + since + "]";
    }
}
