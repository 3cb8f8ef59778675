package no.varcat.catalog.dcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How a page of registers is cut into parts of at most so many variables. */
class HealthPageTest {

    @Test
    void registersThatFitShareAPartAndALargeOneRunsOnIntoTheNext() {
        List<List<ColumnSlice>> parts = HealthPage.cut(List.of("a", "b", "c", "d"), Map.of("a", 2L, "c", 7L, "d", 1L), 4);

        assertThat(parts).containsExactly(
                List.of(new ColumnSlice("a", 2, 0, 2), new ColumnSlice("b", 0, 0, 0), new ColumnSlice("c", 7, 0, 2)),
                List.of(new ColumnSlice("c", 7, 2, 4)),
                List.of(new ColumnSlice("c", 7, 6, 1), new ColumnSlice("d", 1, 0, 1)));
        assertThat(parts).allSatisfy(part -> assertThat(part.stream().mapToInt(ColumnSlice::size).sum()).isLessThanOrEqualTo(4));
    }

    @Test
    void aPageThatFitsIsOnePartAndAnEmptyPageOneEmptyPart() {
        assertThat(HealthPage.cut(List.of("a", "b"), Map.of("a", 3L, "b", 1L), 4)).containsExactly(
                List.of(new ColumnSlice("a", 3, 0, 3), new ColumnSlice("b", 1, 0, 1)));
        assertThat(HealthPage.cut(List.of(), Map.of(), 4)).containsExactly(List.of());
        assertThat(HealthPage.cut(List.of("a"), Map.of("a", 4L), 4)).hasSize(1);
        assertThatThrownBy(() -> HealthPage.cut(List.of("a"), Map.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
