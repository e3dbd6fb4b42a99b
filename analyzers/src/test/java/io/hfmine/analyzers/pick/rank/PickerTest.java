package io.hfmine.analyzers.pick.rank;

import static io.hfmine.analyzers.pick.PickFixtures.LICENSES;
import static io.hfmine.analyzers.pick.PickFixtures.SETTINGS;
import static io.hfmine.analyzers.pick.PickFixtures.TEMPLATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hfmine.analyzers.pick.PickCatalog;
import io.hfmine.analyzers.pick.PickSettings;
import io.hfmine.analyzers.pick.constraint.Check;
import io.hfmine.analyzers.pick.index.EmbeddedText;
import io.hfmine.analyzers.pick.index.IndexBuilder;
import io.hfmine.analyzers.pick.index.PickIndex;
import io.hfmine.analyzers.pick.request.PickRequest;
import io.hfmine.analyzers.pick.request.RequestReader;
import io.hfmine.analyzers.text.embedding.cache.EmbeddingCache;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.config.ConfigException;
import io.hfmine.datasets.progress.Progress;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests against a small catalog indexed with the real embedding model. */
class PickerTest {
  @TempDir
  static Path dir;
  private static PickIndex index;
  private static Picker picker;
  private static final RequestReader READER = new RequestReader(TEMPLATE, LICENSES, SETTINGS.constraints());

