package io.hfmine.bench.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The spellings under which a PeaTMOSS id may still be in a file's text. */
class WrittenFormsTest {
  private final WrittenForms forms = new WrittenForms(Fixtures.canonicalizer());

  @Test
  void anIdIsWrittenAsItselfInLowerCase() {
    assertThat(forms.of("Acme/Other-Model")).containsExactly("acme/other-model");
  }

  @Test
  void aSpacyPipelineIsAlsoWrittenAsItsPackageName() {
    assertThat(forms.of("spacy/xx_tiny_sm")).containsExactly("spacy/xx_tiny_sm", "xx_tiny_sm");
  }

  @Test
  void aTimmIdIsAlsoWrittenWithoutItsOrganisationAndAsItsBareArchitecture() {
    assertThat(forms.of("timm/tinynet_a.acme_in1k"))
        .containsExactly("timm/tinynet_a.acme_in1k", "tinynet_a.acme_in1k", "tinynet_a");
  }

  @Test
  void aSentenceTransformersModelIsAlsoWrittenBare() {
    assertThat(forms.of("sentence-transformers/Tiny-Encoder"))
        .containsExactly("sentence-transformers/tiny-encoder", "tiny-encoder");
  }

  @Test
  void aMovedIdIsWrittenUnderItsLegacySpellingAndTheReverse() {
    assertThat(forms.of("acme/tiny-model")).containsExactlyInAnyOrder("acme/tiny-model", "tiny-model");
    assertThat(forms.of("Tiny-Model")).containsExactlyInAnyOrder("tiny-model", "acme/tiny-model");
  }

  @Test
  void theArchitectureOfATimmIdIsItsNameBeforeTheTag() {
    assertThat(WrittenForms.architecture("timm/tinynet_a.acme_in1k")).isEqualTo("tinynet_a");
    assertThat(WrittenForms.architecture("TIMM/TinyNet_A")).isEqualTo("tinynet_a");
    assertThat(WrittenForms.architecture("tinynet_a.acme_in1k")).isEqualTo("tinynet_a");
  }
}
