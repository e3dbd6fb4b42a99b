package io.hfmine.analyzers.stats.resolution;

import static io.hfmine.analyzers.stats.resolution.StudyIssues.resolved;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BalancedSamplerTest {

  private static List<ResolvedIssue> issues(String repository, int from, int count) {
    List<ResolvedIssue> issues = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      issues.add(resolved(repository, from + i, i));
    }
    return issues;
  }

  private static List<ResolvedIssue> concat(List<ResolvedIssue> a, List<ResolvedIssue> b) {
    List<ResolvedIssue> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Test
  void reducesTheLargerGroupToTheSmallerPerProject() {
    BalancedSample sample = BalancedSampler.sample(issues("o/a", 1, 5), issues("o/a", 100, 2), 1);
    assertThat(sample.projects()).containsExactly(new ProjectSample("o/a", 5, 2, 2));
    assertThat(sample.ptm()).hasSize(2);
    assertThat(sample.nonPtm()).extracting(r -> r.issue().number()).containsExactly(100, 101);
  }

  @Test
  void dropsProjectsWithAnEmptyGroup() {
    BalancedSample sample = BalancedSampler.sample(concat(issues("o/a", 1, 3), issues("o/b", 1, 4)),
        issues("o/a", 100, 3), 1);
    assertThat(sample.dropped()).containsExactly(new ProjectSample("o/b", 4, 0, 0));
    assertThat(sample.kept()).containsExactly(new ProjectSample("o/a", 3, 3, 3));
    assertThat(sample.ptm()).allMatch(r -> r.issue().repository().equals("o/a"));
  }

  @Test
  void sameSeedDrawsTheSameIssuesAndAnotherSeedOthers() {
    List<ResolvedIssue> ptm = issues("o/a", 1, 40);
    List<ResolvedIssue> nonPtm = issues("o/a", 100, 4);
    List<Integer> first = numbers(BalancedSampler.sample(ptm, nonPtm, 42));
    assertThat(numbers(BalancedSampler.sample(ptm, nonPtm, 42))).isEqualTo(first);
    assertThat(numbers(BalancedSampler.sample(ptm, nonPtm, 43))).isNotEqualTo(first);
    assertThat(first).hasSize(4).doesNotHaveDuplicates().isSorted();
  }

  @Test
  void addingAProjectDoesNotChangeAnotherProjectsDraw() {
    List<ResolvedIssue> ptm = issues("o/b", 1, 40);
    List<ResolvedIssue> nonPtm = issues("o/b", 100, 4);
    List<Integer> alone = numbers(BalancedSampler.sample(ptm, nonPtm, 7));
    BalancedSample withAnother = BalancedSampler.sample(concat(issues("o/a", 1, 30), ptm),
        concat(issues("o/a", 100, 5), nonPtm), 7);
    assertThat(withAnother.ptm().stream().filter(r -> r.issue().repository().equals("o/b"))
        .map(r -> r.issue().number()).toList()).isEqualTo(alone);
  }

  @Test
  void inputOrderDoesNotMatter() {
    List<ResolvedIssue> ptm = issues("o/a", 1, 20);
    List<ResolvedIssue> reversed = new ArrayList<>(ptm);
    java.util.Collections.reverse(reversed);
    assertThat(numbers(BalancedSampler.sample(reversed, issues("o/a", 100, 3), 5)))
        .isEqualTo(numbers(BalancedSampler.sample(ptm, issues("o/a", 100, 3), 5)));
  }

  private static List<Integer> numbers(BalancedSample sample) {
    return sample.ptm().stream().map(r -> r.issue().number()).toList();
  }
}
