package io.hfmine.analyzers.text.embedding.distilled;

import io.hfmine.datasets.files.DirectoryTree;
import io.hfmine.datasets.progress.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Distils the teacher's word-piece vectors: runs every word piece through the teacher alone, in
 * parts of {@value #PART} pieces each saved as soon as it is done, so an interrupted distillation
 * resumes where it stopped. The result weighs every distilled piece 1; {@link StaticRecipe#weigh}
 * turns it into the table texts are embedded with.
 */
public final class TableDistiller {
  /** Pieces per saved part: a few seconds of the teacher's time. */
  static final int PART = 2048;
  /** Pieces per run of the teacher: one run of many short sequences costs less per piece than one each. */
  private static final int BATCH = 64;

  private final StaticRecipe recipe;
  private final Function<int[], float[][]> teacher;
  private final int dimensions;

  /**
   * @param teacher the unit-length vectors the teacher gives word piece ids, each alone (with the
   *     teacher's [CLS] and [SEP] around it), pooled as the teacher pools; called from several threads
   */
  public TableDistiller(StaticRecipe recipe, Function<int[], float[][]> teacher, int dimensions) {
    this.recipe = recipe;
    this.teacher = teacher;
    this.dimensions = dimensions;
  }

  /**
   * The vectors of {@code pieceIds} (the vocabulary without special tokens; the table has a row for
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
        int[] part = Arrays.copyOfRange(ids, start, Math.min(ids.length, start + PART));
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
    float[] weights = new float[size];
    for (int id : ids) {
      weights[id] = 1;
    }
    return new StaticTable(recipe.pieceVectors(), dimensions, weights, vectors);
  }

  /** Deletes the parts of a finished table. */
  public static void discardParts(Path partsDir) throws IOException {
    DirectoryTree.delete(partsDir);
  }

  // A part saved earlier is read back; otherwise its pieces run through the teacher on every core.
  private float[] part(Path file, int[] part) throws IOException {
    long expected = 4L * part.length * dimensions;
    if (Files.isRegularFile(file) && Files.size(file) == expected) {
      float[] rows = new float[part.length * dimensions];
      FloatFiles.read(file).asFloatBuffer().get(rows);
      return rows;
    }
    float[] rows = new float[part.length * dimensions];
    IntStream.range(0, (part.length + BATCH - 1) / BATCH).parallel().forEach(batch -> {
      int from = batch * BATCH;
      float[][] vectors = teacher.apply(Arrays.copyOfRange(part, from, Math.min(part.length, from + BATCH)));
      for (int i = 0; i < vectors.length; i++) {
        if (vectors[i].length != dimensions) {
          throw new IllegalStateException("the teacher gave " + vectors[i].length + " dimensions, not " + dimensions);
        }
        System.arraycopy(vectors[i], 0, rows, (from + i) * dimensions, dimensions);
      }
    });
    FloatFiles.write(file, FloatFiles.bytes(rows));
    return rows;
  }
}
