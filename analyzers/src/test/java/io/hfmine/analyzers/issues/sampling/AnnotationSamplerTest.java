package io.hfmine.analyzers.issues.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AnnotationSamplerTest {
  private static List<IssueText> issues(String repository, int count) {
    List<IssueText> issues = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      issues.add(IssueText.of(new IssueId(repository, i), "t" + i, "", List.of(), List.of(), null));
    }
    return issues;
  }

  private static List<IssueText> candidates() {
    List<IssueText> all = new ArrayList<>(issues("big/one", 60));
    all.addAll(issues("mid/two", 30));
    all.addAll(issues("small/three", 10));
    return all;
  }

  @Test
  void sameSeedGivesSameSampleWhateverTheInputOrder() {
    List<IssueText> reversed = new ArrayList<>(candidates());
    java.util.Collections.reverse(reversed);

    assertThat(AnnotationSampler.sample(candidates(), 10, 42, false))
        .isEqualTo(AnnotationSampler.sample(reversed, 10, 42, false));
  }

  @Test
  void stratifiedSampleGivesEachProjectAProportionalShare() {
    List<IssueText> sample = AnnotationSampler.sample(candidates(), 20, 3, true);

    Map<String, Long> perProject = sample.stream().collect(Collectors.groupingBy(i -> i.id().repository(), Collectors.counting()));
    assertThat(perProject).containsEntry("big/one", 12L).containsEntry("mid/two", 6L).containsEntry("small/three", 2L);
  }

  @Test
  void largestRemaindersFillTheSample() {
    List<IssueText> sample = AnnotationSampler.sample(candidates(), 7, 3, true);

    // exact shares 4.2, 2.1, 0.7: floors 4 + 2 + 0, the one left goes to the largest remainder (small/three)
    Map<String, Long> perProject = sample.stream().collect(Collectors.groupingBy(i -> i.id().repository(), Collectors.counting()));
    assertThat(perProject).containsEntry("big/one", 4L).containsEntry("mid/two", 2L).containsEntry("small/three", 1L);
  }
}
