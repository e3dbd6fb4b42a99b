package io.hfmine.analyzers.pick.index;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.lucene.util.VectorUtil;

/**
 * Unit vectors stored as signed bytes (each component times 127, rounded): a quarter of the memory
 * of floats, and the ranking of cosines barely moves (components of a 384-dimension unit vector
 * are small, the rounding error averages out over the dot product). One array per model, so the
 * dot products run in Lucene's {@link VectorUtil}, which uses the CPU's SIMD instructions when the
 * JVM has {@code jdk.incubator.vector} (and an unrolled loop otherwise).
 */
public final class Int8Vectors {
  private static final float SCALE = 127f;

  private final byte[][] rows;
  private final int dimensions;

  Int8Vectors(byte[] data, int dimensions) {
    if (dimensions <= 0 || data.length % dimensions != 0) {
      throw new IllegalArgumentException("vector data of " + data.length + " bytes is not a whole number of "
          + dimensions + "-dimension vectors");
    }
    this.rows = new byte[data.length / dimensions][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = Arrays.copyOfRange(data, i * dimensions, (i + 1) * dimensions);
    }
    this.dimensions = dimensions;
  }

  /** Quantises one unit vector. */
  static byte[] quantize(float[] vector) {
    byte[] bytes = new byte[vector.length];
    for (int i = 0; i < vector.length; i++) {
      bytes[i] = (byte) Math.max(-127, Math.min(127, Math.round(vector[i] * SCALE)));
    }
    return bytes;
  }

  static Int8Vectors read(Path file, int dimensions) throws IOException {
    return new Int8Vectors(Files.readAllBytes(file), dimensions);
  }

  static void append(OutputStream out, float[] vector) throws IOException {
    out.write(quantize(vector));
  }

  public int size() {
    return rows.length;
  }

  public int dimensions() {
    return dimensions;
  }

  /** Approximate cosine of the stored vector {@code ordinal} with a quantised query. */
  public float cosine(int ordinal, byte[] query) {
    return VectorUtil.dotProduct(rows[ordinal], query) / (SCALE * SCALE);
  }

  /** Bytes held in memory. */
  public long bytes() {
    return (long) rows.length * dimensions;
  }
}
