package dev.vigie.verify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The digests a verification computes; every Java runtime has them. */
final class Digests {

    private Digests() {
    }

    static MessageDigest md5() {
        return get("MD5");
    }

    static MessageDigest sha256() {
        return get("SHA-256");
    }

    static byte[] sha256(String text) {
        return sha256().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    static MessageDigest get(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has " + algorithm, e);
        }
    }
}
