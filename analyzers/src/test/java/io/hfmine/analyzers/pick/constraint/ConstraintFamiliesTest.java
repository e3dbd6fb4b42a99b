package io.hfmine.analyzers.pick.constraint;

import static io.hfmine.analyzers.pick.PickFixtures.LICENSES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One test (or more) per constraint family, each against models whose facts say what the test needs. */
class ConstraintFamiliesTest {
  private static ModelFacts licensed(String license) {
    return new ModelFacts("m/" + license, license, null, null, null, Set.of(), Set.of(), Set.of(), "public", 10L,
        Set.of(), Set.of(), false);
  }

  private static ModelFacts sized(Double parameters, Double bytes) {
    return new ModelFacts("m/sized", "mit", parameters, parameters == null ? null : "safetensors:total", bytes, Set.of(),
        Set.of(), Set.of(), "public", 10L, Set.of(), Set.of(), false);
  }

  private static Check.Outcome outcome(Constraint constraint, ModelFacts model) {
    return constraint.check(model).outcome();
  }

  @Test
  void mitCompatibleAcceptsApacheAndBsdAndRejectsGplAndNonCommercial() {
    Constraint mitCompatible = LicenseConstraint.compatibleWith(LICENSES, "mit");
    assertThat(outcome(mitCompatible, licensed("apache-2.0"))).isEqualTo(Check.Outcome.PASS);
    assertThat(outcome(mitCompatible, licensed("bsd-3-clause"))).isEqualTo(Check.Outcome.PASS);
    assertThat(outcome(mitCompatible, licensed("gpl-3.0"))).isEqualTo(Check.Outcome.FAIL);
    assertThat(outcome(mitCompatible, licensed("cc-by-nc-4.0"))).isEqualTo(Check.Outcome.FAIL);
    assertThat(outcome(mitCompatible, licensed("creativeml-openrail-m"))).isEqualTo(Check.Outcome.FAIL);
    assertThat(mitCompatible.check(licensed("gpl-3.0")).reason())
        .isEqualTo("gpl-3.0 (strong-copyleft) does not fit permissive-compatible");
  }

  @Test
  void commercialClosedSourceRejectsNonCommercialAndCopyleftAndAcceptsVendorLicencesWithTheirConditions() {
    Constraint closed = LicenseConstraint.forUse(LICENSES, "commercial-closed-source");
    assertThat(outcome(closed, licensed("mit"))).isEqualTo(Check.Outcome.PASS);
    assertThat(outcome(closed, licensed("cc-by-nc-sa-4.0"))).isEqualTo(Check.Outcome.FAIL);
    assertThat(outcome(closed, licensed("agpl-3.0"))).isEqualTo(Check.Outcome.FAIL);
    assertThat(outcome(closed, licensed("gpl-2.0"))).isEqualTo(Check.Outcome.FAIL);
    assertThat(outcome(closed, licensed("deepfloyd-if-license"))).isEqualTo(Check.Outcome.FAIL);
    Check llama = closed.check(licensed("llama2"));
    assertThat(llama.outcome()).isEqualTo(Check.Outcome.CONDITIONAL);
    assertThat(llama.reason()).contains("custom-commercial").contains("acceptable-use policy");
    assertThat(outcome(closed, licensed("bigscience-openrail-m"))).isEqualTo(Check.Outcome.CONDITIONAL);
  }

  @Test
  void researchUseAcceptsNonCommercialLicencesButNotUnknownOnes() {
    Constraint research = LicenseConstraint.forUse(LICENSES, "research");
    assertThat(outcome(research, licensed("cc-by-nc-4.0"))).isEqualTo(Check.Outcome.PASS);
    assertThat(outcome(research, licensed("apple-amlr"))).isEqualTo(Check.Outcome.PASS);
    assertThat(outcome(research, licensed("made-up-licence"))).isEqualTo(Check.Outcome.UNKNOWN);
    assertThat(outcome(research, licensed(null))).isEqualTo(Check.Outcome.UNKNOWN);
  }

