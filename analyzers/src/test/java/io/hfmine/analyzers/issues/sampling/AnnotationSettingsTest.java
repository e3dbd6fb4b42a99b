package io.hfmine.analyzers.issues.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.analyzers.issues.taxonomy.EvidenceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotationSettingsTest {
  @Test
  void theDefaultPrescreenCountsEveryKindOfEvidenceButTheWeakWords() {
    assertThat(new AnnotationSettings(600).prescreenKinds())
        .hasSize(EvidenceKind.values().length - 1).doesNotContain(EvidenceKind.WEAK);
  }

  @Test
  void anUnknownOrMissingKindIsRejectedNamingTheKey() {
    assertThatThrownBy(() -> new AnnotationSettings(600, List.of("strong", "keywords")))
        .hasMessageContaining("issues.annotation.prescreen-evidence: unknown kind 'keywords'").hasMessageContaining("model-id");
    assertThatThrownBy(() -> new AnnotationSettings(600, List.of()))
        .hasMessageContaining("prescreen-evidence needs at least one kind");
  }
}
