package io.hfmine.bench.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the other files' misses spread over repositories, printed by counts alone. */
class WholeCheckoutsTest {

  @Test
  void theRepositoriesWithTheMostMissesAreSummedWithoutNamingThem() {
    Map<String, Integer> missed = Map.of("acme/a", 9, "acme/b", 1, "acme/c", 4, "acme/d", 1, "acme/e", 2, "acme/f", 3);
    assertThat(WholeCheckouts.concentration(missed))
        .isEqualTo("6 repositories; the one with the most holds 9, the 5 with the most 19 of 20");
  }

  @Test
  void fewerRepositoriesThanShownAreAllSummed() {
    assertThat(WholeCheckouts.concentration(Map.of("acme/a", 2, "acme/b", 1)))
        .isEqualTo("2 repositories; the one with the most holds 2, the 2 with the most 3 of 3");
    assertThat(WholeCheckouts.concentration(Map.of()))
        .isEqualTo("0 repositories; the one with the most holds 0, the 0 with the most 0 of 0");
  }
}
