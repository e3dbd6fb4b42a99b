package io.hfmine.analyzers.issues.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import smile.classification.LogisticRegression;

class LinearModelTest {
  private static final double[][] X = {{0, 1}, {1, 0}, {1, 1}, {0, 0}, {2, 1}, {1, 2}, {2, 0}, {0, 2}, {3, 1}};

  @Test
  void aBinomialRegressionAsNumbersGivesSmilesProbability() {
    int[] y = {0, 1, 1, 0, 1, 0, 1, 0, 1};
    LogisticRegression.Binomial smile = LogisticRegression.binomial(X, y);

    LinearModel model = LinearModel.of(smile, "no", "yes");

    for (double[] x : X) {
      double[] posterior = new double[2];
      smile.predict(x, posterior);
      assertThat(model.probability(x, "yes")).isCloseTo(posterior[1], within(1e-12));
    }
  }

  @Test
  void aMultinomialRegressionAsNumbersGivesSmilesProbabilities() {
    int[] y = {0, 1, 2, 0, 1, 2, 1, 0, 2};
    LogisticRegression.Multinomial smile = LogisticRegression.multinomial(X, y);

    LinearModel model = LinearModel.of(smile, List.of("a", "b", "c"));

    for (double[] x : X) {
      double[] posterior = new double[3];
      smile.predict(x, posterior);
      assertThat(model.probabilities(x)).containsExactly(posterior, within(1e-12));
    }
  }
}
