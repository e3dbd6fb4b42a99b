package io.hfmine.analyzers.usage.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelIdCanonicalizerTest {
  private final ModelIdCanonicalizer withCatalog = ModelIdCanonicalizer.shipped(ModelCatalog.of(List.of(
      "microsoft/codebert-base", "google-bert/bert-base-uncased", "sentence-transformers/all-mpnet-base-v2",
      "timm/resnet50.a1_in1k")));
  private final ModelIdCanonicalizer withoutCatalog = ModelIdCanonicalizer.shipped(ModelCatalog.NONE);

  @Test
  void takesTheCatalogsSpellingWhateverTheCase() {
    assertThat(withCatalog.canonicalize("Microsoft/CodeBERT-base", "transformers")).isEqualTo("microsoft/codebert-base");
  }

  @Test
  void mapsLegacyIdsThroughTheAliasTable() {
    assertThat(withCatalog.canonicalize("bert-base-uncased", "transformers")).isEqualTo("google-bert/bert-base-uncased");
    assertThat(withoutCatalog.canonicalize("gpt2", "transformers")).isEqualTo("openai-community/gpt2");
  }

  @Test
  void prefixesBareSentenceTransformersNamesOnlyWhenTheModelExists() {
    assertThat(withCatalog.canonicalize("all-mpnet-base-v2", "sentence-transformers"))
        .isEqualTo("sentence-transformers/all-mpnet-base-v2");
    assertThat(withCatalog.canonicalize("my-local-encoder", "sentence-transformers")).isNull();
    assertThat(withCatalog.canonicalize("all-mpnet-base-v2", "transformers")).isNull();
  }

  @Test
  void turnsTimmArchitecturesIntoTheirDefaultPretrainedRepository() {
    assertThat(withCatalog.canonicalizeTimm("resnet50")).isEqualTo("timm/resnet50.a1_in1k");
    assertThat(withoutCatalog.canonicalizeTimm("vit_base_patch16_224")).isEqualTo("timm/vit_base_patch16_224.augreg2_in21k_ft_in1k");
    assertThat(withoutCatalog.canonicalizeTimm("no_such_architecture")).isNull();
  }

  @Test
  void anArchitectureWhoseFirstTagsHaveNoWeightsLoadsTheFirstTagThatHas() {
    // timm lists placeholder tags (untrained) first for some architectures; create_model takes
    // the first tag with weights, and repvit's registry (a line break after the call) counts too.
    assertThat(withoutCatalog.canonicalizeTimm("vit_huge_patch14_224")).isEqualTo("timm/vit_huge_patch14_224.orig_in21k");
    assertThat(withoutCatalog.canonicalizeTimm("resnext101_32x4d")).isEqualTo("timm/resnext101_32x4d.fb_ssl_yfcc100m_ft_in1k");
    assertThat(withoutCatalog.canonicalizeTimm("repvit_m1")).isEqualTo("timm/repvit_m1.dist_in1k");
  }

  @Test
  void anArchitectureTimmHasNoWeightsForLoadsNothing() {
    // resnetblur18's one tag is an "untrained" placeholder; resnet18 has weights.
    assertThat(withoutCatalog.timmLoadsNoWeights("resnetblur18")).isTrue();
    assertThat(withoutCatalog.timmLoadsNoWeights("resnet18")).isFalse();
    assertThat(withoutCatalog.timmLoadsNoWeights("no_such_architecture")).isFalse();
  }

  @Test
  void withoutACatalogAModelNeedsAnOwnerUnlessItIsALegacyId() {
    // The Hub moved its owner-less models into organisations; a bare name is a local folder.
    assertThat(withoutCatalog.canonicalizeModel("acme-large-tok", "transformers")).isNull();
    assertThat(withoutCatalog.canonicalizeModel("https://huggingface.co/acme-large/resolve/main/model.bin", "huggingface_hub"))
        .isNull();
    assertThat(withoutCatalog.canonicalizeModel("roberta-base", "transformers")).isEqualTo("FacebookAI/roberta-base");
    assertThat(withoutCatalog.canonicalizeModel("acme/large", "transformers")).isEqualTo("acme/large");
    assertThat(withoutCatalog.canonicalizeModel("acme-MiniLM", "sentence-transformers"))
        .isEqualTo("sentence-transformers/acme-MiniLM");
    // A dataset's bare id stays one.
    assertThat(withoutCatalog.canonicalize("acme_corpus", "datasets")).isEqualTo("acme_corpus");
  }

  @Test
  void withACatalogTheCatalogDecidesWhetherABareModelIdExists() {
    ModelIdCanonicalizer oldCatalog = ModelIdCanonicalizer.shipped(ModelCatalog.of(List.of("acme-classic")));
    assertThat(oldCatalog.canonicalizeModel("ACME-classic", "transformers")).isEqualTo("acme-classic");
    assertThat(oldCatalog.canonicalizeModel("acme-large-tok", "transformers")).isNull();
  }

  @Test
  void aPythonFileIsNoHubId() {
    assertThat(withoutCatalog.canonicalize("corpus_loader.py", "datasets")).isNull();
    assertThat(withoutCatalog.canonicalize("scripts/loader.PY", "datasets")).isNull();
    assertThat(withoutCatalog.canonicalize("acme/pyramid", "datasets")).isEqualTo("acme/pyramid");
  }

  @Test
  void turnsAnOldTimmNameIntoTheArchitectureAndTagTimmNowBuildsForIt() {
    // register_model_deprecations: with a tag, that tag; without one, the current architecture's default.
    assertThat(withoutCatalog.canonicalizeTimm("resmlp_24_distilled_224")).isEqualTo("timm/resmlp_24_224.fb_distilled_in1k");
    assertThat(withoutCatalog.canonicalizeTimm("efficientnet_b3a")).isEqualTo("timm/efficientnet_b3.ra2_in1k");
  }

  @Test
  void anOpenClipArchitectureAndTagLoadTheRepositoryOpenClipListsForThePair() {
    assertThat(withoutCatalog.openClipRepository("ViT-H-14", "laion2b_s32b_b79k"))
        .isEqualTo("laion/CLIP-ViT-H-14-laion2B-s32B-b79K");
    assertThat(withoutCatalog.openClipRepository("RN50", "openai")).isEqualTo("timm/resnet50_clip.openai");
    // Spelled as open_clip reads them: "/" in the architecture, the tag in any case with "-" for "_".
    assertThat(withoutCatalog.openClipRepository("ViT-B/32", "LAION2B-S34B-B79K"))
        .isEqualTo("laion/CLIP-ViT-B-32-laion2B-s34B-b79K");
    // open_clip registers the quick-GELU tags again under "<architecture>-quickgelu".
    assertThat(withoutCatalog.openClipRepository("ViT-B-32-quickgelu", "openai"))
        .isEqualTo("timm/vit_base_patch32_clip_224.openai");
    // A checkpoint's path, a tag of another architecture, an architecture spelled in another case.
    assertThat(withoutCatalog.openClipRepository("ViT-B-32", "logs/epoch_32.pt")).isNull();
    assertThat(withoutCatalog.openClipRepository("RN50", "laion2b_s32b_b79k")).isNull();
    assertThat(withoutCatalog.openClipRepository("vit-h-14", "laion2b_s32b_b79k")).isNull();
  }

  @Test
  void localPathsAndUrlsAreNotHubIds() {
    assertThat(withoutCatalog.canonicalize("./checkpoints/best", "transformers")).isNull();
    assertThat(withoutCatalog.canonicalize("/models/bert", "transformers")).isNull();
    assertThat(withoutCatalog.canonicalize("https://huggingface.co/x/y", "transformers")).isNull();
  }

  @Test
  void aLinkToAFileInARepositoryStandsForThatRepository() {
    assertThat(withCatalog.canonicalize("https://huggingface.co/Microsoft/CodeBERT-base/resolve/main/config.json",
        "transformers")).isEqualTo("microsoft/codebert-base");
    assertThat(withoutCatalog.canonicalize("http://www.hf.co/bert-base-uncased/blob/main/vocab.txt#L2", "transformers"))
        .isEqualTo("google-bert/bert-base-uncased");
    assertThat(withCatalog.canonicalize("https://huggingface.co/acme/unknown/resolve/main/config.json", "transformers"))
        .isNull();
  }

  @Test
  void aLinkWithoutAFileOrIntoADatasetOrSpaceNamesNoModel() {
    assertThat(withoutCatalog.canonicalize("https://huggingface.co/x/y/blob/main/", "diffusers")).isNull();
    assertThat(withoutCatalog.canonicalize("https://huggingface.co/x/y/tree/main/unet", "diffusers")).isNull();
    assertThat(withoutCatalog.canonicalize("https://huggingface.co/spaces/x/y/resolve/main/app.py", "diffusers"))
        .isNull();
    assertThat(withoutCatalog.canonicalize("huggingface.co/x", "transformers")).isNull();
    // A repository name left empty (an f-string over an empty option) names no repository.
    assertThat(withoutCatalog.canonicalize("https://huggingface.co/spacy//raw/main/README.md", "transformers")).isNull();
  }

  @Test
  void listsEverySpellingOfAModelForCodeSearch() {
    assertThat(withoutCatalog.aliases().spellingsOf("google-bert/bert-base-uncased"))
        .containsExactly("google-bert/bert-base-uncased", "bert-base-uncased");
  }

  @Test
  void searchesASentenceTransformersModelUnderItsBareNameToo() {
    assertThat(withoutCatalog.aliases().spellingsOf("sentence-transformers/all-MiniLM-L6-v2"))
        .containsExactly("sentence-transformers/all-MiniLM-L6-v2", "all-MiniLM-L6-v2");
  }

  @Test
  void searchesASpacyPipelineUnderThePackageNameSpacyLoadIsGiven() {
    assertThat(withoutCatalog.aliases().spellingsOf("spacy/en_core_web_sm"))
        .containsExactly("spacy/en_core_web_sm", "en_core_web_sm");
  }

  @Test
  void aBareNameIsASpellingOfTheSentenceTransformersOrganisationOnly() {
    assertThat(withoutCatalog.aliases().spellingsOf("intfloat/e5-base-v2")).containsExactly("intfloat/e5-base-v2");
    assertThat(ModelIdCanonicalizer.bareSentenceTransformersName("sentence-transformers/")).isNull();
  }
}
