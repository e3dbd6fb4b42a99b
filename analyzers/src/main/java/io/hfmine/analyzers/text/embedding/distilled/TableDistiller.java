package io.hfmine.analyzers.text.embedding.distilled;

import io.hfmine.datasets.files.DirectoryTree;
import io.hfmine.datasets.progress.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Distils a {@link StaticTable}: runs every word piece through the teacher alone, in parts of
 * {@value #PART} pieces each saved as soon as it is done, so an interrupted distillation resumes
 * where it stopped; then removes the mean vector and weights the pieces ({@link StaticRecipe}).
 */
public final class TableDistiller {
  /** Pieces per saved part: a few seconds of the teacher's time. */
  static final int PART = 2048;

  private final StaticRecipe recipe;
  private final IntFunction<float[]> teacher;
  private final int dimensions;

  /**
   * @param teacher the unit-length vector the teacher gives one word piece id alone (with the
   *     teacher's [CLS] and [SEP] around it), pooled as the teacher pools; called from several threads
   */
  public TableDistiller(StaticRecipe recipe, IntFunction<float[]> teacher, int dimensions) {
    this.recipe = recipe;
    this.teacher = teacher;
    this.dimensions = dimensions;
  }

  /**
   * The table of {@code pieceIds} (the vocabulary without special tokens; the table has a row for
   * every id up to the largest, empty where no piece is given), its finished parts kept in
   * {@code partsDir} until the table is complete.
   */
  public StaticTable distill(Collection<Integer> pieceIds, Path partsDir, Progress progress) {
    int[] ids = pieceIds.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    if (ids.length == 0) {
      throw new IllegalArgumentException("no word pieces to distil");
    }
    int size = ids[ids.length - 1] + 1;
    float[] vectors = new float[size * dimensions];
    progress.total(ids.length);
    try {
      Files.createDirectories(partsDir);
      for (int start = 0; start < ids.length; start += PART) {
        int[] part = java.util.Arrays.copyOfRange(ids, start, Math.min(ids.length, start + PART));
        float[] rows = part(partsDir.resolve(String.format(Locale.ROOT, "part-%05d-%d.f32", start / PART, part[0])),
            part);
        for (int i = 0; i < part.length; i++) {
          System.arraycopy(rows, i * dimensions, vectors, part[i] * dimensions, dimensions);
        }
        progress.step(part.length);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the distilled parts in " + partsDir + ": " + e.getMessage(), e);
    }
    removeMean(ids, vectors);
    return new StaticTable(recipe.describe(), dimensions, weights(ids, size), vectors);
  }

  /** Deletes the parts of a finished table. */
  public static void discardParts(Path partsDir) throws IOException {
    DirectoryTree.delete(partsDir);
  }

  // A part saved earlier is read back; otherwise its pieces run through the teacher on every core.
  private float[] part(Path file, int[] part) throws IOException {
    long expected = 4L * part.length * dimensions;
    if (Files.isRegularFile(file) && Files.size(file) == expected) {
      ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
      float[] rows = new float[part.length * dimensions];
      bytes.asFloatBuffer().get(rows);
      return rows;
    }
    float[] rows = new float[part.length * dimensions];
    IntStream.range(0, part.length).parallel().forEach(i -> {
      float[] vector = teacher.apply(part[i]);
      if (vector.length != dimensions) {
        throw new IllegalStateException("the teacher gave " + vector.length + " dimensions, not " + dimensions);
      }
      System.arraycopy(vector, 0, rows, i * dimensions, dimensions);
    });
    ByteBuffer bytes = ByteBuffer.allocate(rows.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asFloatBuffer().put(rows);
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    Files.write(partial, bytes.array());
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return rows;
  }

  // The direction all pieces share (their mean) would make every two texts look alike.
  private void removeMean(int[] ids, float[] vectors) {
    double[] mean = new double[dimensions];
    for (int id : ids) {
      for (int d = 0; d < dimensions; d++) {
        mean[d] += vectors[id * dimensions + d];
      }
    }
    for (int id : ids) {
      for (int d = 0; d < dimensions; d++) {
        vectors[id * dimensions + d] -= (float) (mean[d] / ids.length);
      }
    }
  }

  /** a/(a + p), p the Zipf probability of the piece's rank in the vocabulary's order (1 for the first). */
  private float[] weights(int[] ids, int size) {
    double harmonic = 0;
    for (int rank = 1; rank <= ids.length; rank++) {
      harmonic += 1.0 / rank;
    }
    float[] weights = new float[size];
    for (int rank = 1; rank <= ids.length; rank++) {
      double probability = 1.0 / (rank * harmonic);
      weights[ids[rank - 1]] = (float) (recipe.sif() / (recipe.sif() + probability));
    }
    return weights;
  }
}