  @Test
  void gplCompatibilityTakesLicencesOneByOne() {
    Constraint gpl = LicenseConstraint.compatibleWith(LICENSES, "gpl-3.0");
    assertThat(outcome(gpl, licensed("apache-2.0"))).isEqualTo(Check.Outcome.PASS);
    assertThat(outcome(gpl, licensed("gpl-3.0"))).isEqualTo(Check.Outcome.PASS);
    assertThat(outcome(gpl, licensed("lgpl-3.0"))).isEqualTo(Check.Outcome.PASS);
    assertThat(outcome(gpl, licensed("epl-1.0"))).as("denied one by one").isEqualTo(Check.Outcome.FAIL);
    assertThat(outcome(gpl, licensed("gpl-2.0"))).isEqualTo(Check.Outcome.CONDITIONAL);
    assertThat(outcome(gpl, licensed("cc-by-nc-4.0"))).isEqualTo(Check.Outcome.FAIL);
  }

  @Test
  void aListOfLicencesComparesResolvedIdentifiers() {
    Constraint oneOf = LicenseConstraint.oneOf(LICENSES, List.of("MIT", "Apache-2.0"));
    assertThat(outcome(oneOf, licensed("apache 2.0"))).isEqualTo(Check.Outcome.PASS);
    assertThat(outcome(oneOf, licensed("bsd-3-clause"))).isEqualTo(Check.Outcome.FAIL);
  }

  @Test
  void parameterLimitsUseTheCountAndSayWhereItCameFrom() {
    Constraint underOneBillion = new SizeConstraint(SizeConstraint.PARAMETERS, null, 1e9);
    assertThat(outcome(underOneBillion, sized(350e6, null))).isEqualTo(Check.Outcome.PASS);
    Check large = underOneBillion.check(sized(7.2e9, null));
    assertThat(large.outcome()).isEqualTo(Check.Outcome.FAIL);
    assertThat(large.reason()).isEqualTo("7.2 B parameters from safetensors:total is above the limit of 1 B parameters");
    assertThat(outcome(underOneBillion, sized(null, null))).isEqualTo(Check.Outcome.UNKNOWN);
    assertThat(outcome(new SizeConstraint(SizeConstraint.PARAMETERS, 100e6, null), sized(60e6, null)))
        .isEqualTo(Check.Outcome.FAIL);
  }

  @Test
  void weightSizeLimitsUseTheSafetensorsBytes() {
    Constraint underTwoGigabytes = new SizeConstraint(SizeConstraint.WEIGHTS, null, Quantities.bytes("2GB"));
    assertThat(outcome(underTwoGigabytes, sized(500e6, 1.0e9))).isEqualTo(Check.Outcome.PASS);
    assertThat(outcome(underTwoGigabytes, sized(1.5e9, 3.0e9))).isEqualTo(Check.Outcome.FAIL);
    assertThat(outcome(underTwoGigabytes, sized(500e6, null))).isEqualTo(Check.Outcome.UNKNOWN);
  }

  @Test
  void everyRequestedLanguageMustBeListed() {
    Constraint frenchAndEnglish = new LanguageConstraint(List.of("French", "eng"));
    ModelFacts both = new ModelFacts("m", null, null, null, null, Set.of("en", "fr", "de"), Set.of(), Set.of(), null,
        null, Set.of(), Set.of(), false);
    ModelFacts englishOnly = new ModelFacts("m", null, null, null, null, Set.of("en"), Set.of(), Set.of(), null, null,
        Set.of(), Set.of(), false);
    ModelFacts multilingual = new ModelFacts("m", null, null, null, null, Set.of("multilingual"), Set.of(), Set.of(),
        null, null, Set.of(), Set.of(), false);
    assertThat(outcome(frenchAndEnglish, both)).isEqualTo(Check.Outcome.PASS);
    assertThat(frenchAndEnglish.check(englishOnly).reason()).isEqualTo("lists en but not fr");
    assertThat(outcome(frenchAndEnglish, multilingual)).isEqualTo(Check.Outcome.UNKNOWN);
    ModelFacts multilingualWithSome = new ModelFacts("m", null, null, null, null,
        new java.util.LinkedHashSet<>(List.of("multilingual", "en", "de")),
        Set.of(), Set.of(), null, null, Set.of(), Set.of(), false);
    assertThat(frenchAndEnglish.check(multilingualWithSome).reason())
        .as("a multilingual model's list is not exhaustive").isEqualTo("says multilingual and lists en, de, not fr");
    assertThat(outcome(frenchAndEnglish, multilingualWithSome)).isEqualTo(Check.Outcome.UNKNOWN);
    assertThatThrownBy(() -> new LanguageConstraint(List.of("Klingonese"))).hasMessageContaining("not a language");
  }

