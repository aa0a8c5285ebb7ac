package dev.vigie.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The build's record of the release: the pom's version and generated notices, not hand-written ones. */
class ReleaseInfoTest {

    @Test
    void versionIsThePoms() throws IOException {
        Matcher m = Pattern.compile("<artifactId>vigie</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).isTrue();
        assertThat(ReleaseInfo.version()).isEqualTo(m.group(1));
    }

    @Test
    void noticesNameEveryBundledLibraryWithItsLicence() {
        assertThat(ReleaseInfo.thirdPartyNotices()).hasValueSatisfying(notices -> assertThat(notices)
                .contains("(org.openjfx:javafx-controls:", "(org.xerial:sqlite-jdbc:", "(info.picocli:picocli:",
                        "(com.google.api-client:google-api-client:", "Apache", "MIT")
                .doesNotContain("junit", "assertj", "testfx"));
    }

    @Test
    void licenceIsShownOnlyWhenTheProjectHasOne() {
        assertThat(ReleaseInfo.licence().isPresent()).isEqualTo(Files.exists(Path.of("LICENSE")));
    }
}
