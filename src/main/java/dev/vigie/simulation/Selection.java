package dev.vigie.simulation;

/** The k-th smallest of an array's first values in linear time on average, as a sort would give it but cheaper. */
final class Selection {

    private Selection() {
    }

    /**
     * The value that would be at index {@code k} if {@code values[0, n)} were sorted; reorders them.
     *
     * @throws IllegalArgumentException when {@code k} is not in {@code [0, n)}
     */
    static long kth(long[] values, int n, int k) {
        if (k < 0 || k >= n || n > values.length) {
            throw new IllegalArgumentException("no index " + k + " among " + n + " values");
        }
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            // Median of three: sorted or reversed input stays linear.
            int mid = (lo + hi) >>> 1;
            long pivot = medianOf(values[lo], values[mid], values[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = values[i];
                    values[i] = values[j];
                    values[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return values[k];
            }
        }
        return values[k];
    }

    private static long medianOf(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
