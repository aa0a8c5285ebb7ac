package dev.vigie.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Texts are parsed once and used as copies: what they say must be what a fresh MessageFormat says, on any thread. */
class MessagesTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

    @Test
    void everyTextWithNumbersSaysWhatAFreshFormatSaysTheFirstTimeAndEveryTimeAfter() {
        int compared = 0;
        for (Locale language : LANGUAGES) {
            Messages messages = Messages.of(language);
            for (String key : Collections.list(messages.bundle().getKeys())) {
                MessageFormat fresh = new MessageFormat(messages.bundle().getString(key), language);
                int places = fresh.getFormatsByArgumentIndex().length;
                if (places == 0) {
                    continue;
                }
                for (long value : new long[] {0, 1, 2, 1_234_567}) {
                    Object[] args = new Object[places];
                    java.util.Arrays.fill(args, value);
                    String expected = new MessageFormat(messages.bundle().getString(key), language).format(args);
                    assertThat(messages.get(key, args)).as(language + " " + key + " " + value).isEqualTo(expected);
                    assertThat(messages.get(key, args)).as("again").isEqualTo(expected);
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(400);
    }

    @Test
    void aCountGivenAsTextStillGoesIntoItsPluralAndATextThatIsNoNumberIsShownAsItIs() {
        Messages messages = Messages.of(Locale.ENGLISH);
        String key = pluralKey(messages);
        MessageFormat fresh = new MessageFormat(messages.bundle().getString(key), Locale.ENGLISH);
        assertThat(messages.get(key, "1")).isEqualTo(fresh.format(new Object[] {1L}));
        assertThat(messages.get(key, "3")).isEqualTo(fresh.format(new Object[] {3L}));
        // Not a number: the copy loses its number format, the parsed text keeps it for the next call.
        assertThat(messages.get(key, "several")).contains("several");
        assertThat(messages.get(key, "3")).isEqualTo(fresh.format(new Object[] {3L}));
    }

    @Test
    void manyThreadsFormattingAtOnceEachGetTheirOwnText() throws Exception {
        Messages messages = Messages.of(Locale.FRENCH);
        String key = pluralKey(messages);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    List<String> wrong = new ArrayList<>();
                    for (long i = 0; i < 5_000; i++) {
                        long value = i * 4 + thread;
                        String expected = new MessageFormat(messages.bundle().getString(key), Locale.FRENCH)
                                .format(new Object[] {value});
                        String said = messages.get(key, value);
                        if (!said.equals(expected)) {
                            wrong.add(value + ": " + said + " instead of " + expected);
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A text of one counted place, worded by the count ("1 backup", "3 backups"). */
    private static String pluralKey(Messages messages) {
        return Collections.list(messages.bundle().getKeys()).stream().sorted()
                .filter(k -> {
                    String pattern = messages.bundle().getString(k);
                    return pattern.contains("{0,choice") && !pattern.contains("{1");
                })
                .findFirst().orElseThrow();
    }
}
