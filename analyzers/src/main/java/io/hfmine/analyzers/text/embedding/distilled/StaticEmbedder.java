package io.hfmine.analyzers.text.embedding.distilled;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import io.hfmine.analyzers.text.embedding.OnnxEmbedder;
import io.hfmine.analyzers.text.embedding.SentenceEmbedder;
import io.hfmine.datasets.progress.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence vectors from a static table ({@link StaticTable}): a text is split into its teacher's
 * word pieces and its vector is their weighted mean: the tokenizer's fraction of a millisecond per
 * text instead of the teacher's milliseconds, at the price of context (a piece means the same in
 * every sentence).
 *
 * <p>The teacher's piece vectors are distilled on first use and kept in a directory (once per
 * directory and teacher; a distillation that was interrupted resumes), so that later processes only
 * read them and apply the recipe's weighting. Until then nothing is loaded.
 */
public final class StaticEmbedder implements SentenceEmbedder {
  private static final Map<Key, StaticEmbedder> SHARED = new HashMap<>();
  /** Texts tokenised per call of the tokenizer (it spreads a batch over the cores). */
  private static final int BATCH = 1024;

  private record Key(StaticRecipe recipe, int maxTokens, Path dir) {
  }

  private final StaticRecipe recipe;
  private final int maxTokens;
  private final Path dir;
  private final Progress.Factory progress;
  private final HuggingFaceTokenizer tokenizer;
  private volatile StaticTable table;

  StaticEmbedder(StaticRecipe recipe, int maxTokens, Path dir, Progress.Factory progress) {
    if (maxTokens < 8 || maxTokens > OnnxEmbedder.MAX_TOKENS) {
      throw new IllegalArgumentException("a token budget of " + maxTokens + " word pieces is outside 8.."
          + OnnxEmbedder.MAX_TOKENS);
    }
    this.recipe = recipe;
    this.maxTokens = maxTokens;
    this.dir = dir;
    this.progress = progress;
    this.tokenizer = recipe.teacher().tokenizer(maxTokens);
  }

  /**
   * The process's one embedder of a recipe whose table is kept in {@code dir}, cutting texts at
   * {@code maxTokens} word pieces ([CLS] and [SEP] included); {@code progress} shows a distillation.
   */
  public static synchronized StaticEmbedder shared(StaticRecipe recipe, int maxTokens, Path dir,
      Progress.Factory progress) {
    return SHARED.computeIfAbsent(new Key(recipe, maxTokens, dir.toAbsolutePath().normalize()),
        key -> new StaticEmbedder(key.recipe(), key.maxTokens(), key.dir(), progress));
  }

  /** The file the distilled piece vectors are kept in (one per teacher, whatever the weighting). */
  public Path tableFile() {
    return dir.resolve(recipe.fileName());
  }

  @Override
  public void load() {
    table();
  }

  /** The table: read from its file, or distilled from the teacher and saved there first. */
  public StaticTable table() {
    StaticTable loaded = table;
    if (loaded == null) {
      synchronized (this) {
        loaded = table;
        if (loaded == null) {
          loaded = loadOrDistill();
          table = loaded;
        }
      }
    }
    return loaded;
  }

  private StaticTable loadOrDistill() {
    Path file = tableFile();
    try {
      var existing = StaticTable.read(file, recipe.pieceVectors());
      if (existing.isPresent()) {
        return recipe.weigh(existing.get());
      }
      Path parts = file.resolveSibling(file.getFileName() + ".parts");
      OnnxEmbedder teacher = OnnxEmbedder.shared(recipe.teacher());
      StaticTable distilled;
      try (Progress distilling = progress.start("distil " + recipe.id())) {
        distilled = new TableDistiller(recipe, teacher::embedFramedPieces, teacher.dimensions())
            .distill(recipe.teacher().wordPieces().values(), parts, distilling);
      }
      distilled.write(file);
      TableDistiller.discardParts(parts);
      return recipe.weigh(distilled);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the static embedding table " + file + ": " + e.getMessage(), e);
    }
  }

  /** The word-piece ids of a text as embedded: cut at the budget, [CLS] and [SEP] included (they weigh nothing). */
  public long[] pieces(String text) {
    return tokenizer.encode(recipe.teacher().prefix() + text, true, false).getIds();
  }

  /** The recipe; a budget other than the teacher's own is part of it, since it changes vectors. */
  @Override
  public String name() {
    return maxTokens == recipe.teacher().modelTokens() ? recipe.describe()
        : recipe.describe() + ", first " + maxTokens + " word pieces";
  }

  @Override
  public int dimensions() {
    return recipe.teacher().dimensions();
  }

  /** Computing a vector costs less than looking it up in a store. */
  @Override
  public boolean worthCaching() {
    return false;
  }

  @Override
  public float[][] embed(List<String> texts) {
    StaticTable loaded = table();
    float[][] vectors = new float[texts.size()][];
    for (int start = 0; start < texts.size(); start += BATCH) {
      List<String> batch = texts.subList(start, Math.min(texts.size(), start + BATCH));
      String[] written = new String[batch.size()];
      for (int i = 0; i < written.length; i++) {
        String text = batch.get(i);
        written[i] = text == null || text.isBlank() ? "" : recipe.teacher().prefix() + text;
      }
      Encoding[] encodings = written.length == 1 ? new Encoding[] {tokenizer.encode(written[0], true, false)}
          : tokenizer.batchEncode(written, true, false);
      for (int i = 0; i < written.length; i++) {
        vectors[start + i] = written[i].isEmpty() ? new float[loaded.dimensions()] : loaded.embed(encodings[i].getIds());
      }
    }
    return vectors;
  }
}
