package io.hfmine.analyzers.repos;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.repos.EnglishVerdict.Decision;
import org.junit.jupiter.api.Test;

class EnglishTextCheckTest {
  private final EnglishTextCheck check = new EnglishTextCheck(0.8, 3);

  @Test
  void acceptsAnEnglishDescription() {
    EnglishVerdict verdict = check.check("A Streamlit app that generates captions for your photos using BLIP and"
        + " translates them with a MarianMT model.");
    assertThat(verdict.decision()).isEqualTo(Decision.ENGLISH);
    assertThat(verdict.englishWords()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void acceptsAnEnglishReadmeWithCodeAndLinks() {
    String readme = """
        # caption-studio
        Install it with `pip install caption-studio` and run:
        ```python
        from transformers import BlipProcessor, BlipForConditionalGeneration
        model = BlipForConditionalGeneration.from_pretrained("Salesforce/blip-image-captioning-large")
        ```
        See https://huggingface.co/Salesforce/blip-image-captioning-large for the model card.
        The demo runs on a CPU, but a GPU is much faster.
        """;
    assertThat(check.check(readme).decision()).isEqualTo(Decision.ENGLISH);
  }

  @Test
  void rejectsAChineseDescriptionEvenWithLatinModelNames() {
    EnglishVerdict verdict = check.check("基于BERT和PyTorch的中文文本分类，支持多标签分类与模型微调");
    assertThat(verdict.decision()).isEqualTo(Decision.NOT_ENGLISH);
    assertThat(verdict.reason()).isEqualTo("mostly Han script (" + Math.round(100 * (1 - verdict.latinShare())) + "% of letters)");
  }

  @Test
  void rejectsASpanishDescription() {
    EnglishVerdict verdict = check.check("Clasificador de sentimientos para tuits en español usando un modelo BERT"
        + " preentrenado con la librería transformers");
    assertThat(verdict.decision()).isEqualTo(Decision.NOT_ENGLISH);
    assertThat(verdict.reason()).startsWith("Spanish function words outnumber English ones");
  }

  @Test
  void rejectsPortugueseAndGermanDescriptions() {
    assertThat(check.check("Um chatbot para atendimento ao cliente em português, com respostas geradas por um modelo"
        + " de linguagem").reason()).startsWith("Portuguese");
    assertThat(check.check("Eine Anwendung zur automatischen Zusammenfassung von Nachrichtenartikeln mit einem"
        + " vortrainierten Modell").reason()).startsWith("German");
  }

  @Test
  void rejectsJapaneseKoreanAndRussianScripts() {
    assertThat(check.check("画像からキャプションを生成するアプリです").reason()).startsWith("mostly Katakana script");
    assertThat(check.check("한국어 문장 분류를 위한 모델").reason()).startsWith("mostly Hangul script");
    assertThat(check.check("Классификация текстов на русском языке с помощью BERT").reason())
        .startsWith("mostly Cyrillic script");
  }

  @Test
  void keepsEnglishWithAFewChineseCharacters() {
    assertThat(check.check("Fine-tuning BERT for Chinese (中文) named entity recognition on the MSRA dataset").decision())
        .isEqualTo(Decision.ENGLISH);
  }

  @Test
  void leavesKeywordListsAndShortTextsUndetermined() {
    assertThat(check.check("BERT NER PyTorch CRF").decision()).isEqualTo(Decision.UNDETERMINED);
    assertThat(check.check("Chatbot").reason()).isEqualTo("too short to tell (1 words)");
    assertThat(check.check(null).reason()).isEqualTo("no words");
    assertThat(check.check("   ").decision()).isEqualTo(Decision.UNDETERMINED);
  }

  @Test
  void wordsSharedWithEnglishNeverCountAgainstIt() {
    // "a", "no", "is", "do", "as" are Spanish, Portuguese or Dutch function words too
    assertThat(check.check("This is a demo: no GPU, do as little as possible").decision()).isEqualTo(Decision.ENGLISH);
  }

  @Test
  void aStricterLatinShareRejectsMixedScripts() {
    String mixed = "Chinese poetry generation 中文诗歌生成";
    assertThat(new EnglishTextCheck(0.5, 3).check(mixed).decision()).isEqualTo(Decision.UNDETERMINED);
    assertThat(new EnglishTextCheck(0.9, 3).check(mixed).decision()).isEqualTo(Decision.NOT_ENGLISH);
  }
}
