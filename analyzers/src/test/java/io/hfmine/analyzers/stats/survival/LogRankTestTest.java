package io.hfmine.analyzers.stats.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LogRankTestTest {
  static List<JsonNode> cases() {
    return SurvivalVectors.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void chiSquareAndPMatchRsSurvdiff(JsonNode testCase) {
    List<SurvivalSample> groups = new ArrayList<>();
    testCase.get("curves").forEach(curve -> groups.add(SurvivalVectors.sample(curve)));
    LogRankResult result = LogRankTest.test(groups);
    JsonNode expected = testCase.get("logrank");
    assertThat(result.degreesOfFreedom()).isEqualTo(expected.get("df").asInt());
    assertThat(result.chiSquare()).isCloseTo(expected.get("chisq").asDouble(), within(1e-9));
    assertThat(result.pValue()).isCloseTo(expected.get("p").asDouble(), Percentage.withPercentage(1e-7));
    for (int j = 0; j < groups.size(); j++) {
      assertThat(result.observed()[j]).isEqualTo(expected.get("observed").get(j).asDouble());
      assertThat(result.expected()[j]).isCloseTo(expected.get("expected").get(j).asDouble(), within(1e-9));
    }
  }

  @Test
  void oneGroupIsRefused() {
    assertThatThrownBy(() -> LogRankTest.test(List.of(new SurvivalSample(new double[] {1}, new boolean[] {true}))))
        .hasMessageContaining("at least two groups");
  }
}
