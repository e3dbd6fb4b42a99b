package io.hfmine.analyzers.issues.classifier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubThemeVoteTest {
  private static final List<String> THEMES = List.of("HR", "RC", "PQ");

  @Test
  void aThemeIsAsLikelyAsItsSubThemesTogether() {
    // Two download-ish sub-themes of RC at 0.3 each outweigh HR's single 0.4 sub-theme, although
    // HR holds the single most probable sub-theme.
    double[] p = SubThemeVote.probabilities(THEMES, ClassifierFixtures.TAXONOMY, List.of("HR.MEM", "RC.DOWNLOAD",
        "RC.MISSING"), new double[] {0.4, 0.3, 0.3});

    assertArrayEquals(new double[] {0.4, 0.6, 0.0}, p, 1e-12);
  }

  @Test
  void subThemesOfThemesTheModelDoesNotKnowAreLeftOutAndTheRestRenormalised() {
    double[] p = SubThemeVote.probabilities(List.of("HR", "PQ"), ClassifierFixtures.TAXONOMY, List.of("HR.MEM",
        "RC.DOWNLOAD", "PQ.OUT"), new double[] {0.2, 0.6, 0.2});

    assertArrayEquals(new double[] {0.5, 0.5}, p, 1e-12);
  }

  @Test
  void withNoLearntSubThemeOfTheThemesThereIsNoVote() {
    assertNull(SubThemeVote.probabilities(List.of("HR"), ClassifierFixtures.TAXONOMY, List.of("RC.DOWNLOAD"),
        new double[] {1.0}));
  }
}
