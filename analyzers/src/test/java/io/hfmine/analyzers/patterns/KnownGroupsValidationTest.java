package io.hfmine.analyzers.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.patterns.PatternSettings.Algorithm;
import io.hfmine.analyzers.patterns.PatternSettings.GroupBy;
import io.hfmine.datasets.config.Config;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import smile.validation.metric.AdjustedRandIndex;
import smile.validation.metric.NormalizedMutualInformation;

/**
 * Clusters hand-written usages whose groups a person assigned, and compares with Smile's
 * adjusted Rand index and NMI. Thresholds: ARI and NMI at least 0.9 for k-means and hierarchical
 * clustering; DBSCAN, which may leave odd usages as noise, at least 0.8 on the usages it clusters.
 */
class KnownGroupsValidationTest {
  private static final double THRESHOLD = 0.9;

  static PatternSettings defaults() {
    return Config.defaults().section("patterns", PatternSettings.class).validated();
  }

  static int[] labelsOf(GroupPatterns group, List<Usage> usages) {
    Map<String, Integer> label = new HashMap<>();
    for (Usage usage : usages) {
      label.put(usage.usageId(), -1);
    }
    for (UsagePattern pattern : group.patterns()) {
      for (UsagePattern.Neighbour member : pattern.members()) {
        label.put(member.usage().usageId(), pattern.number());
      }
    }
    return usages.stream().mapToInt(usage -> label.get(usage.usageId())).toArray();
  }

  @Test
  void kmeansRecoversTheKnownGroups() {
    List<Usage> usages = HandWrittenUsages.usages();
    GroupPatterns group = new PatternMiner(defaults()).mine(GroupBy.MODEL, HandWrittenUsages.MODEL, usages);

    int[] found = labelsOf(group, usages);
    assertThat(AdjustedRandIndex.of(HandWrittenUsages.truth(), found)).isGreaterThanOrEqualTo(THRESHOLD);
    assertThat(NormalizedMutualInformation.joint(HandWrittenUsages.truth(), found)).isGreaterThanOrEqualTo(THRESHOLD);
    // 33 usages: k is capped at floor(sqrt(33 / 2)) = 4, so which k wins says nothing here (see below).
    assertThat(group.silhouetteByK()).containsOnlyKeys(2, 3, 4);
    assertThat(group.silhouette()).isGreaterThan(0.3);
  }

  @Test
  void kmeansChoosesTheNumberOfKnownGroupsWhenItMayChooseMore() {
    List<HandWrittenUsages.Labelled> labelled = HandWrittenUsages.loadWithMore();
    List<Usage> usages = labelled.stream().map(HandWrittenUsages.Labelled::usage).toList();
    long knownGroups = labelled.stream().map(HandWrittenUsages.Labelled::truth).distinct().count();

    GroupPatterns group = new PatternMiner(defaults()).mine(GroupBy.MODEL, HandWrittenUsages.MODEL, usages);

    // The cap (floor(sqrt(53 / 2)) = 5) is above the number of groups a person assigned, so the
    // silhouette, not the cap, decides.
    int largestTried = group.silhouetteByK().keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
    assertThat(largestTried).isGreaterThan((int) knownGroups);
    assertThat(group.chosenK()).isEqualTo((int) knownGroups);
  }

  @Test
  void hierarchicalClusteringRecoversTheKnownGroups() {
    List<Usage> usages = HandWrittenUsages.usages();
    GroupPatterns group = new PatternMiner(defaults().withAlgorithm(Algorithm.HIERARCHICAL))
        .mine(GroupBy.MODEL, HandWrittenUsages.MODEL, usages);

    int[] found = labelsOf(group, usages);
    assertThat(AdjustedRandIndex.of(HandWrittenUsages.truth(), found)).isGreaterThanOrEqualTo(THRESHOLD);
    assertThat(NormalizedMutualInformation.joint(HandWrittenUsages.truth(), found)).isGreaterThanOrEqualTo(THRESHOLD);
    assertThat(group.chosenK()).isNull();
  }

  @Test
  void dbscanRecoversTheKnownGroupsAmongTheUsagesItClusters() {
    List<Usage> usages = HandWrittenUsages.usages();
    GroupPatterns group = new PatternMiner(defaults().withAlgorithm(Algorithm.DBSCAN))
        .mine(GroupBy.MODEL, HandWrittenUsages.MODEL, usages);

    int[] found = labelsOf(group, usages);
    int[] truth = HandWrittenUsages.truth();
    int[] clusteredIndices = java.util.stream.IntStream.range(0, found.length).filter(i -> found[i] != -1).toArray();
    int[] clusteredFound = java.util.Arrays.stream(clusteredIndices).map(i -> found[i]).toArray();
    int[] clusteredTruth = java.util.Arrays.stream(clusteredIndices).map(i -> truth[i]).toArray();
    assertThat(clusteredIndices.length).isGreaterThanOrEqualTo(usages.size() * 3 / 4);
    assertThat(AdjustedRandIndex.of(clusteredTruth, clusteredFound)).isGreaterThanOrEqualTo(0.8);
    assertThat(NormalizedMutualInformation.joint(clusteredTruth, clusteredFound)).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void eachPatternDescribesItsGroupWithARepresentativeSequenceAndKeywords() {
    List<Usage> usages = HandWrittenUsages.usages();
    GroupPatterns group = new PatternMiner(defaults()).mine(GroupBy.MODEL, HandWrittenUsages.MODEL, usages);

    UsagePattern pipeline = group.patterns().stream()
        .filter(pattern -> pattern.representative().kind().equals("pipeline")).findFirst().orElseThrow();
    assertThat(pipeline.sequence()).containsExactly("pipeline", "unmasker");
    assertThat(pipeline.keywordArgs()).startsWith("model", "task");
    assertThat(pipeline.keywordArgs()).contains("top_k", "device");
    assertThat(pipeline.size()).isEqualTo(8);
    assertThat(pipeline.coverage()).isEqualTo(8.0 / usages.size());
    assertThat(pipeline.nearest()).hasSize(5).allSatisfy(neighbour ->
        assertThat(neighbour.usage().kind()).isEqualTo("pipeline"));
    assertThat(pipeline.nearest()).extracting(UsagePattern.Neighbour::distance).isSorted();
    assertThat(group.patterns()).extracting(UsagePattern::size).isSortedAccordingTo((a, b) -> b - a);
    assertThat(group.coverage()).isGreaterThan(0.5);
    assertThat(group.succinctness()).isGreaterThan(0.5);
  }

  @Test
  void groupsBelowTheMinimumSizeAreReportedNotClustered() {
    List<Usage> usages = HandWrittenUsages.usages().subList(0, 9);
    GroupPatterns group = new PatternMiner(defaults()).mine(GroupBy.MODEL, HandWrittenUsages.MODEL, usages);

    assertThat(group.status()).isEqualTo(GroupPatterns.Status.TOO_SMALL);
    assertThat(group.message()).isEqualTo("9 usages, below patterns.min-group-size (10)");
    assertThat(group.patterns()).isEmpty();
  }
}
