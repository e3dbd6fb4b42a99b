package io.hfmine.analyzers.usage.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.datasets.config.ConfigException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SignatureCatalogTest {
  private final SignatureCatalog shipped = SignatureCatalog.shipped();

  @Test
  void aNameUnderAReExportingModuleIsItsDocumentedPublicName() {
    assertThat(shipped.publicName("transformers.pipelines.pipeline")).isEqualTo("transformers.pipeline");
    assertThat(shipped.publicName("timm.models.create_model")).isEqualTo("timm.create_model");
    assertThat(shipped.publicName("timm.models._factory.create_model")).isEqualTo("timm.create_model");
    assertThat(shipped.publicName("diffusers.pipelines.StableDiffusionPipeline.from_pretrained"))
        .isEqualTo("diffusers.StableDiffusionPipeline.from_pretrained");
  }

  @Test
  void aLowerCaseSubmodulePathIsLeftAsItIs() {
    assertThat(shipped.publicName("diffusers.pipelines.stable_diffusion.StableDiffusionSafetyChecker.from_pretrained"))
        .isEqualTo("diffusers.pipelines.stable_diffusion.StableDiffusionSafetyChecker.from_pretrained");
    assertThat(shipped.publicName("transformers.AutoModel.from_pretrained")).isEqualTo("transformers.AutoModel.from_pretrained");
  }

  @Test
  void spacyPipelinesAreHubModelsOfTheSpacyOrganisationAndLocalPathsAreNot() {
    PythonSignature load = shipped.match("spacy.load").orElseThrow();
    assertThat(load.hubName().hubIdOf("en_core_web_trf")).isEqualTo("spacy/en_core_web_trf");
    assertThat(load.hubName().hubIdOf("fr")).isEqualTo("spacy/fr_core_news_sm");
    assertThat(load.hubName().hubIdOf("models/ner")).isNull();
    assertThat(load.keyword()).isEqualTo("spacy");
    assertThat(shipped.match("spacy.blank")).isEmpty();
  }

  @Test
  void datasetsPackagedBuildersAreLocalNames() {
    PythonSignature loadDataset = shipped.match("datasets.load_dataset").orElseThrow();
    assertThat(loadDataset.isLocalName("ImageFolder")).isTrue();
    assertThat(loadDataset.isLocalName("squad")).isFalse();
  }

  @Test
  void answersStayTheSameWhenRememberedAndAfterTheMemoryIsEmptied() {
    PythonSignature first = shipped.match("transformers.AutoModel.from_pretrained").orElseThrow();
    assertThat(shipped.match("transformers.AutoModel.from_pretrained")).containsSame(first);
    assertThat(shipped.match("numpy.load")).isEmpty();
    // More distinct names than the catalog remembers: it forgets and answers afresh.
    for (int i = 0; i < 25_000; i++) {
      assertThat(shipped.match("project.module" + i + ".load")).isEmpty();
    }
    assertThat(shipped.match("transformers.AutoModel.from_pretrained")).containsSame(first);
    assertThat(shipped.match("numpy.load")).isEmpty();
    assertThat(shipped.match("transformers.AutoTokenizer.from_pretrained").orElseThrow().kind()).isEqualTo("tokenizer");
  }

  @Test
  void aPackageTakenAsItsOwnIdNeedsAPatternAndOnlyAPipelineNameLoadsItself() {
    assertThat(shipped.loadsItself("en_core_web_sm")).isTrue();
    assertThat(shipped.loadsItself("report_core_web_helpers")).isTrue(); // the callee fits; the pattern decides later
    assertThat(shipped.loadsItself("json")).isFalse();
    String yaml = """
        signatures:
          - library: anything
            callee: "*.load"
            kind: model
            id: {module: true}
        """;
    assertThatThrownBy(() -> SignatureCatalog.parse(yaml.getBytes(StandardCharsets.UTF_8), "mine.yaml"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("mine.yaml signature #1").hasMessageContaining("hub-name");
  }

  @Test
  void aBrokenHubNamePatternNamesTheFileAndTheEntry() {
    String yaml = """
        signatures:
          - library: x
            callee: x.load
            kind: model
            id: {position: 0}
            hub-name: {organisation: x, pattern: "[unclosed"}
        """;
    assertThatThrownBy(() -> SignatureCatalog.parse(yaml.getBytes(StandardCharsets.UTF_8), "mine.yaml"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("mine.yaml signature #1");
  }

  @Test
  void anEntryMayOnlyFollowTheNamingOfALibraryTheFileLoadsFor() {
    String yaml = """
        signatures:
          - {library: sentence-transformers, callee: sentence_transformers.SentenceTransformer, kind: model, id: {position: 0}}
          - {library: wrapper, callee: wrapper.Embeddings, kind: model, id: {position: 0}, naming: sentence_transformers}
        """;
    assertThatThrownBy(() -> SignatureCatalog.parse(yaml.getBytes(StandardCharsets.UTF_8), "mine.yaml"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("mine.yaml signature #2").hasMessageContaining("sentence_transformers")
        .hasMessageContaining("sentence-transformers");
    String fixed = yaml.replace("naming: sentence_transformers", "naming: sentence-transformers");
    assertThat(SignatureCatalog.parse(fixed.getBytes(StandardCharsets.UTF_8), "mine.yaml")
        .match("wrapper.Embeddings").orElseThrow().namingLibrary()).isEqualTo("sentence-transformers");
  }

  @Test
  void aReExportWithoutItsTargetIsRefused() {
    String yaml = """
        re-exports:
          - {module: x.sub}
        signatures:
          - {library: x, callee: x.load, kind: model, id: {position: 0}}
        """;
    assertThatThrownBy(() -> SignatureCatalog.parse(yaml.getBytes(StandardCharsets.UTF_8), "mine.yaml"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("mine.yaml");
  }

  @Test
  void entriesNamingASharedHubNameBlockAllFollowIt() {
    String yaml = """
        hub-names:
          pipelines: {organisation: acme, pattern: "[a-z]+_v[0-9]", aliases: {small: tiny_v1}}
        signatures:
          - {library: acme, callee: acme.load, kind: model, id: {position: 0}, hub-name: pipelines}
          - {library: acme, callee: acme.fetch, kind: model, id: {position: 0}, hub-name: pipelines}
        """;
    SignatureCatalog catalog = SignatureCatalog.parse(yaml.getBytes(StandardCharsets.UTF_8), "mine.yaml");
    for (String callee : new String[] {"acme.load", "acme.fetch"}) {
      HubName naming = catalog.match(callee).orElseThrow().hubName();
      assertThat(naming.hubIdOf("tiny_v1")).isEqualTo("acme/tiny_v1");
      assertThat(naming.hubIdOf("small")).isEqualTo("acme/tiny_v1");
      assertThat(naming.hubIdOf("./local")).isNull();
    }
  }

  @Test
  void aSharedHubNameThatIsMissingMisspeltOrUnusedIsRefusedByName() {
    String pipelines = "pipelines: {organisation: acme, pattern: \"[a-z]+\"}";
    assertThatThrownBy(() -> withSharedNames(pipelines, "pipeline"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("mine.yaml signature #1").hasMessageContaining("`pipeline`")
        .hasMessageContaining("[pipelines]");
    assertThatThrownBy(() -> withSharedNames(pipelines + "\n  spare: {organisation: acme, pattern: \"[a-z]+\"}", "pipelines"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("mine.yaml").hasMessageContaining("[spare]");
    assertThatThrownBy(() -> withSharedNames("pipelines: {organisation: acme, pattern: \"[unclosed\"}", "pipelines"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("mine.yaml hub-names `pipelines`");
  }

  /** A file with the given {@code hub-names} blocks and one entry whose hub-name is {@code reference}. */
  private static SignatureCatalog withSharedNames(String blocks, String reference) {
    String yaml = "hub-names:\n  " + blocks + "\nsignatures:\n"
        + "  - {library: acme, callee: acme.load, kind: model, id: {position: 0}, hub-name: " + reference + "}\n";
    return SignatureCatalog.parse(yaml.getBytes(StandardCharsets.UTF_8), "mine.yaml");
  }

  @Test
  void theShippedSpacyEntriesShareOneNaming() {
    HubName load = shipped.match("spacy.load").orElseThrow().hubName();
    assertThat(shipped.match("spacy.cli.download").orElseThrow().hubName()).isSameAs(load);
    assertThat(shipped.match("spacy.util.load_model").orElseThrow().hubName()).isSameAs(load);
    assertThat(shipped.match("en_core_web_sm.load").orElseThrow().hubName()).isSameAs(load);
  }

  @Test
  void anOpenClipArchitectureNeedsTheArgumentNamingItsWeightsAndNoOtherEntryTakesOne() {
    String withoutWeights = "signatures:\n  - {library: clip, callee: clip.create, kind: model, id: {position: 0},"
        + " id-prefixes: [\"hf-hub:\"], unprefixed: open_clip}\n";
    assertThatThrownBy(() -> SignatureCatalog.parse(withoutWeights.getBytes(StandardCharsets.UTF_8), "mine.yaml"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("mine.yaml signature #1").hasMessageContaining("clip.create")
        .hasMessageContaining("`weights`");
    String weightsForTimm = "signatures:\n  - {library: t, callee: t.create, kind: model, id: {position: 0},"
        + " id-prefixes: [\"hf-hub:\"], unprefixed: timm, weights: {keyword: pretrained}}\n";
    assertThatThrownBy(() -> SignatureCatalog.parse(weightsForTimm.getBytes(StandardCharsets.UTF_8), "mine.yaml"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("t.create").hasMessageContaining("`weights`");
    PythonSignature shippedCreate = shipped.match("open_clip.create_model_and_transforms").orElseThrow();
    assertThat(shippedCreate.unprefixed()).isEqualTo(Unprefixed.OPEN_CLIP);
    assertThat(shippedCreate.weights().keyword()).isEqualTo("pretrained");
  }
}
