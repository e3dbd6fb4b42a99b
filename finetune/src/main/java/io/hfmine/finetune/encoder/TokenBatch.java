package io.hfmine.finetune.encoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;

/**
 * Texts' word-piece ids padded to the longest of them, and the mask that tells the words from the
 * padding (1 and 0), both in the batch's own manager: closing it frees every array a step made.
 */
public record TokenBatch(NDArray ids, NDArray mask) {

  /** Pads each text's ids (with [CLS] and [SEP] already in) to the longest one's length. */
  public static TokenBatch of(NDManager manager, List<long[]> texts) {
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("a batch needs at least one text");
    }
    int length = texts.stream().mapToInt(ids -> ids.length).max().orElseThrow();
    long[] ids = new long[texts.size() * length];
    float[] mask = new float[texts.size() * length];
    for (int i = 0; i < texts.size(); i++) {
      long[] text = texts.get(i);
      System.arraycopy(text, 0, ids, i * length, text.length);
      for (int j = 0; j < text.length; j++) {
        mask[i * length + j] = 1f;
      }
    }
    Shape shape = new Shape(texts.size(), length);
    return new TokenBatch(manager.create(ids, shape), manager.create(mask, shape));
  }

  public long size() {
    return ids.getShape().get(0);
  }

  public long length() {
    return ids.getShape().get(1);
  }
}
