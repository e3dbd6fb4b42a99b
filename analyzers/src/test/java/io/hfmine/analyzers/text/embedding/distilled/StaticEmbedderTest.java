package io.hfmine.analyzers.text.embedding.distilled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hfmine.analyzers.text.embedding.OnnxEmbedder;
import io.hfmine.analyzers.text.embedding.SentenceEmbedder;
import io.hfmine.datasets.progress.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Distillation with the shipped MiniLM model on the word pieces of a few sentences and a slice of
 * the vocabulary (the whole vocabulary takes minutes), and the table's file handling.
 */
class StaticEmbedderTest {
  private static final StaticRecipe RECIPE = StaticRecipe.of("static-minilm").orElseThrow();
  private static final OnnxEmbedder TEACHER = OnnxEmbedder.shared(RECIPE.teacher());
  private static final List<String> TEXTS = List.of("The download link of the pretrained weights is broken.",
      "I cannot download the released model checkpoint.", "The bar chart legend overlaps the axis labels.");
  private static Set<Integer> pieces;
  private static StaticTable distilled;

  @TempDir
  static Path dir;

  @BeforeAll
  static void distilSomePieces() {
    pieces = new TreeSet<>();
    Map<String, Integer> vocabulary = RECIPE.teacher().wordPieces();
    // Every 60th piece of the vocabulary, so the mean removed is not the test sentences' own.
    vocabulary.values().stream().filter(id -> id % 60 == 0).forEach(pieces::add);
    for (String text : TEXTS) {
      Arrays.stream(TEACHER.pieces(text)).mapToInt(id -> (int) id).filter(vocabulary::containsValue).forEach(pieces::add);
    }
    distilled = new TableDistiller(RECIPE, TEACHER::embedFramedPieces, TEACHER.dimensions())
        .distill(pieces, dir.resolve("parts"), Progress.NONE);
  }

  @Test
  void aPiecesVectorIsWhatTheModelGivesThePieceAloneBetweenClsAndSep() {
    long[] framed = TEACHER.pieces("");
    int checkpoint = (int) TEACHER.pieces("checkpoint")[1];

    float[] alone = TEACHER.embedPieces(new long[] {framed[0], checkpoint, framed[1]});

    assertThat(SentenceEmbedder.cosine(distilled.vector(checkpoint), alone)).isCloseTo(1.0, within(1e-6));
    assertThat(distilled.weight(checkpoint)).isEqualTo(1f);
    assertThat(distilled.weight((int) framed[0])).as("[CLS] is not distilled").isZero();
  }

  @Test
  void aTextsVectorIsTheWeightedMeanOfItsPiecesVectorsAtUnitLength() {
    StaticTable table = RECIPE.weigh(distilled);
    long[] ids = TEACHER.pieces(TEXTS.get(0));

    float[] expected = new float[table.dimensions()];
    for (long id : ids) {
      float[] row = table.vector((int) id);
      for (int d = 0; d < row.length; d++) {
        expected[d] += table.weight((int) id) * row[d];
      }
    }
    float[] vector = table.embed(ids);

    assertThat(SentenceEmbedder.cosine(vector, expected)).isCloseTo(1.0, within(1e-6));
    assertThat(SentenceEmbedder.cosine(vector, vector)).isCloseTo(1.0, within(1e-6));
    double norm = 0;
    for (float value : vector) {
      norm += value * value;
    }
    assertThat(norm).isCloseTo(1.0, within(1e-5));
  }

  @Test
  void theWeightingRemovesTheMeanAndWeighsFrequentPiecesLessThanRareOnes() {
    StaticTable table = RECIPE.weigh(distilled);
    int the = (int) TEACHER.pieces("the")[1];
    int checkpoint = (int) TEACHER.pieces("checkpoint")[1];

    double[] mean = new double[table.dimensions()];
    for (int id : pieces) {
      float[] row = table.vector(id);
      for (int d = 0; d < row.length; d++) {
        mean[d] += row[d] / pieces.size();
      }
    }
    assertThat(Arrays.stream(mean).map(Math::abs).max().orElseThrow()).isLessThan(1e-5);
    assertThat(table.weight(the)).isPositive().isLessThan(table.weight(checkpoint));
  }

