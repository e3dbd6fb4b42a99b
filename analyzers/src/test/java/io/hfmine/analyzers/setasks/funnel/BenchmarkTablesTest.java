package io.hfmine.analyzers.setasks.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchmarkTablesTest {
  private final BenchmarkTables tables = new BenchmarkTables(Map.of(
      "HumanEval", List.of("humaneval", "human-eval"), "HumanEval+", List.of("humaneval+"), "MBPP", List.of("mbpp")));

  @Test
  void aRowNamingABenchmarkGivesItsNumbersUnderTheColumnHeaders() {
    List<BenchmarkTables.Result> results = tables.extract("""
        | Benchmark | pass@1 | pass@10 |
        |-----------|--------|---------|
        | **HumanEval** | 38.4 | 61.0% |
        | HumanEval+ | 33.0 | n/a |
        | Spider | 12 | 13 |
        """);
    assertThat(results).extracting(r -> r.benchmark() + " " + r.metric() + " " + r.value())
        .containsExactly("HumanEval pass@1 38.4", "HumanEval pass@10 61.0", "HumanEval+ pass@1 33.0");
  }

  @Test
  void aHeaderNamingBenchmarksGivesEachRowsNumberUnderIt() {
    List<BenchmarkTables.Result> results = tables.extract("""
        | Model | HumanEval | MBPP |
        |---|---|---|
        | ours-7b | 40.1 | 45 |
        """);
    assertThat(results).extracting(r -> r.benchmark() + " " + r.metric() + " " + r.value())
        .containsExactly("HumanEval ours-7b 40.1", "MBPP ours-7b 45.0");
  }

  @Test
  void textOutsideTablesAndUnknownNamesGiveNothing() {
    assertThat(tables.extract("We score 38.4 on HumanEval.\n\n| a | b |\n|---|---|\n| other | 1 |")).isEmpty();
  }
}
