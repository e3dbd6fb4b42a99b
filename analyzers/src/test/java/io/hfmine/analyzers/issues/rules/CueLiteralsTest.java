package io.hfmine.analyzers.issues.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.issues.IssueFixtures;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.analyzers.issues.text.IdentifierWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CueLiteralsTest {
  @Test
  void aLiteralExpressionNeedsItsTextInLowerCase() {
    assertThat(CueLiterals.of("\\btorch\\.hub\\b")).containsExactly(Set.of("torch.hub"));
    assertThat(CueLiterals.of("(?-i:\\bSAM\\b)")).containsExactly(Set.of("sam"));
  }

  @Test
  void alternativesAndOptionalPartsGiveEachStringTheyCanMatch() {
    assertThat(CueLiterals.of("\\bhub\\.(load|KerasLayer)\\b")).containsExactly(Set.of("hub.load", "hub.keraslayer"));
    assertThat(CueLiterals.of("\\b(mask|faster)[- ]?r-?cnn\\b")).containsExactly(Set.of("mask-r-cnn", "mask-rcnn",
        "mask r-cnn", "mask rcnn", "maskr-cnn", "maskrcnn", "faster-r-cnn", "faster-rcnn", "faster r-cnn", "faster rcnn",
        "fasterr-cnn", "fasterrcnn"));
  }

  @Test
  void aStringThatHoldsAnotherOfItsClauseIsLeftOut() {
    // "distilbert" and "roberta" are found wherever they stand by finding "bert".
    assertThat(CueLiterals.of("\\b(bert|roberta|distilbert|xlnet)\\b")).containsExactly(Set.of("bert", "xlnet"));
  }

  @Test
  void piecesBetweenUnknownCharactersAreSeparateClausesMostSelectiveFirst() {
    assertThat(CueLiterals.of("ValueError: Tokenizer class \\w+ does not exist"))
        .containsExactly(Set.of("valueerror: tokenizer class "), Set.of(" does not exist"));
    assertThat(CueLiterals.of("\\bpre-?train(ed|ing)?\\s+(model|weight)s?"))
        .containsExactly(Set.of("pre-train", "pretrain"), Set.of("model", "weight"));
  }

  @Test
  void anAlternativeWithoutAnyNeededStringNeedsNothing() {
    assertThat(CueLiterals.of("unzip|\\w+ archive")).containsExactly(Set.of("unzip", " archive"));
    assertThat(CueLiterals.of("unzip|\\w+")).isEmpty();
    assertThat(CueLiterals.of("(model)?\\s*weights?")).containsExactly(Set.of("weight"));
    assertThat(CueLiterals.of("(model)*x")).containsExactly(Set.of("x"));
  }

  @Test
  void lookaroundsAndBoundariesMatchNoText() {
    assertThat(CueLiterals.of("(?<![0-9a-f-])(7|13)b(?![\\w])")).containsExactly(Set.of("7b", "13b"));
  }

  @Test
  void aPlainPhrasesQuotedWordsAreEachNeeded() {
    assertThat(Cue.of("model card").required()).containsExactlyInAnyOrder(Set.of("model"), Set.of("card"));
    assertThat(Cue.of("预训练").required()).containsExactly(Set.of("预训练"));
  }

  @Test
  void syntaxItCannotReadNeedsNothing() {
    assertThat(CueLiterals.of("(?<name>bert)")).isEmpty();
    assertThat(CueLiterals.of("(?x)bert # comment")).isEmpty();
    assertThat(CueLiterals.of("\\x41bc")).isEmpty();
    // A repetition after a quote repeats its last character only.
    assertThat(CueLiterals.of("\\Qab\\E?c")).isEmpty();
    assertThat(CueLiterals.of("[[a-z]&&[^b]]x")).isEmpty();
  }

  @Test
  void casedLettersOutsideAsciiAreNotNeeded() {
    // Java folds only ASCII case here; "É" in the text would not lower-case to what the pattern holds.
    assertThat(CueLiterals.of("modèle Évalué")).containsExactly(Set.of("valu"), Set.of("mod"), Set.of("le "));
    assertThat(CueLiterals.of("[éè]t")).containsExactly(Set.of("t"));
  }

  @Test
  void theQuickCheckNeedsAStringOfEveryClause() {
    List<Set<String>> clauses = List.of(Set.of("pretrain", "pre-train"), Set.of("model"));

    assertThat(CueLiterals.admits(clauses, "the pre-trained model")).isTrue();
    assertThat(CueLiterals.admits(clauses, "the pre-trained weights")).isFalse();
    assertThat(CueLiterals.admits(List.of(), "anything")).isTrue();
  }

  /**
   * Every cue of the shipped taxonomy finds, with the quick check, exactly what its expression
   * finds without it, on texts written to hit many cues in many spellings and cases.
   */
  @Test
  void theQuickCheckNeverHidesAMatchOfAShippedCue() {
    List<String> texts = List.of(
        "Loading the Pre-Trained Model from torch.hub fails: OSError: Can't load tokenizer for 'acme/enc'.",
        "How to fine-tune from a pretrained checkpoint? I downloaded the released weights (resnet50_coco.pth).",
        "Error(s) in loading state_dict for ResNet: Missing key(s) in state_dict: \"fc.weight\".",
        "from transformers import AutoModelForSequenceClassification, BertTokenizerFast\nmodel = AutoModel.from_pretrained(x)",
        "  File \"/usr/lib/python3/site-packages/transformers/modeling_utils.py\", line 12, in load",
        "RuntimeError: CUDA out of memory. Tried to allocate 2.50 GiB (GPU 0; 8 GB of VRAM)",
        "YOLOv5s and Mask R-CNN and faster-rcnn on COCO pre-trained weights; SAM vs sam; CLIP vs clip; 7B and 13b models",
        "Where can I download the pretrained model? The link is broken (404). Could you share the training script?",
        "Stable Diffusion XL with LoRA, BLIP-2, Whisper large-v2, wav2vec 2.0, Tacotron2 and HiFi-GAN vocoder",
        "ValueError: Tokenizer class LlamaTokenizer does not exist or is not currently imported.",
        "Some weights of BertModel were not initialized from the model checkpoint at bert-base-uncased",
        "Which hyperparameters did you use? I cannot reproduce the results in the paper; mAP is lower than reported.",
        "spacy.load('en_core_web_sm') and en_ner_bc5cdr_md; GloVe vectors; word2vec embeddings; fastText model",
        "predict() is slow on GPU with fp16; the model's accuracy drops; tensors on cuda:0",
        "预训练模型下载失败，模型文件在哪里？学習済みモデル。사전 학습 모델",
        "tensorflow 2.4 vs TF1.15 and torch==1.13.1, transformers>=4.30; keras.applications.ResNet50(weights='imagenet')",
        "hub.KerasLayer and tensorflow_hub; huggingface.co/acme; GatedRepoError; LocalEntryNotFoundError",
        "convert the pytorch model to onnx; PyTorch->TFLite; export to CoreML",
        "loadPretrainedWeights(arcface_checkpoint.tar) in HTTPServer",
        "LOADING THE MODEL FAILED: NOT FOUND IN CHECKPOINT; RESTORING FROM CHECKPOINT FAILED",
        "[Feature] add support for the new llama-3 model? Would you add an option to export?",
        "The output is wrong and the loss is NaN; training loss does not decrease after epoch 3.");
    Taxonomy taxonomy = IssueFixtures.taxonomy();
    List<String> written = new ArrayList<>();
    taxonomy.relevance().byKind().values().forEach(written::addAll);
    taxonomy.subThemes().forEach(subTheme -> written.addAll(subTheme.cues()));
    taxonomy.issueTypes().values().forEach(written::addAll);
    int matches = 0;
    for (String cueText : written) {
      Cue cue = Cue.of(cueText);
      for (String text : texts) {
        for (String variant : List.of(text, IdentifierWords.split(text))) {
          String expected = cue.find(variant);
          assertThat(cue.find(variant, variant.toLowerCase(Locale.ROOT))).as("%s on %s", cueText, variant).isEqualTo(expected);
          matches += expected == null ? 0 : 1;
        }
      }
    }
    // The texts do hit cues (else the comparison would say nothing).
    assertThat(matches).isGreaterThan(250);
  }
}
