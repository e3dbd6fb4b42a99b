package io.hfmine.finetune.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two layers over the encoder's mean hidden state (and the scaled features, when the
 * model reads any): a PTM-relevance logit and one logit per theme. They start from small random weights (as BERT's own output layers do), so the first
 * steps do not push the encoder far.
 */
final class OutputLayers {
  private static final float INITIAL_SPREAD = 0.02f;
  private final Map<String, NDArray> weights = new LinkedHashMap<>();
  private final int themes;

  OutputLayers(NDManager manager, int width, int themes) {
    this.themes = themes;
    weights.put("ptm.weight", manager.randomNormal(0f, INITIAL_SPREAD, new Shape(width, 1), DataType.FLOAT32));
    weights.put("ptm.bias", manager.zeros(new Shape(1)));
    weights.put("theme.weight", manager.randomNormal(0f, INITIAL_SPREAD, new Shape(width, themes), DataType.FLOAT32));
    weights.put("theme.bias", manager.zeros(new Shape(themes)));
  }

  Map<String, NDArray> weights() {
    return weights;
  }

  int themes() {
    return themes;
  }

  /** What the layers read: the mean hidden state, then the scaled features (texts by width). */
  static NDArray inputs(NDArray pooled, FeatureScaling scaling, List<double[]> features) {
    if (scaling.width() == 0) {
      return pooled;
    }
    float[] scaled = new float[features.size() * scaling.width()];
    for (int i = 0; i < features.size(); i++) {
      System.arraycopy(scaling.apply(features.get(i)), 0, scaled, i * scaling.width(), scaling.width());
    }
    NDArray block = pooled.getManager().create(scaled, new Shape(features.size(), scaling.width()));
    return NDArrays.concat(new NDList(pooled, block), 1);
  }

  /** One logit per text: (texts). */
  NDArray ptmLogits(NDArray pooled) {
    return pooled.matMul(weights.get("ptm.weight")).add(weights.get("ptm.bias")).reshape(-1);
  }

  /** Theme logits: (texts, themes). */
  NDArray themeLogits(NDArray pooled) {
    return pooled.matMul(weights.get("theme.weight")).add(weights.get("theme.bias"));
  }
}
