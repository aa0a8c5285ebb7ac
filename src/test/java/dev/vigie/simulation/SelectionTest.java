package dev.vigie.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.NotEmpty;
import net.jqwik.api.constraints.Size;

class SelectionTest {

    @Property(tries = 500)
    void givesWhatSortingWouldPutAtThatIndex(@ForAll @NotEmpty @Size(max = 200) List<@LongRange(min = -5, max = 5) Long> list,
                                             @ForAll @LongRange(min = 0, max = 1000) long position) {
        long[] values = list.stream().mapToLong(Long::longValue).toArray();
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int k = (int) (position % values.length);

        assertThat(Selection.kth(values, values.length, k)).isEqualTo(sorted[k]);
    }
}
