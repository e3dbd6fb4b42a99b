package io.hfmine.datasets.hf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardFrontMatterTest {
  private final CardFrontMatter parser = new CardFrontMatter(4_096, 8);

  @Test
  void readsSingleValuesAndListsAlike() {
    CardMetadata metadata = parser.read("""
        ---
        license: [mit, apache-2.0]
        language: en
        base_model:
        - meta-llama/Llama-2-7b-hf
        ---
        text""");

    assertThat(metadata.status()).isEqualTo("ok");
    assertThat(metadata.license()).isEqualTo("mit, apache-2.0");
    assertThat(metadata.language()).containsExactly("en");
    assertThat(metadata.baseModel()).containsExactly("meta-llama/Llama-2-7b-hf");
  }

  @Test
  void saysAbsentForACardWithoutHeader() {
    assertThat(parser.read("# Model\n\n---\nnot a header\n---").status()).isEqualTo("absent");
  }

  @Test
  void reportsAnUnclosedHeader() {
    CardMetadata metadata = parser.read("---\nlicense: mit\n# Model\n");

    assertThat(metadata.status()).isEqualTo("malformed");
    assertThat(metadata.error()).contains("never closed");
  }

  @Test
  void reportsTheLineOfBrokenYaml() {
    CardMetadata metadata = parser.read("---\nlicense: mit\ntags: [a, b\n---\n");

    assertThat(metadata.status()).isEqualTo("malformed");
    assertThat(metadata.error()).startsWith("line ");
  }

  @Test
  void refusesAHeaderAboveTheSizeLimit() {
    CardMetadata metadata = parser.read("---\ndescription: " + "x".repeat(5_000) + "\n---\n");

    assertThat(metadata.status()).isEqualTo("too-large");
  }

  @Test
  void refusesNestingDeeperThanTheLimit() {
    CardMetadata metadata = parser.read("---\na: [[[[[[[[[[[[1]]]]]]]]]]]]\n---\n");

    assertThat(metadata.status()).isEqualTo("malformed");
  }

  @Test
  void neverExpandsTheAliasesOfAnAliasBomb() {
    StringBuilder yaml = new StringBuilder("---\na: &a [x, x, x, x, x, x, x, x, x]\n");
    char previous = 'a';
    for (char name = 'b'; name <= 'k'; name++) {
      yaml.append(name).append(": &").append(name).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "" : ", ").append('*').append(previous);
      }
      yaml.append("]\n");
      previous = name;
    }
    yaml.append("---\n");

    CardMetadata metadata = new CardFrontMatter(1_000_000, 64).read(yaml.toString());

    // Expanded, the header would hold 9^11 strings; read, it stays the size of its text.
    assertThat(metadata.raw().length()).isLessThan(yaml.length() * 2);
  }

  @Test
  void reportsAHeaderThatIsNotAMapping() {
    assertThat(parser.read("---\n- a\n- b\n---\n").status()).isEqualTo("malformed");
  }

  @Test
  void bodyIsTheTextAfterTheHeader() {
    assertThat(CardFrontMatter.body("---\nlicense: mit\n---\n# Title\ntext")).isEqualTo("# Title\ntext");
  }
}
