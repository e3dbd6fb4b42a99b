package io.hfmine.analyzers.issues.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnspacedScriptWordsTest {
  @Test
  void aChineseRunGivesItsOverlappingCharacterPairs() {
    assertThat(UnspacedScriptWords.pairs("加载预训练模型")).containsExactly("加载", "载预", "预训", "训练", "练模", "模型");
  }

  @Test
  void latinWordsDigitsAndPunctuationEndARun() {
    assertThat(UnspacedScriptWords.pairs("下载model失败，链接404了")).containsExactly("下载", "失败", "链接", "了");
  }

  @Test
  void japaneseKanaAndKanjiRunTogether() {
    assertThat(UnspacedScriptWords.pairs("学習済みモデル")).containsExactly("学習", "習済", "済み", "みモ", "モデ", "デル");
  }

  @Test
  void textWithoutSuchScriptsGivesNothing() {
    assertThat(UnspacedScriptWords.pairs("The pretrained model fails to load.")).isEmpty();
  }
}
