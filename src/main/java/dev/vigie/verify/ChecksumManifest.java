package dev.vigie.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A checksum list next to backups, as {@code sha256sum} and {@code md5sum} write and {@code -c} reads it:
 * {@code SHA256SUMS}, {@code *.sha256}, {@code MD5SUMS}, {@code *.md5}. A line is {@code HASH  NAME} (text mode) or
 * {@code HASH *NAME} (binary mode), or the BSD form {@code SHA256 (NAME) = HASH} that {@code --tag} writes; a line
 * that starts with a backslash has {@code \\} and {@code \n} escapes in its name. A {@code NAME.sha256} file may
 * hold the hash alone: it is then the hash of {@code NAME}. Blank lines and {@code #} comments are skipped.
 *
 * @param algorithm the digest named by the file name
 * @param entries   the files listed, with names relative to the manifest's folder
 * @param malformed how many lines were in none of those forms
 */
record ChecksumManifest(Algorithm algorithm, List<Entry> entries, int malformed) {

    /** The two digests of the GNU tools Vigie reads lists of. */
    enum Algorithm {
        SHA256("SHA-256", 64, "SHA256"),
        MD5("MD5", 32, "MD5");

        private final String javaName;
        private final int hexDigits;
        private final String tag;

        Algorithm(String javaName, int hexDigits, String tag) {
            this.javaName = javaName;
            this.hexDigits = hexDigits;
            this.tag = tag;
        }

        /** The name shown to users and known to {@link java.security.MessageDigest}. */
        String displayName() {
            return javaName;
        }

        java.security.MessageDigest newDigest() {
            return Digests.get(javaName);
        }
    }

    /** One listed file and its expected digest. */
    record Entry(String name, byte[] digest) {
    }

    ChecksumManifest {
        entries = List.copyOf(entries);
    }

    /** The algorithm of a manifest of this file name, when it is one. */
    static Optional<Algorithm> algorithmOf(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.equals("sha256sums") || n.endsWith(".sha256") && n.length() > ".sha256".length()) {
            return Optional.of(Algorithm.SHA256);
        }
        if (n.equals("md5sums") || n.endsWith(".md5") && n.length() > ".md5".length()) {
            return Optional.of(Algorithm.MD5);
        }
        return Optional.empty();
    }

    /** Reads a manifest named {@code fileName} from {@code in}, line by line. */
    static ChecksumManifest read(String fileName, InputStream in) throws IOException {
        Algorithm algorithm = algorithmOf(fileName).orElseThrow();
        Pattern gnu = Pattern.compile("([0-9a-fA-F]{" + algorithm.hexDigits + "}) [ *](.+)");
        Pattern bsd = Pattern.compile(algorithm.tag + " ?\\((.+)\\) ?= ?([0-9a-fA-F]{" + algorithm.hexDigits + "})");
        Pattern bare = Pattern.compile("[0-9a-fA-F]{" + algorithm.hexDigits + "}");
        String dot = fileName.toLowerCase(Locale.ROOT).endsWith(".sha256") ? ".sha256" : ".md5";
        Optional<String> implied = fileName.toLowerCase(Locale.ROOT).endsWith(dot)
                ? Optional.of(fileName.substring(0, fileName.length() - dot.length())) : Optional.empty();

        List<Entry> entries = new ArrayList<>();
        int malformed = 0;
        // Decoding replaces bytes that are not UTF-8 rather than failing: such a name then matches no file.
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                boolean escaped = text.startsWith("\\");
                String body = escaped ? text.substring(1) : text;
                Matcher m = gnu.matcher(body);
                Matcher b = bsd.matcher(body);
                Optional<Entry> entry = Optional.empty();
                if (m.matches()) {
                    entry = entry(m.group(2), m.group(1), escaped);
                } else if (b.matches()) {
                    entry = entry(b.group(1), b.group(2), escaped);
                } else if (implied.isPresent() && bare.matcher(body.strip()).matches()) {
                    entry = entry(implied.get(), body.strip(), false);
                }
                if (entry.isPresent()) {
                    entries.add(entry.get());
                } else {
                    malformed++;
                }
            }
        }
        return new ChecksumManifest(algorithm, entries, malformed);
    }

    private static Optional<Entry> entry(String name, String hex, boolean escaped) {
        Optional<String> unescaped = escaped ? unescape(name) : Optional.of(name);
        return unescaped.map(n -> new Entry(n, HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT))));
    }

    /** GNU's escapes in a name: {@code \\} and {@code \n}; any other escape makes the line malformed. */
    private static Optional<String> unescape(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i >= name.length()) {
                return Optional.empty();
            }
            char next = name.charAt(i);
            if (next == '\\') {
                out.append('\\');
            } else if (next == 'n') {
                out.append('\n');
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(out.toString());
    }
}
