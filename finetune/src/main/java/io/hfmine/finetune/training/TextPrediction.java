package io.hfmine.finetune.training;

/**
 * What the fine-tuned model says of one text: the probability that it is about reusing a
 * pre-trained model, whether that passes the model's threshold, and each theme's probability (in
 * the order of the theme list it was trained with).
 */
public record TextPrediction(double ptmProbability, boolean ptm, double[] themeProbabilities) {

  /** The index of the most probable theme. */
  public int primaryTheme() {
    int best = 0;
    for (int i = 1; i < themeProbabilities.length; i++) {
      if (themeProbabilities[i] > themeProbabilities[best]) {
        best = i;
      }
    }
    return best;
  }
}
