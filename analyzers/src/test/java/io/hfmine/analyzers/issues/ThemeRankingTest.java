package io.hfmine.analyzers.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeRankingTest {
  @Test
  void codesRankByScoreAndEqualScoresKeepTheTaxonomysOrder() {
    List<ScoredCode> ranked = ThemeRanking.byScore(List.of(new ScoredCode("RC", 1.0, ""), new ScoredCode("SE", 2.0, ""),
        new ScoredCode("MU", 1.0, "")), IssueFixtures.taxonomy().themeCodes());

    assertThat(ranked).extracting(ScoredCode::code).containsExactly("SE", "MU", "RC");
  }

  @Test
  void thePrimaryThemeIsTheThemeOfThePrimarySubTheme() {
    List<String> themes = ThemeRanking.themesOf(List.of("RC.DOWNLOAD", "MU.IO", "RC.MISSING"), IssueFixtures.taxonomy());

    assertThat(themes).containsExactly("RC", "MU");
    assertThat(ThemeRanking.primary(themes)).isEqualTo("RC");
  }
}