  @Test
  void frameworksAndLibrariesNeedOneOfTheListedValues() {
    ModelFacts onnx = new ModelFacts("m", null, null, null, null, Set.of(), Set.of("pytorch", "onnx"),
        Set.of("sentence-transformers"), null, null, Set.of(), Set.of(), false);
    assertThat(outcome(AnyOfConstraint.frameworks(List.of("ONNX", "tflite")), onnx)).isEqualTo(Check.Outcome.PASS);
    assertThat(outcome(AnyOfConstraint.frameworks(List.of("jax")), onnx)).isEqualTo(Check.Outcome.FAIL);
    assertThat(outcome(AnyOfConstraint.library(List.of("transformers")), onnx)).isEqualTo(Check.Outcome.FAIL);
    assertThat(outcome(AnyOfConstraint.library(List.of("sentence-transformers")), onnx)).isEqualTo(Check.Outcome.PASS);
  }

  @Test
  void formatsCheckTheModality() {
    ModelFacts speech = new ModelFacts("m", null, null, null, null, Set.of(), Set.of(), Set.of(), null, null,
        Set.of("audio"), Set.of("text"), false);
    assertThat(outcome(new FormatConstraint(FormatConstraint.INPUT, List.of("audio")), speech)).isEqualTo(Check.Outcome.PASS);
    assertThat(new FormatConstraint(FormatConstraint.INPUT, List.of("image")).check(speech).reason())
        .isEqualTo("reads audio, not image");
    assertThat(outcome(new FormatConstraint(FormatConstraint.OUTPUT, List.of("text")), speech)).isEqualTo(Check.Outcome.PASS);
  }

  @Test
  void accessLevelsTellGatesApart() {
    ModelFacts manual = new ModelFacts("m", null, null, null, null, Set.of(), Set.of(), Set.of(), "gated-manual", null,
        Set.of(), Set.of(), false);
    ModelFacts auto = new ModelFacts("m", null, null, null, null, Set.of(), Set.of(), Set.of(), "gated-auto", null,
        Set.of(), Set.of(), false);
    assertThat(outcome(new AccessConstraint("public"), auto)).isEqualTo(Check.Outcome.FAIL);
    assertThat(outcome(new AccessConstraint("no-manual-approval"), auto)).isEqualTo(Check.Outcome.PASS);
    assertThat(outcome(new AccessConstraint("no-manual-approval"), manual)).isEqualTo(Check.Outcome.FAIL);
    assertThat(outcome(new AccessConstraint("any"), manual)).isEqualTo(Check.Outcome.PASS);
    assertThatThrownBy(() -> new AccessConstraint("open")).hasMessageContaining("public, no-manual-approval, any");
  }

  @Test
  void downloadsHaveAMinimum() {
    assertThat(outcome(new DownloadsConstraint(1000), licensed("mit"))).as("10 downloads").isEqualTo(Check.Outcome.FAIL);
    assertThat(outcome(new DownloadsConstraint(10), licensed("mit"))).isEqualTo(Check.Outcome.PASS);
  }

  @Test
  void theBiasCheckNeedsDocumentedRisks() {
    ModelFacts documented = new ModelFacts("m", null, null, null, null, Set.of(), Set.of(), Set.of(), null, null,
        Set.of(), Set.of(), true);
    assertThat(outcome(new RisksDocumentedConstraint(), documented)).isEqualTo(Check.Outcome.PASS);
    assertThat(outcome(new RisksDocumentedConstraint(), licensed("mit"))).isEqualTo(Check.Outcome.UNKNOWN);
  }

  @Test
  void hardwareProfilesCompareTheMemoryTheWeightsNeed() {
    HardwareConstraint cpu = new HardwareConstraint("cpu", Quantities.bytes("8GB"), 2, 1.2);
    assertThat(outcome(cpu, sized(1e9, null))).as("1 B x 2 bytes x 1.2 = 2.4 GB").isEqualTo(Check.Outcome.PASS);
    Check sevenB = cpu.check(sized(7e9, 14e9));
    assertThat(sevenB.outcome()).isEqualTo(Check.Outcome.FAIL);
    assertThat(sevenB.reason()).isEqualTo("needs about 16.8 GB (14 GB of safetensors weights x 1.2), more than the 8 GB of cpu");
    assertThat(outcome(cpu, sized(null, null))).isEqualTo(Check.Outcome.UNKNOWN);
  }

