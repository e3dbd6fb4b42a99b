package io.hfmine.analyzers.patterns.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.patterns.Usage;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageTermsTest {
  @Test
  void normalisesCallsKeepingClassesAndDroppingReceivers() {
    assertThat(CallNames.normalize("transformers.AutoTokenizer.from_pretrained")).isEqualTo("AutoTokenizer.from_pretrained");
    assertThat(CallNames.normalize("self.model.generate")).isEqualTo("generate");
    assertThat(CallNames.normalize("model.generate(input_ids, max_new_tokens=20)")).isEqualTo("generate");
    assertThat(CallNames.normalize("pipeline")).isEqualTo("pipeline");
    assertThat(CallNames.normalize("  ")).isEmpty();
  }

  @Test
  void describesAUsageByCallsCallPairsKeywordsAndKind() {
    Usage usage = new Usage("u1", "o/r", "a.py", 3, "transformers", "transformers.pipeline", "pipeline", "gpt2",
        List.of("task", "model"), List.of("transformers.pipeline", "generator", "print"), "");

    assertThat(UsageTerms.of(usage)).containsExactly(
        "call:pipeline", "call:generator", "call:print",
        "next:pipeline>generator", "next:generator>print",
        "kw:task", "kw:model", "kind:pipeline");
  }

  @Test
  void fallsBackToTheLoadingCallWhenTheScopeHasNoSequence() {
    Usage usage = new Usage("u1", null, "a.py", 3, "transformers", "transformers.AutoModel.from_pretrained", "model",
        "bert-base-uncased", List.of(), List.of(), "");

    assertThat(UsageTerms.calls(usage)).containsExactly("AutoModel.from_pretrained");
  }
}
