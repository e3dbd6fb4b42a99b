package io.hfmine.analyzers.issues.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class KappaTest {
  private static List<String> chars(String ratings) {
    return ratings.chars().mapToObj(c -> String.valueOf((char) c)).toList();
  }

  @Test
  void cohenMatchesHandComputedTwoByTwoCase() {
    // po = 4/6, pe = (3*3 + 3*3)/36 = 0.5, kappa = (2/3 - 1/2) / (1/2) = 1/3
    assertThat(CohenKappa.of(chars("yynnyn"), chars("ynnnyy"))).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void cohenIsOneForPerfectAgreementAndNegativeForSystematicDisagreement() {
    assertThat(CohenKappa.of(chars("abcab"), chars("abcab"))).isEqualTo(1.0);
    // po = 0, pe = 0.5 -> kappa = -1
    assertThat(CohenKappa.of(chars("yn"), chars("ny"))).isCloseTo(-1.0, within(1e-12));
  }

  @Test
  void cohenMatchesSklearnReferenceValue() throws Exception {
    JsonNode reference;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("issues/agreement/sklearn-kappa.json")) {
      reference = new ObjectMapper().readTree(in);
    }
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    reference.get("rater1").forEach(v -> first.add(v.asText()));
    reference.get("rater2").forEach(v -> second.add(v.asText()));

    assertThat(CohenKappa.of(first, second)).isCloseTo(reference.get("kappa").asDouble(), within(1e-9));
    assertThat(CohenKappa.observedAgreement(first, second)).isCloseTo(reference.get("p_o").asDouble(), within(1e-12));
  }

  @Test
  void cohenIsUndefinedWhenBothRatersUseOneCategory() {
    assertThat(CohenKappa.of(chars("yyy"), chars("yyy"))).isNaN();
  }

  @Test
  void fleissMatchesTheClassicFourteenRaterExample() {
    // Fleiss (1971) as tabulated on Wikipedia: 10 items, 14 raters, 5 categories; P = 0.378, Pe = 0.213, kappa = 0.210.
    int[][] counts = {{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
        {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
    List<List<String>> ratings = new ArrayList<>();
    for (int[] item : counts) {
      List<String> raters = new ArrayList<>();
      for (int category = 0; category < item.length; category++) {
        raters.addAll(Collections.nCopies(item[category], "c" + category));
      }
      ratings.add(raters);
    }

    assertThat(FleissKappa.of(ratings)).isCloseTo(0.2099307044, within(1e-9));
  }

  @Test
  void fleissWithTwoRatersOnBalancedMarginalsEqualsCohen() {
    // With identical marginals for both raters, Fleiss' and Cohen's expected agreement coincide.
    List<String> a = chars("yynnyn");
    List<String> b = chars("nyynyn");
    List<List<String>> items = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      items.add(List.of(a.get(i), b.get(i)));
    }

    assertThat(FleissKappa.of(items)).isCloseTo(CohenKappa.of(a, b), within(1e-12));
  }
}
