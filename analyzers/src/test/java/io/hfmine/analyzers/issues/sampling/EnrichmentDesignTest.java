package io.hfmine.analyzers.issues.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EnrichmentDesignTest {
  @Test
  void enrichIsANumberOfIssuesOrAPercentageOfTheSample() {
    assertThat(EnrichmentDesign.parse(600, "330", "8,2")).isEqualTo(new EnrichmentDesign(330, 270, 8, 2));
    assertThat(EnrichmentDesign.parse(600, "55%", null))
        .isEqualTo(new EnrichmentDesign(330, 270, EnrichmentDesign.NO_CAP, EnrichmentDesign.NO_CAP));
    assertThat(EnrichmentDesign.parse(7, "50%", " 3 , 1 ")).isEqualTo(new EnrichmentDesign(4, 3, 3, 1));
  }

  @Test
  void badValuesAreRejectedNamingTheOption() {
    assertThatThrownBy(() -> EnrichmentDesign.parse(10, "11", null)).hasMessageContaining("--enrich 11 must be between 0 and --sample 10");
    assertThatThrownBy(() -> EnrichmentDesign.parse(10, "half", null)).hasMessageContaining("--enrich 'half'");
    assertThatThrownBy(() -> EnrichmentDesign.parse(10, "120%", null)).hasMessageContaining("between 0% and 100%");
    assertThatThrownBy(() -> EnrichmentDesign.parse(10, "5", "8")).hasMessageContaining("--per-repository takes two caps");
    assertThatThrownBy(() -> EnrichmentDesign.parse(10, "5", "8,0")).hasMessageContaining("'0' is not a positive whole number");
  }
}