  @Test
  void sentencesOfOneMeaningStayCloserThanUnrelatedOnes() {
    StaticTable table = RECIPE.weigh(distilled);
    float[][] vectors = TEXTS.stream().map(text -> table.embed(TEACHER.pieces(text))).toArray(float[][]::new);

    assertThat(SentenceEmbedder.cosine(vectors[0], vectors[1])).isGreaterThan(SentenceEmbedder.cosine(vectors[0], vectors[2]));
  }

  @Test
  void anInterruptedDistillationResumesFromTheSavedPartsAndGivesTheSameTable() {
    List<Integer> ids = IntStream.range(0, TableDistiller.PART * 2 + 100).boxed().toList();
    Function<int[], float[][]> model = batch -> Arrays.stream(batch).mapToObj(id -> new float[] {id, 1, -id})
        .toArray(float[][]::new);
    Path parts = dir.resolve("interrupted");
    AtomicInteger calls = new AtomicInteger();
    Function<int[], float[][]> failing = batch -> {
      if (Arrays.stream(batch).anyMatch(id -> id >= TableDistiller.PART)) {
        throw new IllegalStateException("interrupted");
      }
      return model.apply(batch);
    };

    assertThatThrownBy(() -> new TableDistiller(RECIPE, failing, 3).distill(ids, parts, Progress.NONE))
        .hasMessageContaining("interrupted");
    Function<int[], float[][]> counting = batch -> {
      calls.addAndGet(batch.length);
      return model.apply(batch);
    };
    StaticTable resumed = new TableDistiller(RECIPE, counting, 3).distill(ids, parts, Progress.NONE);

    assertThat(calls.get()).as("only the pieces of the unfinished parts run again").isEqualTo(ids.size() - TableDistiller.PART);
    StaticTable whole = new TableDistiller(RECIPE, model, 3).distill(ids, dir.resolve("whole"), Progress.NONE);
    for (int id : List.of(0, TableDistiller.PART - 1, TableDistiller.PART, ids.size() - 1)) {
      assertThat(resumed.vector(id)).containsExactly(whole.vector(id));
    }
  }

  @Test
  void theEmbedderReadsTheDistilledFileInsteadOfDistillingAgain() throws IOException {
    Path tables = dir.resolve("tables");
    StaticEmbedder embedder = StaticEmbedder.shared(RECIPE, 96, tables, Progress.Factory.NONE);
    // The file of a few pieces: had the embedder distilled the whole vocabulary, the mean removed
    // (and so every vector) would differ.
    distilled.write(embedder.tableFile());

    float[] vector = embedder.embed(TEXTS.get(1));

    assertThat(SentenceEmbedder.cosine(vector, RECIPE.weigh(distilled).embed(TEACHER.pieces(TEXTS.get(1)))))
        .isCloseTo(1.0, within(1e-6));
    assertThat(embedder.embed(List.of(" ", TEXTS.get(1)))[0]).containsOnly(0f);
    assertThat(embedder.worthCaching()).isFalse();
  }

  @Test
  void aFileOfOtherVectorsOrADamagedOneIsNotRead() throws IOException {
    Path file = dir.resolve("check.pieces");
    distilled.write(file);

    assertThat(StaticTable.read(file, RECIPE.pieceVectors())).isPresent();
    assertThat(StaticTable.read(file, RECIPE.pieceVectors() + ", another model")).isEmpty();
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length - 100));
    assertThat(StaticTable.read(file, RECIPE.pieceVectors())).isEmpty();
  }

  @Test
  void aNewWeightingOrBudgetIsAnotherEmbedderNameSoIndexesNeverMixVectors() {
    StaticRecipe otherWeighting = new StaticRecipe(RECIPE.id(), RECIPE.teacher(), RECIPE.sif() * 10);

    assertThat(otherWeighting.describe()).isNotEqualTo(RECIPE.describe());
    assertThat(otherWeighting.pieceVectors()).as("the distilled pieces are reused").isEqualTo(RECIPE.pieceVectors());
    Path tables = dir.resolve("names");
    String full = StaticEmbedder.shared(RECIPE, RECIPE.teacher().modelTokens(), tables, Progress.Factory.NONE).name();
    String cut = StaticEmbedder.shared(RECIPE, 64, tables, Progress.Factory.NONE).name();
    assertThat(cut).isNotEqualTo(full).contains("64 word pieces");
    assertThat(full).isNotEqualTo(TEACHER.name()).contains(TEACHER.name());
  }
}
