package io.hfmine.analyzers.text.embedding.distilled;

import io.hfmine.analyzers.text.embedding.OnnxEmbedder;
import io.hfmine.datasets.hashing.Hashes;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

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

  /** The recipes {@code pick.embedding.model} accepts. */
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

  /** The table's file name: the id and a hash of {@link #describe()}. */
  String fileName() {
    return id + "-" + Hashes.sha256(describe()).substring(0, 12) + ".table";
  }
}
