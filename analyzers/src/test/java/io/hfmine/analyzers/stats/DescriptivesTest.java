package io.hfmine.analyzers.stats;

import static io.hfmine.analyzers.stats.ReferenceVectors.RELATIVE_1E_9;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class DescriptivesTest {

  @Test
  void quartilesInterpolateLikeNumPy() {
    Descriptives d = Descriptives.of(new double[] {0, 0, 1, 2, 2, 10});
    assertThat(d.median()).isEqualTo(1.5);
    assertThat(d.q1()).isEqualTo(0.25);
    assertThat(d.q3()).isEqualTo(2.0);
    assertThat(d.iqr()).isEqualTo(1.75);
    assertThat(d.mean()).isEqualTo(2.5);
  }

  @Test
  void matchesNumPyOnTheReferenceSamples() {
    for (JsonNode vector : ReferenceVectors.generated().get("descriptives")) {
      Descriptives d = Descriptives.of(ReferenceVectors.doubles(vector.get("sample")));
      assertThat(d.n()).isEqualTo(vector.get("n").asInt());
      assertThat(d.mean()).isCloseTo(vector.get("mean").asDouble(), RELATIVE_1E_9);
      assertThat(d.median()).isEqualTo(vector.get("median").asDouble());
      assertThat(d.q1()).isCloseTo(vector.get("q1").asDouble(), RELATIVE_1E_9);
      assertThat(d.q3()).isCloseTo(vector.get("q3").asDouble(), RELATIVE_1E_9);
      assertThat(d.min()).isEqualTo(vector.get("min").asDouble());
      assertThat(d.max()).isEqualTo(vector.get("max").asDouble());
    }
  }
}
