package dev.vigie.verify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a verification did with one backup set, besides its findings.
 *
 * @param backup       the set's name
 * @param files        how many of its files were looked at
 * @param fullyChecked how many of those had their full checks (every byte of a checksummed file read)
 * @param bytes        the size of the files looked at
 * @param facts        what was learnt about the set. For an iPhone backup: {@code encrypted}, {@code whatsapp} and
 *                     {@code whatsappBusiness} (booleans: whether the app's {@code ChatStorage.sqlite} is in the
 *                     backup, found by its stored name, so also in encrypted backups)
 */
public record CheckedSet(String backup, int files, int fullyChecked, long bytes, Map<String, Object> facts) {

    public CheckedSet {
        Objects.requireNonNull(backup, "backup");
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }
}
