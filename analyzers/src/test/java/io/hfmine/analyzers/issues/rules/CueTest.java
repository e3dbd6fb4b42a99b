package io.hfmine.analyzers.issues.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CueTest {
  @Test
  void phraseMatchesCaseInsensitivelyOnWordBoundaries() {
    Cue cue = Cue.of("out of memory");

    assertThat(cue.find("CUDA Out Of  Memory. Tried to allocate")).isEqualTo("Out Of  Memory");
    assertThat(cue.matches("layout of memoryview")).isFalse();
  }

  @Test
  void phraseEndingInPunctuationStillMatches() {
    assertThat(Cue.of("token=").matches("pipeline(token=hf_x)")).isTrue();
  }

  @Test
  void aChineseOrJapanesePhraseMatchesWhereverItStandsForChineseHasNoWordBoundaries() {
    Cue cue = Cue.of("模型");

    assertThat(cue.matches("ernie模型加载失败")).isTrue();
    assertThat(cue.matches("下载的模型在哪里")).isTrue();
    assertThat(Cue.of("学習済み").matches("この学習済みモデル")).isTrue();
  }

  @Test
  void regexCueIsAJavaRegularExpression() {
    assertThat(Cue.of("re:tried to allocate [\\d.]+ ?[gm]ib").find("Tried to allocate 1.50 GiB")).isEqualTo("Tried to allocate 1.50 GiB");
  }

  @Test
  void knownModelCandidatesIncludeOrgNameAndLegacyIds() {
    assertThat(KnownModels.candidates("use facebook/bart-large-cnn or bert-base-uncased, not site-packages/x.py"))
        .contains("facebook/bart-large-cnn", "bert-base-uncased");
  }
}
