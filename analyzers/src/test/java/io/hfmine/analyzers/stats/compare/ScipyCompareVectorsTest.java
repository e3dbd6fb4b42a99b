package io.hfmine.analyzers.stats.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.analyzers.stats.Alternative;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stats compare} on a CSV gives SciPy's answer for the call it says it ran
 * (vectors written by scripts/reference-vectors/compare_vectors.py).
 */
class ScipyCompareVectorsTest {
  private static final Percentage RELATIVE_1E_9 = Percentage.withPercentage(1e-7);

  @TempDir
  Path dir;

  static List<JsonNode> cases() throws Exception {
    try (InputStream in = ScipyCompareVectorsTest.class.getClassLoader()
        .getResourceAsStream("stats/scipy-compare-vectors.json")) {
      List<JsonNode> cases = new ArrayList<>();
      new ObjectMapper().readTree(in).get("cases").forEach(cases::add);
      return cases;
    }
  }

  private Path csv(JsonNode testCase) throws Exception {
    StringBuilder text = new StringBuilder("group,value\n");
    testCase.get("rows").forEach(row -> text.append(row.get(0).asText()).append(',').append(row.get(1).asText())
        .append('\n'));
    return Files.writeString(dir.resolve(testCase.get("id").asText() + ".csv"), text);
  }

  private static CompareSpec spec(Path file, ComparisonSettings settings) {
    return new CompareSpec(file, "group", "value", List.of(), false, settings);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void withoutOptionsTheTestIsScipysDefaultTwoSidedCallOnTheGroupsInFileOrder(JsonNode testCase) throws Exception {
    ComparisonResult result = CsvComparison.run(spec(csv(testCase), ComparisonSettings.twoSided(0.95, 100, 1)));
    JsonNode expected = testCase.get("default");
    assertThat(result.groupName(0)).isEqualTo(expected.get("x").asText());
    assertThat(result.mannWhitney().alternative()).isEqualTo(Alternative.TWO_SIDED);
    assertThat(result.mannWhitney().u1()).isEqualTo(expected.get("U1").asDouble());
    assertThat(result.mannWhitney().pValue()).isCloseTo(expected.get("p").asDouble(), RELATIVE_1E_9);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aOneSidedTestIsAboutTheNamedGroupWhereverItStandsInTheFile(JsonNode testCase) throws Exception {
    Path file = csv(testCase);
    for (JsonNode expected : testCase.get("one_sided")) {
      ComparisonSettings settings = new ComparisonSettings(Alternative.parse(expected.get("alternative").asText()),
          expected.get("first").asText(), 0.95, 100, 1);
      ComparisonResult result = CsvComparison.run(spec(file, settings));
      assertThat(result.groupName(0)).isEqualTo(expected.get("first").asText());
      assertThat(result.mannWhitney().u1()).isEqualTo(expected.get("U1").asDouble());
      assertThat(result.mannWhitney().pValue()).as(expected.toString())
          .isCloseTo(expected.get("p").asDouble(), RELATIVE_1E_9);
    }
  }
}
