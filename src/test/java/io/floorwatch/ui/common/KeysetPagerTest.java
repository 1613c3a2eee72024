package io.floorwatch.ui.common;

import io.floorwatch.testkit.CurrentThreadTasks;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Keyset paging without a toolkit: older and newer pages by cursor, the page number, a failed read keeps the page. */
class KeysetPagerTest {
    /** 250 rows, newest (249) first; a page of 100 starts below its cursor. */
    private static final List<Integer> TABLE = IntStream.range(0, 250).map(i -> 249 - i).boxed().toList();

    private final List<KeysetPager.Loaded> loaded = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final List<Boolean> searchUsableWhileReading = new ArrayList<>();
    private boolean failNext;
    private KeysetPager<Integer, Integer> pager;

    private KeysetPager.Page<Integer, Integer> read(Integer before) {
        searchUsableWhileReading.add(pager.searchCommand().executableProperty().get());
        if (failNext) {
            throw new IllegalStateException("database closed");
        }
        List<Integer> rows = TABLE.stream().filter(v -> before == null || v < before).limit(100).toList();
        boolean more = !rows.isEmpty() && rows.get(rows.size() - 1) > 0;
        return new KeysetPager.Page<>(rows, more ? Optional.of(rows.get(rows.size() - 1)) : Optional.empty());
    }

    @Test
    void pagesGoOlderAndBackNewerByCursorAndAFailedReadKeepsWhatWasShown() {
        pager = new KeysetPager<>(new CurrentThreadTasks(), before -> () -> read(before), loaded::add,
                failure -> failures.add(failure.getMessage()));
        assertThat(pager.olderCommand().executableProperty().get()).isFalse();

        pager.searchCommand().execute();
        assertThat(pager.rows()).hasSize(100).startsWith(249);
        assertThat(pager.hasOlderProperty().get()).isTrue();
        assertThat(pager.hasNewerProperty().get()).isFalse();
        assertThat(pager.newerCommand().executableProperty().get()).isFalse();

        pager.olderCommand().execute();
        pager.olderCommand().execute();
        assertThat(pager.rows()).hasSize(50).startsWith(49).endsWith(0);
        assertThat(pager.hasOlderProperty().get()).isFalse();
        assertThat(loaded).containsExactly(new KeysetPager.Loaded(100, 1), new KeysetPager.Loaded(100, 2),
                new KeysetPager.Loaded(50, 3));

        pager.newerCommand().execute();
        assertThat(pager.rows()).hasSize(100).startsWith(149).endsWith(50);
        assertThat(loaded.get(loaded.size() - 1)).isEqualTo(new KeysetPager.Loaded(100, 2));
        assertThat(pager.hasOlderProperty().get()).isTrue();
        assertThat(pager.hasNewerProperty().get()).isTrue();

        failNext = true;
        pager.olderCommand().execute();
        assertThat(failures).containsExactly("database closed");
        assertThat(pager.rows()).as("the page shown stays").startsWith(149);
        failNext = false;
        pager.newerCommand().execute();
        assertThat(loaded.get(loaded.size() - 1)).as("a failed read moved no page")
                .isEqualTo(new KeysetPager.Loaded(100, 1));
        assertThat(searchUsableWhileReading).as("no second read starts while one runs").containsOnly(false);
    }
}
