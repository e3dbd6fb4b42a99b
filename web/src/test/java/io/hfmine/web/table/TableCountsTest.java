package io.hfmine.web.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.web.pages.usages.UsageTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TableCountsTest {
  private static final TableDefinition USAGES = UsageTable.definition();

  private static TableRequest filtered(String... parametersAndValues) {
    Map<String, String> filters = new LinkedHashMap<>();
    for (int i = 0; i + 1 < parametersAndValues.length; i += 2) {
      filters.put(parametersAndValues[i], parametersAndValues[i + 1]);
    }
    return new TableRequest(filters, null, null);
  }

  @Test
  void aCountIsHeldPerFilterSetWhateverTheOrderPageOrParameterSequenceUntilCleared() throws Exception {
    TableCounts counts = new TableCounts(10);
    AtomicInteger counted = new AtomicInteger();
    TableCounts.Counter counter = () -> new TableCounts.Counted(counted.incrementAndGet(), Map.of());
    assertThat(counts.get(USAGES, filtered("library", "timm", "model", "m/1"), counter).total()).isEqualTo(1);
    TableRequest sameFiltersOtherPage = new TableRequest(filtered("model", "m/1", "library", "timm").filters(),
        "repository", "cursor");
    assertThat(counts.get(USAGES, sameFiltersOtherPage, counter).total()).isEqualTo(1);
    assertThat(counts.get(USAGES, filtered("library", "timm"), counter).total()).isEqualTo(2);
    counts.clear();
    assertThat(counts.size()).isZero();
    assertThat(counts.get(USAGES, filtered("library", "timm", "model", "m/1"), counter).total()).isEqualTo(3);
  }

  @Test
  void aCountTakenWhileTheStoreWasWrittenIsAnsweredButNotKept() throws Exception {
    TableCounts counts = new TableCounts(10);
    TableCounts.Counted answered = counts.get(USAGES, filtered(), () -> {
      counts.clear();
      return new TableCounts.Counted(7, Map.of("library", List.of(new TableResult.FacetValue("timm", 7))));
    });
    assertThat(answered.total()).isEqualTo(7);
    assertThat(counts.size()).isZero();
  }

  @Test
  void theLeastRecentlyUsedCountsGoFirstBeyondTheCapacity() throws Exception {
    TableCounts counts = new TableCounts(2);
    AtomicInteger counted = new AtomicInteger();
    TableCounts.Counter counter = () -> new TableCounts.Counted(counted.incrementAndGet(), Map.of());
    counts.get(USAGES, filtered("model", "a"), counter);
    counts.get(USAGES, filtered("model", "b"), counter);
    counts.get(USAGES, filtered("model", "a"), counter);
    counts.get(USAGES, filtered("model", "c"), counter);
    assertThat(counts.size()).isEqualTo(2);
    assertThat(counts.get(USAGES, filtered("model", "a"), counter).total()).isEqualTo(1);
    assertThat(counts.get(USAGES, filtered("model", "b"), counter).total()).isEqualTo(4);
  }
}
