package io.hfmine.crawler.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StudyPlanTest {
  private static Map<String, StudyPlan.Stage> plan(StudyPlan.Inputs inputs, int accounts) {
    List<StudyPlan.Stage> stages = StudyPlan.of(inputs, new StudyPlan.Budgets(accounts, 10, 5000, 500, 3000, 300));
    return stages.stream().collect(Collectors.toMap(StudyPlan.Stage::name, Function.identity()));
  }

  @Test
  void beforeAnyCrawlCodeSearchIsBoundedByTheListingAndPacedAtTenAMinutePerAccount() {
    Map<String, StudyPlan.Stage> stages = plan(new StudyPlan.Inputs(5000L, 1000, 100L, 2, null, null, null, null, null,
        100), 2);

    assertThat(stages.get("models").requests()).isEqualTo(5);
    // 500 api requests per 300 s: 6,000 an hour.
    assertThat(stages.get("models").hours()).isCloseTo(5 / 6000.0, within(1e-12));
    assertThat(stages.get("cards").requests()).isEqualTo(5000);
    assertThat(stages.get("code-search").requests()).isEqualTo(10_000);
    assertThat(stages.get("code-search").upperBound()).isTrue();
    // 10,000 searches at 2 accounts x 10 a minute: 500 minutes.
    assertThat(stages.get("code-search").hours()).isCloseTo(500 / 60.0, within(1e-9));
    assertThat(stages.get("code-fetch").requests()).isNull();
  }

  @Test
  void onceStagesRanTheStoresCountsReplaceTheBounds() {
    Map<String, StudyPlan.Stage> stages = plan(new StudyPlan.Inputs(5000L, 1000, null, 1, 4800L, 1200L, 9000L, 3000L,
        40L, 100), 1);

    assertThat(stages.get("cards").requests()).isEqualTo(4800);
    assertThat(stages.get("datasets").requests()).isNull();
    assertThat(stages.get("code-search").requests()).isEqualTo(1200);
    assertThat(stages.get("code-fetch").requests()).isEqualTo(9000);
    assertThat(stages.get("code-fetch").hours()).isCloseTo(9000 / 5000.0, within(1e-9));
    assertThat(stages.get("issues").requests()).isEqualTo(40);
  }

  @Test
  void withoutAGithubAccountGithubStagesHaveNoTime() {
    Map<String, StudyPlan.Stage> stages = plan(new StudyPlan.Inputs(null, 1000, null, 1, null, null, null, null, null,
        100), 0);

    assertThat(stages.get("models").requests()).isNull();
    assertThat(stages.get("code-search").hours()).isNull();
  }
}
