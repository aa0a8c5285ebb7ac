package dev.vigie.drill;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Which files a sampled drill restores: a share of them, drawn at random with a given seed so that the same seed
 * draws the same files, and never none.
 */
public final class DrillSample {

    private DrillSample() {
    }

    /**
     * {@code percent} of {@code all} (rounded up, at least one when there is any), in their original order.
     *
     * @throws IllegalArgumentException when the percentage is not between 1 and 100
     */
    public static <T> List<T> choose(List<T> all, int percent, long seed) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("A sample is between 1 and 100 percent: " + percent);
        }
        if (percent == 100 || all.isEmpty()) {
            return List.copyOf(all);
        }
        int wanted = (int) Math.max(1, Math.ceil(all.size() * percent / 100.0));
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            indexes.add(i);
        }
        Collections.shuffle(indexes, new Random(seed));
        List<Integer> chosen = new ArrayList<>(indexes.subList(0, wanted));
        Collections.sort(chosen);
        return chosen.stream().map(all::get).toList();
    }
}
