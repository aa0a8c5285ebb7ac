package dev.vigie.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.health.CloudCopies.CloudCopy;
import dev.vigie.health.CloudCopies.CopyFile;
import dev.vigie.health.CloudCopies.State;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CloudCopiesTest {

    @Test
    void sameNameSizeAndMd5MatchesAndAnotherMd5Differs() {
        Map<String, List<CopyFile>> local = new LinkedHashMap<>();
        local.put("a.zip", List.of(new CopyFile("a.zip", 10, Optional.of("AAAA"))));
        local.put("b.zip", List.of(new CopyFile("b.zip", 10, Optional.of("bbbb"))));
        local.put("c.zip", List.of(new CopyFile("c.zip", 10, Optional.empty())));
        Map<String, List<CopyFile>> cloud = new LinkedHashMap<>();
        cloud.put("a.zip", List.of(new CopyFile("a.zip", 10, Optional.of("aaaa"))));
        cloud.put("b.zip", List.of(new CopyFile("b.zip", 10, Optional.of("cccc"))));
        cloud.put("d.zip", List.of(new CopyFile("d.zip", 5, Optional.empty())));

        List<CloudCopy> copies = CloudCopies.compare(local, cloud);

        assertThat(copies).extracting(CloudCopy::backup, CloudCopy::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a.zip", State.MATCHES),
                org.assertj.core.groups.Tuple.tuple("b.zip", State.DIFFERS),
                org.assertj.core.groups.Tuple.tuple("c.zip", State.ONLY_LOCAL),
                org.assertj.core.groups.Tuple.tuple("d.zip", State.ONLY_CLOUD));
        assertThat(copies.get(0).md5Compared()).isEqualTo(1);
    }

    @Test
    void aFolderBackupDiffersWhenAFileIsMissingOrOfAnotherSize() {
        Map<String, List<CopyFile>> local = Map.of("2026-11-20", List.of(
                new CopyFile("2026-11-20/db.sql", 100, Optional.empty()),
                new CopyFile("2026-11-20/files.tar", 900, Optional.empty())));
        Map<String, List<CopyFile>> cloud = Map.of("2026-11-20", List.of(
                new CopyFile("2026-11-20/db.sql", 99, Optional.empty())));

        CloudCopy copy = CloudCopies.compare(local, cloud).get(0);

        assertThat(copy.state()).isEqualTo(State.DIFFERS);
        assertThat(copy.differences()).containsExactly("2026-11-20/db.sql", "2026-11-20/files.tar");
    }
}