  @BeforeAll
  static void buildIndex() {
    new IndexBuilder(TEMPLATE, new EmbeddedText(SETTINGS.embedding().attributes(), SETTINGS.embedding().maxChars()),
        SETTINGS.embedding().embedder(dir, Progress.Factory.NONE), EmbeddingCache.NONE)
        .build(dir.resolve("index"), sink -> PickCatalog.models().forEach(sink), "test", Progress.NONE);
    index = PickIndex.open(dir.resolve("index"));
    picker = new Picker(index, SETTINGS.embedding().embedder(dir, Progress.Factory.NONE), TEMPLATE, SETTINGS);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static PickRequest request(String yaml) throws Exception {
    return READER.parse((ObjectNode) Config.yamlMapper().readTree(yaml), "test", "r");
  }

  @Test
  void aTextToSqlRequestForACommercialSmallModelFindsTheOneThatFitsAndSaysWhyOthersFellOut() throws Exception {
    PickResult result = picker.pick(request("""
        function: translate questions in English into SQL queries
        datasets: [spider]
        license: commercial-closed-source
        parameters: {max: 1B}
        """), 3, true);

    assertThat(result.answers().getFirst().modelId()).isEqualTo("sqlforge/ask-the-table-t5-small");
    assertThat(result.modelIds()).doesNotContain("nc-lab/sql-coder-nc", "bigcorp/sql-llm-7b");
    PickResult.Answer best = result.answers().getFirst();
    assertThat(best.matched()).containsKey("function");
    assertThat(best.matched().get("datasets")).containsExactly("spider");
    assertThat(best.checks()).extracting(Check::outcome).containsOnly(Check.Outcome.PASS);
    assertThat(best.parts()).extracting(RankFusion.Part::ranker).contains("bm25", "embedding");

    assertThat(result.removed()).extracting(PickResult.Removed::modelId).contains("nc-lab/sql-coder-nc", "bigcorp/sql-llm-7b");
    PickResult.Removed nonCommercial = result.removed().stream()
        .filter(removed -> removed.modelId().equals("nc-lab/sql-coder-nc")).findFirst().orElseThrow();
    assertThat(nonCommercial.failed()).extracting(Check::reason)
        .containsExactly("cc-by-nc-4.0 (non-commercial) does not fit commercial-closed-source");
    // sql-llm-7b (6.7 B) and Corvid-7B-Chat (7.7 B) are too large; sql-coder-nc and petit-poete are non-commercial
    assertThat(result.removedByFamily()).containsEntry("parameters", 2).containsEntry("license", 2);
  }

  @Test
  void theModalityDecidesBetweenAudioAndText() throws Exception {
    PickResult result = picker.pick(request("""
        function: turn French recordings into written text
        input-format: [audio]
        """), 5, false);

    assertThat(result.modelIds()).containsExactly("voice/whisper-tiny-fr");
    assertThat(result.kept()).isEqualTo(1);
  }

  @Test
  void embeddingsFindAModelWhoseCardSharesNoWordWithTheRequest() throws Exception {
    PickResult result = picker.pick(request("function: recognise which species of animal is in a picture"), 3, false);

    assertThat(result.answers().getFirst().modelId()).isEqualTo("vision/vit-small-birds");
    assertThat(result.answers().getFirst().parts()).extracting(RankFusion.Part::ranker).contains("embedding");
  }

  @Test
  void aModelWithoutLicenceInformationIsRemovedUnderTheDefaultPolicy() throws Exception {
    PickResult result = picker.pick(request("""
        function: chat assistant
        license: research
        """), 8, false);

    assertThat(result.modelIds()).contains("corvid-ai/Corvid-7B-Chat", "lyre-lab/petit-poete");
    assertThat(result.catalog()).isEqualTo(8);
  }

  @Test
  void aModelThatNamesNoLanguageRanksAfterTheModelsThatNameTheRequestedOne() throws Exception {
    PickResult result = picker.pick(request("""
        function: classifies photographs of birds into species
        languages: [French]
        """), 8, false);

    assertThat(result.modelIds()).as("the models that name English alone fail; the bird classifier is kept")
        .hasSize(3).doesNotContain("sqlforge/ask-the-table-t5-small");
    assertThat(result.modelIds().subList(0, 2)).as("though its words match the request best, it comes after both")
        .containsExactlyInAnyOrder("voice/whisper-tiny-fr", "lyre-lab/petit-poete");
    assertThat(result.modelIds().get(2)).isEqualTo("vision/vit-small-birds");
    assertThat(result.answers().get(2).checks()).anySatisfy(check -> {
      assertThat(check.family()).isEqualTo("languages");
      assertThat(check.outcome()).isEqualTo(Check.Outcome.UNKNOWN);
    });
  }

  private static Picker weighted(double bm25, double embedding) {
    PickSettings settings = SETTINGS.withRankerWeights(Map.of("bm25", bm25, "embedding", embedding, "popularity", 0.0))
        .validated();
    return new Picker(index, SETTINGS.embedding().embedder(dir, Progress.Factory.NONE), TEMPLATE, settings);
  }

  @Test
  void aRankerOfWeightZeroIsNotRunSoEveryAnswerComesFromTheOtherAlone() throws Exception {
    PickRequest birds = request("function: recognise which species of animal is in a picture");

    PickResult bm25Alone = weighted(1.0, 0.0).pick(birds, 8, false);
    PickResult embeddingAlone = weighted(0.0, 1.0).pick(birds, 8, false);

    assertThat(bm25Alone.answers()).isNotEmpty().allSatisfy(answer ->
        assertThat(answer.parts()).extracting(RankFusion.Part::ranker).containsExactly("bm25"));
    assertThat(embeddingAlone.answers()).allSatisfy(answer ->
        assertThat(answer.parts()).extracting(RankFusion.Part::ranker).containsExactly("embedding"));
    assertThat(embeddingAlone.answers().getFirst().modelId()).as("its card shares no word with the request")
        .isEqualTo("vision/vit-small-birds");
    assertThat(embeddingAlone.answers()).extracting(PickResult.Answer::score).allSatisfy(score -> assertThat(score)
        .isPositive());
  }

  @Test
  void rankerWeightsMustLeaveOneOfBm25AndTheEmbeddingOnAndNoneNegative() {
    assertThatThrownBy(() -> SETTINGS.withRankerWeights(Map.of("bm25", 0.0, "embedding", 0.0)).validated())
        .isInstanceOf(ConfigException.class).hasMessageContaining("bm25 and embedding cannot both be 0");
    assertThatThrownBy(() -> SETTINGS.withRankerWeights(Map.of("bm25", 1.0, "embedding", -0.5)).validated())
        .isInstanceOf(ConfigException.class).hasMessageContaining("pick.ranking.weights.embedding must not be negative");
  }
}
