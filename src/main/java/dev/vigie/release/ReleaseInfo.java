package dev.vigie.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * What the build wrote about this release of Vigie: the pom's version (a filtered resource), the licence (when the
 * project has a LICENSE file) and the third-party notices of the bundled libraries (license-maven-plugin).
 */
public final class ReleaseInfo {

    private static final String FOLDER = "/dev/vigie/release/";
    /** Shown when the resources were not filtered by Maven (an IDE's own build, say). */
    public static final String UNKNOWN_VERSION = "dev";

    private ReleaseInfo() {
    }

    /** The pom's version, such as {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = ReleaseInfo.class.getResourceAsStream(FOLDER + "release.properties")) {
            if (in == null) {
                return UNKNOWN_VERSION;
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Vigie's release.properties", e);
        }
        String version = p.getProperty("version", "").strip();
        return version.isEmpty() || version.startsWith("${") ? UNKNOWN_VERSION : version;
    }

    /** The project's licence text, when the project has a LICENSE file. */
    public static Optional<String> licence() {
        return text("LICENSE");
    }

    /** One line per bundled library: its licence, name, coordinates and address. */
    public static Optional<String> thirdPartyNotices() {
        return text("THIRD-PARTY.txt").map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Optional<String> text(String name) {
        try (InputStream in = ReleaseInfo.class.getResourceAsStream(FOLDER + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Vigie's " + name, e);
        }
    }
}