  @Test
  void theFastOutcomeOfEveryFamilyAgreesWithItsCheck() {
    List<Constraint> constraints = List.of(LicenseConstraint.forUse(LICENSES, "commercial"),
        LicenseConstraint.compatibleWith(LICENSES, "gpl-3.0"), new SizeConstraint(SizeConstraint.PARAMETERS, 1e8, 1e9),
        new SizeConstraint(SizeConstraint.WEIGHTS, null, 2e9), new LanguageConstraint(List.of("fr")),
        AnyOfConstraint.frameworks(List.of("onnx")), AnyOfConstraint.library(List.of("transformers")),
        new FormatConstraint(FormatConstraint.INPUT, List.of("audio")), new AccessConstraint("public"),
        new DownloadsConstraint(100), new RisksDocumentedConstraint(), new HardwareConstraint("cpu", 8e9, 2, 1.2));
    List<ModelFacts> models = List.of(licensed("mit"), licensed("gpl-2.0"), licensed("made-up"), licensed(null),
        sized(5e8, 1e9), sized(7e9, null), sized(null, null),
        new ModelFacts("m", "apache-2.0", 3e8, "x", 6e8, new java.util.LinkedHashSet<>(List.of("multilingual", "en")),
            Set.of("onnx"), Set.of("transformers"), "gated-auto", 5000L, Set.of("audio"), Set.of("text"), true),
        new ModelFacts("m", "cc-by-nc-4.0", null, null, null, Set.of("fr"), Set.of("pytorch"), Set.of(), null, null,
            Set.of("text"), Set.of(), false));
    for (Constraint constraint : constraints) {
      for (ModelFacts model : models) {
        assertThat(constraint.outcome(model)).as(constraint.describe() + " on " + model)
            .isEqualTo(constraint.check(model).outcome());
      }
    }
  }

  @Test
  void modelsWithEqualFactSetsShareOneSetAndEveryConstraintJudgesThemAsBefore() {
    Map<Set<String>, Set<String>> pool = new HashMap<>();
    ModelFacts french = new ModelFacts("m/a", "mit", null, null, null, new LinkedHashSet<>(List.of("FR", "en")),
        Set.of("onnx"), Set.of(), "public", 1L, Set.of("text"), Set.of("label"), false);
    ModelFacts alsoFrench = new ModelFacts("m/b", "mit", null, null, null, Set.of("en", "fr"), Set.of("onnx"), Set.of(),
        "public", 1L, Set.of("audio"), Set.of("label"), false);
    ModelFacts german = new ModelFacts("m/c", "mit", null, null, null, Set.of("de"), Set.of(), Set.of(), "public", 1L,
        Set.of("text"), Set.of(), false);
    ModelFacts a = french.sharing(pool);
    ModelFacts b = alsoFrench.sharing(pool);
    ModelFacts c = german.sharing(pool);

    assertThat(a).isEqualTo(french);
    assertThat(b.languages()).isSameAs(a.languages());
    assertThat(b.outputFormats()).isSameAs(a.outputFormats());
    assertThat(c.inputFormats()).isSameAs(a.inputFormats());
    assertThat(c.languages()).isNotSameAs(a.languages());
    List<Constraint> constraints = List.of(new LanguageConstraint(List.of("fr")), AnyOfConstraint.frameworks(List.of("onnx")),
        new FormatConstraint(FormatConstraint.INPUT, List.of("text")));
    for (Constraint constraint : constraints) {
      for (ModelFacts[] pair : List.of(new ModelFacts[] {french, a}, new ModelFacts[] {alsoFrench, b},
          new ModelFacts[] {german, c})) {
        assertThat(constraint.outcome(pair[1])).as(constraint.describe() + " on " + pair[0].id())
            .isEqualTo(constraint.check(pair[0]).outcome());
      }
    }
  }

  @Test
  void quantitiesReadTheWaysRequestsWriteThem() {
    assertThat(Quantities.count("1B")).isEqualTo(1e9);
    assertThat(Quantities.count("350M")).isEqualTo(350e6);
    assertThat(Quantities.count("7 billion")).isEqualTo(7e9);
    assertThat(Quantities.bytes("1.5GiB")).isEqualTo(1.5 * 1024 * 1024 * 1024);
    assertThat(Quantities.bytes("512 MB")).isEqualTo(512e6);
    assertThatThrownBy(() -> Quantities.count("lots")).hasMessageContaining("not a count: 'lots'");
  }
}
