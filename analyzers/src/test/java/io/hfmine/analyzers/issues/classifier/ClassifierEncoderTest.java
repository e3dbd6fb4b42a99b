package io.hfmine.analyzers.issues.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.analyzers.issues.IssueLabellers;
import io.hfmine.analyzers.issues.context.ContextSettings;
import io.hfmine.analyzers.issues.rules.RuleSettings;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.analyzers.text.embedding.OnnxEmbedder;
import io.hfmine.analyzers.text.embedding.SentenceEmbedder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassifierEncoderTest {
  private static final IssueFeatures FEATURES = ClassifierFixtures.features();
  private static final ClassifierProvenance PROVENANCE = new ClassifierProvenance("fixtures.csv", "00", "11", 96, 72, "test");
  private static final String BGE = OnnxEmbedder.Build.BGE_SMALL_INT8.displayName();
  private static final String MINILM = OnnxEmbedder.Build.FLOAT.displayName();

  private static ClassifierSettings settings(String encoder) {
    return ClassifierFixtures.settings().toBuilder().embeddings(true).embeddingChars(600).encoder(encoder).build();
  }

  /** A model trained on the fixtures with embeddings of an embedder that goes by the given name. */
  private static IssueClassifierModel trainedWith(String encoderName, String encoderId) {
    SentenceEmbedder embedder = new WordEmbedder(encoderName);
    List<PreparedIssue> prepared = new IssuePreparation(FEATURES, ClassifierFixtures.projects(FEATURES), embedder, 600)
        .prepare(ClassifierFixtures.ISSUES);
    return new ClassifierTrainer(Taxonomy.text("config/taxonomy/ptm-challenges.yaml"), RuleSettings.defaults(),
        ContextSettings.defaults(), settings(encoderId), IssuePreparation.knowledgeNames(FEATURES, true), embedder.name())
        .train(prepared, ClassifierFixtures.GOLD, PROVENANCE);
  }

  @Test
  void theEncoderSettingNamesAShippedEncoderAndAnUnknownOneIsRefusedWithTheKnownOnes() {
    assertThat(settings("bge-small-en-v15-q").encoderBuild()).isEqualTo(OnnxEmbedder.Build.BGE_SMALL_INT8);
    assertThat(settings("all-minilm-l6-v2-q").encoderBuild()).isEqualTo(OnnxEmbedder.Build.INT8);

    assertThatThrownBy(() -> settings("bge-small"))
        .hasMessageContaining("issues.classifier.encoder").hasMessageContaining("'bge-small'")
        .hasMessageContaining("bge-small-en-v15-q").hasMessageContaining("all-minilm-l6-v2");
  }

  @Test
  void settingsAndModelFilesFromBeforeTheEncoderSettingMeanMiniLm() {
    assertThat(settings(null).encoderBuild()).isEqualTo(OnnxEmbedder.Build.FLOAT);
    assertThat(OnnxEmbedder.Build.named(MINILM)).contains(OnnxEmbedder.Build.FLOAT);
  }

  @Test
  void aModelTrainedWithOneEncoderRefusesToLabelWithAnotherAndItsFileKeepsTheEncoder() {
    IssueClassifierModel model = trainedWith(BGE, "bge-small-en-v15-q");

    assertThatThrownBy(() -> new ClassifierLabeller(model, FEATURES, ClassifierFixtures.projects(FEATURES),
        new WordEmbedder(MINILM), Map.of()))
        .hasMessageContaining("trained with embeddings of " + BGE).hasMessageContaining(MINILM)
        .hasMessageContaining("train it again");

    IssueClassifierModel read = ClassifierFile.read(ClassifierFile.write(model), "model.json");
    assertThat(read.embedder()).isEqualTo(BGE);
    assertThat(read.settings().encoder()).isEqualTo("bge-small-en-v15-q");
    assertThat(OnnxEmbedder.Build.named(read.embedder())).contains(OnnxEmbedder.Build.BGE_SMALL_INT8);
  }

  @Test
  void aModelOfAnEncoderThisHfmineDoesNotHaveIsRefusedNamingTheOnesItHas() {
    IssueClassifierModel model = trainedWith("word-counts 0.1", null);

    assertThatThrownBy(() -> IssueLabellers.encoderOf(model))
        .hasMessageContaining("word-counts 0.1").hasMessageContaining("bge-small-en-v15-q").hasMessageContaining("train it again");
  }
}
