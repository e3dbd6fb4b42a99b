package io.hfmine.analyzers.text.embedding.distilled;

import io.hfmine.analyzers.text.embedding.SentenceEmbedder;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One vector and one weight per word-piece id: a text's vector is the weighted mean of its pieces'
 * vectors, scaled to unit length. Pieces without a vector (special tokens, ids the table does not
 * know) add nothing; a text of none of them gets the zero vector.
 */
public final class StaticTable {
  private static final byte[] MAGIC = "hfmine-static-table/1\n".getBytes(StandardCharsets.US_ASCII);

  private final String recipe;
  private final int dimensions;
  private final float[] weights;
  private final float[] vectors;

  /**
   * @param recipe what the vectors are ({@link StaticRecipe#describe()})
   * @param weights one per id; 0 for pieces without a vector
   * @param vectors {@code weights.length} rows of {@code dimensions}, row-major
   */
  public StaticTable(String recipe, int dimensions, float[] weights, float[] vectors) {
    if (vectors.length != (long) weights.length * dimensions) {
      throw new IllegalArgumentException(weights.length + " weights need " + weights.length * dimensions
          + " vector values, not " + vectors.length);
    }
    this.recipe = recipe;
    this.dimensions = dimensions;
    this.weights = weights;
    this.vectors = vectors;
  }

  public String recipe() {
    return recipe;
  }

  public int dimensions() {
    return dimensions;
  }

  /** Ids the table holds a row for. */
  public int size() {
    return weights.length;
  }

  public float weight(int id) {
    return weights[id];
  }

  /** A copy of one piece's vector. */
  public float[] vector(int id) {
    float[] row = new float[dimensions];
    System.arraycopy(vectors, id * dimensions, row, 0, dimensions);
    return row;
  }

  /** The unit-length weighted mean of the pieces' vectors. */
  public float[] embed(long[] ids) {
    float[] sum = new float[dimensions];
    for (long id : ids) {
      if (id < 0 || id >= weights.length || weights[(int) id] == 0) {
        continue;
      }
      float weight = weights[(int) id];
      int offset = (int) id * dimensions;
      for (int d = 0; d < dimensions; d++) {
        sum[d] += weight * vectors[offset + d];
      }
    }
    return SentenceEmbedder.normalize(sum);
  }

  /** Writes the table to {@code file}, whole or not at all. */
  public void write(Path file) throws IOException {
    byte[] name = recipe.getBytes(StandardCharsets.UTF_8);
    ByteBuffer header = ByteBuffer.allocate(MAGIC.length + 12 + name.length).order(ByteOrder.LITTLE_ENDIAN);
    header.put(MAGIC).putInt(name.length).put(name).putInt(weights.length).putInt(dimensions).flip();
    FloatFiles.write(file, header, FloatFiles.bytes(weights), FloatFiles.bytes(vectors));
  }

  /**
   * The table in {@code file} if it holds vectors of {@code recipe}; empty when the file is missing,
   * was made by another recipe or is damaged, so that the caller distils it again.
   */
  public static Optional<StaticTable> read(Path file, String recipe) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    ByteBuffer bytes = FloatFiles.read(file);
    byte[] magic = new byte[MAGIC.length];
    if (bytes.remaining() < MAGIC.length + 4) {
      return Optional.empty();
    }
    bytes.get(magic);
    if (!java.util.Arrays.equals(magic, MAGIC)) {
      return Optional.empty();
    }
    int nameLength = bytes.getInt();
    if (nameLength < 0 || nameLength > bytes.remaining() - 8) {
      return Optional.empty();
    }
    byte[] name = new byte[nameLength];
    bytes.get(name);
    int size = bytes.getInt();
    int dimensions = bytes.getInt();
    if (!recipe.equals(new String(name, StandardCharsets.UTF_8)) || size < 0 || dimensions <= 0
        || bytes.remaining() != 4L * size * (dimensions + 1)) {
      return Optional.empty();
    }
    float[] weights = new float[size];
    float[] vectors = new float[size * dimensions];
    bytes.asFloatBuffer().get(weights).get(vectors);
    return Optional.of(new StaticTable(recipe, dimensions, weights, vectors));
  }

}
