package io.hfmine.finetune.encoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import io.hfmine.finetune.onnx.OnnxInitializers;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A BERT encoder of all-MiniLM-L6-v2's kind written out over DJL arrays, with the weights of the
 * ONNX file the issue classifier embeds with, so PyTorch can train them: word, position and type
 * embeddings, then per layer self-attention and a GELU feed-forward block, each followed by a
 * residual sum and layer normalisation, and last the mean of the word positions' hidden states (the
 * pooling the model was trained with).
 *
 * <p>The embedding tables stay as they are (they hold most of the weights, and a few thousand issues
 * would move only the rows of the words they use); every layer's weights are trainable.
 *
 * <p>Arrays an operation makes belong to its first operand's manager, so every operation here
 * starts from the batch's arrays and the rows taken from the tables are moved into the batch's
 * manager: closing it frees the step.
 */
public final class MiniLmEncoder {
  private static final float LAYER_NORM_EPSILON = 1e-12f;
  /** Taken from attention scores of padding positions: softmax gives them nothing. */
  private static final float PADDING_PENALTY = 1e4f;
  private static final List<String> LINEAR = List.of("attention.self.query", "attention.self.key",
      "attention.self.value", "attention.output.dense", "intermediate.dense", "output.dense");
  private static final List<String> NORMS = List.of("attention.output.LayerNorm", "output.LayerNorm");

  private final int hidden;
  private final int heads;
  private final int layers;
  private final Map<String, NDArray> tables = new LinkedHashMap<>();
  private final Map<String, NDArray> trainable = new LinkedHashMap<>();

  private MiniLmEncoder(int hidden, int heads, int layers) {
    this.hidden = hidden;
    this.heads = heads;
    this.layers = layers;
  }

  /**
   * The encoder with the file's weights, as arrays of {@code manager}. The number of layers and
   * the width come from the weights; the number of attention heads is not stored in them.
   */
  public static MiniLmEncoder of(NDManager manager, OnnxInitializers weights, int heads) {
    int layers = 0;
    while (weights.has("encoder.layer." + layers + ".attention.self.query.weight")) {
      layers++;
    }
    if (layers == 0) {
      throw new IllegalArgumentException("the model has no encoder layers (encoder.layer.0.attention.self.query.weight)");
    }
    int hidden = (int) weights.get("embeddings.LayerNorm.weight").shape()[0];
    if (hidden % heads != 0) {
      throw new IllegalArgumentException("width " + hidden + " does not split into " + heads + " attention heads");
    }
    MiniLmEncoder encoder = new MiniLmEncoder(hidden, heads, layers);
    for (String name : List.of("embeddings.word_embeddings.weight", "embeddings.position_embeddings.weight",
        "embeddings.token_type_embeddings.weight", "embeddings.LayerNorm.weight", "embeddings.LayerNorm.bias")) {
      encoder.tables.put(name, array(manager, weights.get(name)));
    }
    for (int layer = 0; layer < layers; layer++) {
      String prefix = "encoder.layer." + layer + ".";
      for (String module : LINEAR) {
        for (String part : List.of(".weight", ".bias")) {
          encoder.trainable.put(prefix + module + part, array(manager, weights.get(prefix + module + part)));
        }
      }
      for (String module : NORMS) {
        for (String part : List.of(".weight", ".bias")) {
          encoder.trainable.put(prefix + module + part, array(manager, weights.get(prefix + module + part)));
        }
      }
    }
    return encoder;
  }

  /** The weights fine-tuning changes, by name. */
  public Map<String, NDArray> trainable() {
    return Collections.unmodifiableMap(trainable);
  }

  /** Width of the hidden states and of {@link #pooled}'s rows. */
  public int dimensions() {
    return hidden;
  }

  public int layers() {
    return layers;
  }

  /** Each text's mean hidden state over its word positions: (texts, width). */
  public NDArray pooled(TokenBatch batch) {
    NDArray states = embed(batch);
    NDArray bias = batch.mask().sub(1f).mul(PADDING_PENALTY).reshape(batch.size(), 1, 1, batch.length());
    for (int layer = 0; layer < layers; layer++) {
      states = layer(layer, states, bias);
    }
    NDArray mask = batch.mask().expandDims(-1);
    return states.mul(mask).sum(new int[] {1}).div(mask.sum(new int[] {1}).maximum(1e-9f));
  }

  private NDArray embed(TokenBatch batch) {
    NDManager scope = batch.ids().getManager();
    NDArray words = tables.get("embeddings.word_embeddings.weight").get(batch.ids().flatten());
    words.attach(scope);
    NDArray positions = tables.get("embeddings.position_embeddings.weight").get(new NDIndex("0:" + batch.length()));
    positions.attach(scope);
    NDArray type = tables.get("embeddings.token_type_embeddings.weight").get(0);
    type.attach(scope);
    NDArray sum = words.reshape(batch.size(), batch.length(), hidden).add(positions).add(type);
    return normalise(sum, tables.get("embeddings.LayerNorm.weight"), tables.get("embeddings.LayerNorm.bias"));
  }

  private NDArray layer(int layer, NDArray states, NDArray bias) {
    String prefix = "encoder.layer." + layer + ".";
    long texts = states.getShape().get(0);
    long length = states.getShape().get(1);
    int headWidth = hidden / heads;
    Shape split = new Shape(texts, length, heads, headWidth);
    NDArray query = linear(states, prefix + "attention.self.query").reshape(split).transpose(0, 2, 1, 3);
    NDArray key = linear(states, prefix + "attention.self.key").reshape(split).transpose(0, 2, 3, 1);
    NDArray value = linear(states, prefix + "attention.self.value").reshape(split).transpose(0, 2, 1, 3);
    NDArray attention = query.matMul(key).div((float) Math.sqrt(headWidth)).add(bias).softmax(-1);
    NDArray context = attention.matMul(value).transpose(0, 2, 1, 3).reshape(texts, length, hidden);
    NDArray attended = normalise(states.add(linear(context, prefix + "attention.output.dense")),
        trainable.get(prefix + "attention.output.LayerNorm.weight"), trainable.get(prefix + "attention.output.LayerNorm.bias"));
    NDArray expanded = Activation.gelu(linear(attended, prefix + "intermediate.dense"));
    return normalise(attended.add(linear(expanded, prefix + "output.dense")),
        trainable.get(prefix + "output.LayerNorm.weight"), trainable.get(prefix + "output.LayerNorm.bias"));
  }

  private NDArray linear(NDArray in, String module) {
    return in.matMul(trainable.get(module + ".weight")).add(trainable.get(module + ".bias"));
  }

  private static NDArray normalise(NDArray in, NDArray gain, NDArray shift) {
    NDArray centred = in.sub(in.mean(new int[] {-1}, true));
    NDArray variance = centred.square().mean(new int[] {-1}, true);
    return centred.div(variance.add(LAYER_NORM_EPSILON).sqrt()).mul(gain).add(shift);
  }

  private static NDArray array(NDManager manager, OnnxInitializers.Tensor tensor) {
    return manager.create(tensor.values(), new Shape(tensor.shape()));
  }
}
