package io.hfmine.analyzers.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.analyzers.patterns.PatternSettings.Algorithm;
import io.hfmine.analyzers.patterns.PatternSettings.GroupBy;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PatternBuilderTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
  private Store store;

  @BeforeEach
  void openStore() {
    store = Store.inMemory();
    List<Usage> usages = new ArrayList<>(HandWrittenUsages.usages());
    // A second model with too few usages to cluster.
    for (int i = 0; i < 3; i++) {
      usages.add(new Usage("g" + i, "kim/gen", "gen.py", 10 + i, "transformers", "transformers.pipeline", "pipeline",
          "gpt2", List.of("model"), List.of("transformers.pipeline", "generator"), "pipeline(model=\"gpt2\")"));
    }
    UsageRows.insert(store, usages);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  private long count(String sql) {
    return store.read(connection -> {
      try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
        rows.next();
        return rows.getLong(1);
      }
    });
  }

  @Test
  void storesPatternsOfEveryGroupAndReportsSmallOnes() {
    PatternBuilder.Report report = new PatternBuilder(store, KnownGroupsValidationTest.defaults(), null, CLOCK)
        .build(List.of(), Progress.NONE);

    assertThat(report.groups()).extracting(PatternBuilder.BuiltGroup::key).containsExactly("bert-base-uncased", "gpt2");
    assertThat(report.groups().get(0).patterns()).isEqualTo(4);
    assertThat(report.groups().get(1).status()).isEqualTo(GroupPatterns.Status.TOO_SMALL);
    assertThat(count("SELECT count(*) FROM patterns WHERE group_key = 'bert-base-uncased'")).isEqualTo(4);
    assertThat(count("SELECT count(*) FROM pattern_members WHERE group_key = 'bert-base-uncased'")).isEqualTo(33);
    assertThat(count("SELECT count(*) FROM pattern_groups WHERE status = 'too-small' AND group_key = 'gpt2'"))
        .isEqualTo(1);
    assertThat(count("SELECT chosen_k FROM pattern_groups WHERE group_key = 'bert-base-uncased'")).isEqualTo(4);
  }

  @Test
  void rebuildingReplacesAGroupInsteadOfAddingToIt() {
    PatternBuilder builder = new PatternBuilder(store, KnownGroupsValidationTest.defaults(), null, CLOCK);
    builder.build(List.of("bert-base-uncased"), Progress.NONE);
    new PatternBuilder(store, KnownGroupsValidationTest.defaults().withAlgorithm(Algorithm.HIERARCHICAL), null, CLOCK)
        .build(List.of("bert-base-uncased"), Progress.NONE);

    assertThat(count("SELECT count(*) FROM pattern_groups")).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM pattern_members")).isEqualTo(33);
    assertThat(count("SELECT count(*) FROM pattern_groups WHERE algorithm = 'hierarchical'")).isEqualTo(1);
  }

  @Test
  void storedPatternsReadBackWithRepresentativesAndNeighbours() {
    new PatternBuilder(store, KnownGroupsValidationTest.defaults(), null, CLOCK).build(List.of(), Progress.NONE);

    StoredGroup group = new PatternCatalog(store).group(GroupBy.MODEL, "bert-base-uncased");

    assertThat(group.header().status()).isEqualTo("clustered");
    assertThat(group.header().builtAt()).isEqualTo("2026-11-20T10:00:00Z");
    assertThat(group.patterns()).hasSize(4);
    StoredGroup.Pattern first = group.patterns().get(0);
    assertThat(first.number()).isEqualTo(1);
    assertThat(first.representative().snippet()).isNotBlank();
    assertThat(first.nearest()).hasSize(5);
    assertThat(first.sequence()).isNotEmpty();
  }

  @Test
  void resumingSkipsGroupsAlreadyBuiltWithTheSameAlgorithm() {
    PatternBuilder builder = new PatternBuilder(store, KnownGroupsValidationTest.defaults(), null, CLOCK);
    builder.build(List.of("bert-base-uncased"), Progress.NONE);

    PatternBuilder.Report resumed = builder.build(List.of(), true, Progress.NONE);
    PatternBuilder.Report otherAlgorithm = new PatternBuilder(store,
        KnownGroupsValidationTest.defaults().withAlgorithm(Algorithm.DBSCAN), null, CLOCK).build(List.of(), true,
        Progress.NONE);

    assertThat(resumed.groups()).extracting(PatternBuilder.BuiltGroup::key).containsExactly("gpt2");
    // Both groups are stored as k-means now, so DBSCAN rebuilds both.
    assertThat(otherAlgorithm.groups()).extracting(PatternBuilder.BuiltGroup::key)
        .containsExactly("bert-base-uncased", "gpt2");
  }

  @Test
  void dbscanNoiseIsStoredWithoutAPatternAndReadBack() {
    new PatternBuilder(store, KnownGroupsValidationTest.defaults().withAlgorithm(Algorithm.DBSCAN), null, CLOCK)
        .build(List.of("bert-base-uncased"), Progress.NONE);

    StoredGroup group = new PatternCatalog(store).group(GroupBy.MODEL, "bert-base-uncased");

    long noise = count("SELECT count(*) FROM pattern_members WHERE pattern IS NULL");
    assertThat(noise).isPositive();
    assertThat(group.header().noise()).isEqualTo((int) noise);
    assertThat(group.noise()).hasSize((int) noise);
    assertThat(count("SELECT count(*) FROM pattern_members")).isEqualTo(33);
  }

  @Test
  void groupsByLibraryWhenAsked() {
    PatternBuilder.Report report = new PatternBuilder(store,
        KnownGroupsValidationTest.defaults().withGroupBy(GroupBy.LIBRARY), null, CLOCK).build(List.of(), Progress.NONE);

    assertThat(report.groups()).extracting(PatternBuilder.BuiltGroup::key).containsExactly("transformers");
    assertThat(count("SELECT count(*) FROM pattern_groups WHERE group_by = 'library'")).isEqualTo(1);
  }

  @Test
  void summariesComeFromTheChatModelWhenEnabled() {
    PatternSettings settings = KnownGroupsValidationTest.defaults().withSummaryEnabled(true);
    PatternBuilder.Report report = new PatternBuilder(store, settings,
        request -> request.user().contains("pipeline") ? "Fills masked words with a pipeline." : "", CLOCK)
        .build(List.of("bert-base-uncased"), Progress.NONE);

    assertThat(count("SELECT count(*) FROM patterns WHERE summary = 'Fills masked words with a pipeline.'"))
        .isEqualTo(1);
    assertThat(report.summaryProblems()).hasSize(3)
        .allSatisfy(problem -> assertThat(problem).endsWith("the chat model gave an empty answer"));
  }

  @Test
  void unknownModelIsAnErrorNamingIt() {
    PatternBuilder builder = new PatternBuilder(store, KnownGroupsValidationTest.defaults(), null, CLOCK);

    assertThatThrownBy(() -> builder.build(List.of("no/such-model"), Progress.NONE))
        .hasMessageStartingWith("no usages with model_id [no/such-model]");
    assertThat(count("SELECT count(*) FROM pattern_groups")).isZero();
  }
}
