package io.hfmine.analyzers.repos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RepositoryFilterTest {
  private final RepoSelectSettings shipped = RepositoryFixtures.shippedSettings();

  @Test
  void reportsTheFunnelStepByStepWithTheShippedRules() {
    List<FunnelStep> reported = new ArrayList<>();
    SelectionOutcome outcome = new RepositoryFilter(shipped, false, List.of("Blocked/Thing"))
        .select(RepositoryFixtures.population(), reported::add);

    assertThat(reported).isEqualTo(outcome.funnel());
    assertThat(outcome.funnel()).extracting(FunnelStep::rule, FunnelStep::remaining).containsExactly(
        tuple("repositories in the store", 19),
        tuple("still on GitHub (not 404/451)", 18),
        tuple("loads a model (a verified usage, not only a mention)", 18),
        tuple("not a fork", 17),
        tuple("not archived or disabled", 16),
        tuple("not on the exclusion list (1 name)", 15),
        tuple("primary language Python", 14),
        tuple("stars >= 10", 13),
        tuple("forks >= 5", 12),
        tuple("commits >= 50", 10),
        tuple("issues-total >= 10", 9),
        tuple("size-kb >= 100", 8),
        tuple("no tutorial keyword in name, description or topics", 7),
        tuple("no homework keyword in name, description or topics", 6),
        tuple("no course keyword in name, description or topics", 6),
        tuple("no coding-challenge keyword in name, description or topics", 6),
        tuple("no awesome-list keyword in name, description or topics", 5),
        tuple("no model-repository keyword in name, description or topics", 5),
        tuple("English description (undetermined kept)", 3));
    assertThat(outcome.funnel()).extracting(FunnelStep::step).containsExactly(
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18);
    assertThat(outcome.selected()).extracting(RepositoryCandidate::fullName)
        .containsExactly("acme-ml/caption-studio", "deepfield/qa-bot", "terse/ner-tool");
  }

  @Test
  void tellsWhyEachRepositoryWasDropped() {
    SelectionOutcome outcome = new RepositoryFilter(shipped, false, List.of()).select(RepositoryFixtures.population(), s -> { });

    assertThat(outcome.dropped())
        .containsEntry("unknown/commits", "step 9 (commits >= 50): commits unknown")
        .containsEntry("student/DL-Homework2", "step 13 (no homework keyword in name, description or topics): keyword 'homework'")
        .containsEntry("jdoe/awesome-diffusion",
            "step 16 (no awesome-list keyword in name, description or topics): keyword 'name:awesome'")
        .containsEntry("es/clasificador-tuits",
            "step 18 (English description (undetermined kept)): Spanish function words outnumber English ones (6 vs 0)");
    assertThat(outcome.dropped().get("zh/bert-chinese-classification")).contains("mostly Han script");
  }

  @Test
  void dropsUndeterminedDescriptionsWhenAsked() {
    RepoSelectSettings strict = new RepoSelectSettings(true, shipped.languages(), shipped.thresholds(), 1.0,
        shipped.excludeKeywords(), new RepoSelectSettings.English(true, 0.8, 3, false), List.of());
    SelectionOutcome outcome = new RepositoryFilter(strict, false, List.of("blocked/thing")).select(RepositoryFixtures.population(), s -> { });

    assertThat(outcome.selected()).extracting(RepositoryCandidate::fullName)
        .containsExactly("acme-ml/caption-studio", "deepfield/qa-bot");
  }

  @Test
  void leavesOutStepsTheConfigurationSwitchesOff() {
    Map<String, String> thresholds = new LinkedHashMap<>();
    thresholds.put("stars", "25");
    thresholds.put("forks", "off");
    RepoSelectSettings settings = new RepoSelectSettings(false, List.of(), thresholds, 1.0, Map.of(),
        new RepoSelectSettings.English(false, null, null, null), List.of());
    SelectionOutcome outcome = new RepositoryFilter(settings, false, List.of()).select(RepositoryFixtures.population(), s -> { });

    assertThat(outcome.funnel()).extracting(FunnelStep::rule).containsExactly("repositories in the store",
        "still on GitHub (not 404/451)", "not a fork", "not archived or disabled", "not on the exclusion list (0 names)",
        "stars >= 25");
    assertThat(outcome.selected()).hasSize(15);
  }

  @Test
  void picksAThresholdAtTheElbowOfProjectsLeft() {
    // 45 repositories at each star count 0..19, then a tail of 100 spread over 20..218
    List<RepositoryCandidate> repos = starPopulation();

    assertThat(RepositoryFilter.elbow(repos, RepositoryMetric.STARS, 1.0)).isEqualTo(OptionalLong.of(20));
  }

  @Test
  void theElbowFlagReplacesConfiguredMinimumsAndNamesThePickedValue() {
    Map<String, String> thresholds = new LinkedHashMap<>();
    thresholds.put("stars", "5");
    RepoSelectSettings settings = new RepoSelectSettings(false, List.of(), thresholds, 1.0, Map.of(),
        new RepoSelectSettings.English(false, null, null, null), List.of());

    SelectionOutcome outcome = new RepositoryFilter(settings, true, List.of()).select(starPopulation(), s -> { });

    assertThat(outcome.funnel().get(outcome.funnel().size() - 1)).isEqualTo(new FunnelStep(5, "stars >= 20 (elbow)", 100));
  }

  @Test
  void aMetricWithoutElbowIsReportedAndNotFiltered() {
    Map<String, String> thresholds = new LinkedHashMap<>();
    thresholds.put("forks", "elbow");
    RepoSelectSettings settings = new RepoSelectSettings(false, List.of(), thresholds, 1.0, Map.of(),
        new RepoSelectSettings.English(false, null, null, null), List.of());
    List<RepositoryCandidate> sameForks = List.of(RepositoryFixtures.healthy("a/one", "x"),
        RepositoryFixtures.healthy("a/two", "x"), RepositoryFixtures.healthy("a/three", "x"));

    SelectionOutcome outcome = new RepositoryFilter(settings, false, List.of()).select(sameForks, s -> { });

    assertThat(outcome.funnel().get(5)).isEqualTo(new FunnelStep(5, "forks: no elbow, not filtered", 3));
    assertThat(outcome.selected()).hasSize(3);
  }

  @Test
  void overridesReplaceAThresholdInPlaceAndAppendNewOnes() {
    Map<String, String> overrides = new LinkedHashMap<>();
    overrides.put("forks", "elbow");
    overrides.put("Watchers", "3");
    RepoSelectSettings settings = shipped.withOverrides(List.of("Jupyter Notebook"), overrides);

    assertThat(settings.thresholds().keySet()).containsExactly("stars", "forks", "commits", "issues-total", "size-kb",
        "watchers");
    assertThat(settings.thresholds()).containsEntry("forks", "elbow").containsEntry("watchers", "3");
    assertThat(settings.languages()).containsExactly("Jupyter Notebook");
    assertThat(shipped.withOverrides(List.of(), Map.of()).languages()).containsExactly("Python");
  }

  @Test
  void aBadThresholdNamesItsConfigurationKey() {
    RepoSelectSettings settings = new RepoSelectSettings(false, List.of(), Map.of("stars", "many"), 1.0, Map.of(), null, List.of());
    assertThatThrownBy(() -> new RepositoryFilter(settings, false, List.of()))
        .hasMessage("repos-select.thresholds.stars: expected a whole number, 'elbow' or 'off', got 'many'");
    RepoSelectSettings unknown = new RepoSelectSettings(false, List.of(), Map.of("likes", "3"), 1.0, Map.of(), null, List.of());
    assertThatThrownBy(() -> new RepositoryFilter(unknown, false, List.of()))
        .hasMessageStartingWith("repos-select.thresholds.likes: unknown repository metric 'likes'");
  }

  static List<RepositoryCandidate> starPopulation() {
    List<RepositoryCandidate> repos = new ArrayList<>();
    for (int stars = 0; stars < 20; stars++) {
      for (int i = 0; i < 45; i++) {
        repos.add(RepositoryFixtures.metric(RepositoryFixtures.healthy("head/s" + stars + "-" + i, "x"),
            RepositoryMetric.STARS, (long) stars));
      }
    }
    for (int k = 0; k < 100; k++) {
      repos.add(RepositoryFixtures.metric(RepositoryFixtures.healthy("tail/r" + k, "x"), RepositoryMetric.STARS, 20L + 2 * k));
    }
    return repos;
  }

  private static org.assertj.core.groups.Tuple tuple(String rule, long remaining) {
    return org.assertj.core.groups.Tuple.tuple(rule, remaining);
  }
}
