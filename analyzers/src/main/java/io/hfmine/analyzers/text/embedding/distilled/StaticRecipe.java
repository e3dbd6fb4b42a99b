package io.hfmine.analyzers.text.embedding.distilled;

import io.hfmine.analyzers.text.embedding.OnnxEmbedder;
import io.hfmine.datasets.hashing.Hashes;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * How a static table is distilled from a transformer (the Model2Vec idea): every word piece of the
 * teacher's vocabulary runs through the teacher alone, its vector is pooled as the teacher pools,
 * the vocabulary's mean vector is subtracted (the direction every piece shares says nothing about
 * a text), and each piece is weighted by a/(a + p), p its Zipf probability by vocabulary rank (the
 * tokenizer's vocabulary lists pieces from the most to the least frequent), so that frequent pieces
 * such as "the" or "-" count less than rare ones.
 *
 * @param id the {@code pick.embedding.model} value that selects this recipe
 * @param teacher the transformer build the pieces run through
 * @param sif the smoothing a of the weight a/(a + p)
 */
public record StaticRecipe(String id, OnnxEmbedder.Build teacher, double sif) {
  /**
   * Raise when the distillation or the weighting changes what a table holds, so that tables (and the
   * indexes built with them) made by the previous code are made again rather than reused.
   */
  static final int VERSION = 1;
  /** Raise when what is distilled per piece changes, so distilled files are made again. */
  static final int DISTILLATION = 1;

  /**
   * The recipes {@code pick.embedding.model} accepts. a = 1e-4 as Model2Vec chose; 1e-3 and 1e-5
   * ranked the real 2022 catalog within 0.02 of it on every measure (README, "pick speed").
   */
  private static final StaticRecipe[] KNOWN = {new StaticRecipe("static-minilm", OnnxEmbedder.Build.FLOAT, 1e-4)};

  /** The recipe of a configuration id, if it names one. */
  public static Optional<StaticRecipe> of(String id) {
    return Arrays.stream(KNOWN).filter(recipe -> recipe.id.equals(id)).findFirst();
  }

  /** The ids configuration files may use, for error messages. */
  public static String ids() {
    return String.join(", ", Arrays.stream(KNOWN).map(StaticRecipe::id).toList());
  }

  /** What the table's vectors are, recorded with them: a change of any part is another table. */
  public String describe() {
    return String.format(Locale.ROOT, "static word-piece vectors distilled from %s (mean removed, SIF a=%s over Zipf ranks,"
        + " recipe %d)", teacher.displayName(), sif, VERSION);
  }

  /**
   * What the distilled file holds: the teacher's vector of every piece alone, before the mean is
   * removed and the pieces weighted (those are applied when the file is read, so a new weighting
   * needs no new distillation).
   */
  String pieceVectors() {
    return String.format(Locale.ROOT, "word pieces of %s, each alone, pooled as the model pools (distillation %d)",
        teacher.displayName(), DISTILLATION);
  }

  /** The distilled file's name: the teacher and a hash of {@link #pieceVectors()}. */
  String fileName() {
    return teacher.id() + "-" + Hashes.sha256(pieceVectors()).substring(0, 12) + ".pieces";
  }

  /**
   * The table texts are embedded with: the distilled vectors with the vocabulary's mean removed
   * and each piece weighted a/(a + p) by its rank among the distilled pieces.
   */
  public StaticTable weigh(StaticTable distilled) {
    int dimensions = distilled.dimensions();
    int[] ids = IntStream.range(0, distilled.size()).filter(id -> distilled.weight(id) > 0).toArray();
    double[] mean = new double[dimensions];
    for (int id : ids) {
      float[] row = distilled.vector(id);
      for (int d = 0; d < dimensions; d++) {
        mean[d] += row[d];
      }
    }
    float[] vectors = new float[distilled.size() * dimensions];
    for (int id : ids) {
      float[] row = distilled.vector(id);
      for (int d = 0; d < dimensions; d++) {
        vectors[id * dimensions + d] = (float) (row[d] - mean[d] / ids.length);
      }
    }
    double harmonic = 0;
    for (int rank = 1; rank <= ids.length; rank++) {
      harmonic += 1.0 / rank;
    }
    float[] weights = new float[distilled.size()];
    for (int rank = 1; rank <= ids.length; rank++) {
      double probability = 1.0 / (rank * harmonic);
      weights[ids[rank - 1]] = (float) (sif / (sif + probability));
    }
    return new StaticTable(describe(), dimensions, weights, vectors);
  }
}
