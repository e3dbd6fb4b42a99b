package io.hfmine.analyzers.pick.evaluate;

import static io.hfmine.analyzers.pick.PickFixtures.LICENSES;
import static io.hfmine.analyzers.pick.PickFixtures.TEMPLATE;
import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.pick.PickCatalog;
import io.hfmine.analyzers.pick.PickSettings;
import io.hfmine.analyzers.pick.extract.ModelMetadata;
import io.hfmine.analyzers.pick.request.RequestReader;
import io.hfmine.datasets.config.Config;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestSynthesizerTest {
  private static final List<ModelMetadata> CATALOG = PickCatalog.models();

  private static RequestSynthesizer only(String mutation) {
    PickSettings settings = Config.defaults().with("pick.evaluation.mutations", Map.of(mutation, 1.0))
        .section("pick", PickSettings.class).validated();
    return new RequestSynthesizer(new RequestReader(TEMPLATE, LICENSES, settings.constraints()), LICENSES, settings,
        new RuleInfill(new Paraphrases(Map.of()), 0));
  }

  private static ModelMetadata model(String id) {
    return CATALOG.stream().filter(model -> model.modelId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aTightenedLicenceRequiresAUseTheSourceFailsSoTheSourceIsNoLongerAHit() {
    SynthesizedRequest request = only("license-tighten").synthesize(List.of(model("nc-lab/sql-coder-nc")), 17).getFirst();

    assertThat(request.mutation()).isEqualTo("license-tighten");
    assertThat(request.sourceSuitable()).isFalse();
    assertThat(request.request().json().get("license").asText())
        .isIn("commercial", "open-source", "commercial-closed-source", "permissive-compatible");
    assertThat(request.id()).isEqualTo("eval-17:nc-lab/sql-coder-nc");
  }

  @Test
  void aRelaxedLicenceOrSizeKeepsTheSourceSuitable() {
    SynthesizedRequest licence = only("license-relax").synthesize(List.of(model("sqlforge/ask-the-table-t5-small")), 5)
        .getFirst();
    assertThat(licence.mutation()).isEqualTo("license-relax");
    assertThat(licence.sourceSuitable()).isTrue();

    SynthesizedRequest size = only("size").synthesize(List.of(model("voice/whisper-tiny-fr")), 5).getFirst();
    assertThat(size.mutation()).isIn("size-relax", "size-tighten");
    assertThat(size.sourceSuitable()).isEqualTo(size.mutation().equals("size-relax"));
  }

  @Test
  void aLanguageOrModalityChangeAsksForSomethingTheSourceDoesNotOffer() {
    SynthesizedRequest language = only("language").synthesize(List.of(model("voice/whisper-tiny-fr")), 9).getFirst();
    assertThat(language.request().json().get("languages").get(0).asText()).isNotEqualTo("fr");
    assertThat(language.sourceSuitable()).isFalse();

    SynthesizedRequest modality = only("modality").synthesize(List.of(model("voice/whisper-tiny-fr")), 9).getFirst();
    assertThat(modality.request().json().get("input-format").get(0).asText()).isNotEqualTo("audio");
    assertThat(modality.sourceSuitable()).isFalse();
  }

  @Test
  void aMutationTheSourceOffersNothingForFallsBackToNone() {
    // the bird classifier states no language, so there is no language to replace
    SynthesizedRequest request = only("language").synthesize(List.of(model("vision/vit-small-birds")), 1).getFirst();
    assertThat(request.mutation()).isEqualTo("none");
    assertThat(request.sourceSuitable()).isTrue();
  }

  @Test
  void theRequestDescribesTheModelWithoutNamingIt() {
    SynthesizedRequest request = only("none").synthesize(List.of(model("corvid-ai/Corvid-7B-Chat")), 1).getFirst();
    String function = request.request().json().get("function").asText();
    assertThat(function).contains("instruction-tuned chat model").doesNotContain("Corvid");
    assertThat(request.request().json().get("task").asText()).isEqualTo("text-generation");
  }

  @Test
  void theSampleIsSeededAndEligibilityNeedsATaskAndAFunction() {
    List<String> eligible = CATALOG.stream().filter(model -> RequestSynthesizer.eligible(model, 8, 0))
        .map(ModelMetadata::modelId).toList();
    assertThat(eligible).doesNotContain("vision/vit-small-birds");
    assertThat(RequestSynthesizer.sample(eligible, 3, 42)).isEqualTo(RequestSynthesizer.sample(eligible.reversed(), 3, 42))
        .hasSize(3);
  }

  @Test
  void aDownloadFloorKeepsOnlyPopularSourcesAndTheDefaultOfZeroKeepsEveryEligibleModel() {
    List<ModelMetadata> anyPopularity = CATALOG.stream().filter(model -> RequestSynthesizer.eligible(model, 8, 0)).toList();
    List<ModelMetadata> popular = CATALOG.stream().filter(model -> RequestSynthesizer.eligible(model, 8, 5_000)).toList();

    assertThat(popular).isNotEmpty().allSatisfy(model -> assertThat(model.number("downloads")).isGreaterThanOrEqualTo(5_000));
    assertThat(anyPopularity).containsAll(popular)
        .anySatisfy(model -> assertThat(model.number("downloads")).isLessThan(5_000));
  }

  @Test
  void aLegacyIdWithoutAuthorIsItsOwnNameAndStillNeverNamedByTheRequest() {
    ModelMetadata legacy = io.hfmine.analyzers.pick.PickFixtures.extract(io.hfmine.analyzers.pick.PickFixtures.model(
        "tagalong", "token-classification", "transformers", 9000, List.of("transformers", "token-classification", "en"),
        "false", null), """
        # tagalong

        tagalong marks people, places and organisations in English news text.
        """);
    SynthesizedRequest request = only("none").synthesize(List.of(legacy), 3).getFirst();
    assertThat(request.request().json().get("function").asText()).doesNotContainIgnoringCase("tagalong")
        .contains("people, places and organisations");
  }

  @Test
  void aModelThatListsEveryLanguageTheMutationCouldAskForGetsNoLanguageMutation() {
    ModelMetadata polyglot = io.hfmine.analyzers.pick.PickFixtures.extract(io.hfmine.analyzers.pick.PickFixtures.model(
        "polyglot/translate-ten", "translation", "transformers", 4000,
        List.of("transformers", "translation", "en", "fr", "de", "es", "zh", "ja", "ar", "ru", "pt", "hi", "license:mit"),
        "false", null), """
        ---
        license: mit
        ---
        # translate-ten

        Translates short sentences between ten widely spoken languages in every direction.
        """);
    SynthesizedRequest request = only("language").synthesize(List.of(polyglot), 18).getFirst();
    assertThat(request.mutation()).isEqualTo("none");
    assertThat(request.sourceSuitable()).isTrue();
  }
}
