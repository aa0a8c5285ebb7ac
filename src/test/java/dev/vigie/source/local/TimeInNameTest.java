package dev.vigie.source.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeInNameTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "nas-2026-11-20.zip                     | 2026-11-20T00:00 | false | false",
        "backup_20261120.tar.gz                 | 2026-11-20T00:00 | false | false",
        "db-20261120-020000.sql.gz              | 2026-11-20T02:00 | true  | false",
        "2026-11-20_02-00                       | 2026-11-20T02:00 | true  | false",
        "snap-2026-11-20T0200                   | 2026-11-20T02:00 | true  | false",
        "2026-11-20-021500                      | 2026-11-20T02:15 | true  | false",
        "2026-11-20-021530.backup               | 2026-11-20T02:15:30 | true | false",
        "report (2026_11_20 02_15_00 UTC).docx  | 2026-11-20T02:15 | true  | true",
        "export 2026_11_20.csv                  | 2026-11-20T00:00 | false | false",
        "dump-2026-11-20T02:30:45.sql           | 2026-11-20T02:30:45 | true | false",
    })
    void readsTheTimeEachBackupToolPutsInItsNames(String name, String expected, boolean hasTime, boolean utc) {
        TimeInName.Found found = TimeInName.find(name.strip()).orElseThrow();
        assertThat(found.local()).isEqualTo(LocalDateTime.parse(expected));
        assertThat(found.hasTime()).isEqualTo(hasTime);
        assertThat(found.utc()).isEqualTo(utc);
    }

    @ParameterizedTest
    @ValueSource(strings = {"README.txt", "photo-12345678.jpg", "2026-13-45.zip", "v20.1.tar", "daily.0",
        "id-202611201.bin", "invoice-99991231.pdf"})
    void namesWithoutARealDateCarryNoTime(String name) {
        assertThat(TimeInName.find(name)).isEmpty();
    }
}
