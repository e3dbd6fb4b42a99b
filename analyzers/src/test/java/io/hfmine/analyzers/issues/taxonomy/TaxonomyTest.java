package io.hfmine.analyzers.issues.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TaxonomyTest {
  private static final String SHIPPED = "config/taxonomy/ptm-challenges.yaml";

  @Test
  void shippedTaxonomyHasSevenThemesAndThirtyTwoSubThemes() {
    Taxonomy taxonomy = Taxonomy.load(SHIPPED);

    assertThat(taxonomy.themeCodes()).containsExactly("MU", "PQ", "SE", "DI", "HR", "RC", "FN");
    assertThat(taxonomy.subThemeCodes()).hasSize(32).doesNotHaveDuplicates();
    assertThat(taxonomy.subThemes()).allSatisfy(s -> assertThat(s.cues()).isNotEmpty());
  }

  @Test
  void subThemeKnowsItsTheme() {
    Taxonomy taxonomy = Taxonomy.load(SHIPPED);

    assertThat(taxonomy.subTheme("HR.MEM")).get().extracting(SubTheme::themeCode, SubTheme::name)
        .containsExactly("HR", "Memory Usage");
  }

  @Test
  void rejectsSubThemeCodeOutsideItsTheme() {
    String yaml = """
        name: t
        version: 1
        themes:
          - code: MU
            name: Model Usage
            sub-themes:
              - {code: HR.MEM, name: Memory, cues: [oom]}
        """;

    assertThatThrownBy(() -> Taxonomy.parse(yaml, "my-taxonomy.yaml"))
        .isInstanceOf(TaxonomyException.class)
        .hasMessageContaining("my-taxonomy.yaml").hasMessageContaining("needs a code starting with MU.");
  }

  @Test
  void rejectsUnknownKeysNamingTheLine() {
    String yaml = "name: t\nversion: 1\nthemez: []\n";

    assertThatThrownBy(() -> Taxonomy.parse(yaml, "bad.yaml"))
        .isInstanceOf(TaxonomyException.class).hasMessageContaining("bad.yaml line");
  }
}
