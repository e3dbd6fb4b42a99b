package io.hfmine.analyzers.pick.extract;

import static io.hfmine.analyzers.pick.PickFixtures.card;
import static io.hfmine.analyzers.pick.PickFixtures.extract;
import static io.hfmine.analyzers.pick.PickFixtures.model;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {

  @Test
  void aTrainerCardGivesItsFunctionFromTheOpeningAndItsResultsFromTheModelIndex() {
    ModelMetadata metadata = extract(model("acme/distilbert-movie-reviews", "text-classification", "transformers", 5400,
        List.of("transformers", "pytorch", "safetensors", "distilbert", "text-classification", "generated_from_trainer",
            "dataset:imdb", "base_model:finetune:distilbert/distilbert-base-uncased", "license:apache-2.0",
            "model-index", "autotrain_compatible", "endpoints_compatible", "region:us"),
        "false", "{\"parameters\":{\"F32\":66955010},\"total\":66955010}"), card("trainer-sentiment.md"));

    assertThat(metadata.text("function")).startsWith("This model is a fine-tuned version of distilbert/distilbert-base-uncased"
        + " on the imdb dataset.");
    assertThat(metadata.first("function").orElseThrow().source()).isEqualTo("intro");
    assertThat(metadata.has("intended-use")).as("a section holding only 'More information needed'").isFalse();
    assertThat(metadata.has("limitations")).isFalse();
    assertThat(metadata.has("training-data")).isFalse();
    assertThat(metadata.text("training-procedure")).contains("learning_rate: 2e-05").contains("num_epochs: 2");
    assertThat(metadata.first("training-procedure").orElseThrow().evidence())
        .contains("Training hyperparameters").as("training results are evaluation").doesNotContain("Training results");
    assertThat(metadata.texts("evaluation-results")).containsExactly("imdb (plain_text): Accuracy = 0.9312",
        "imdb (plain_text): F1 = 0.9307");
    assertThat(metadata.texts("metrics")).containsExactly("accuracy", "f1");
    assertThat(metadata.texts("datasets")).containsExactly("imdb");
    assertThat(metadata.texts("base-model")).containsExactly("distilbert/distilbert-base-uncased");
    assertThat(metadata.texts("task")).containsExactly("text-classification");
    assertThat(metadata.texts("input-format")).containsExactly("text");
    assertThat(metadata.texts("output-format")).containsExactly("label");
    assertThat(metadata.texts("frameworks")).containsExactly("pytorch", "safetensors");
    assertThat(metadata.text("license")).isEqualTo("apache-2.0");
    assertThat(metadata.number("parameters")).isEqualTo(66_955_010.0);
    assertThat(metadata.number("weights-size")).isEqualTo(66_955_010.0 * 4);
    assertThat(metadata.texts("hub-tags")).containsExactly("distilbert");
    assertThat(metadata.text("access")).isEqualTo("public");
  }

  @Test
  void anUnfilledModelCardTemplateYieldsOnlyWhatTheAuthorWrote() {
    ModelMetadata metadata = extract(model("lyre-lab/petit-poete", "text-generation", "transformers", 320,
        List.of("transformers", "safetensors", "gpt2", "text-generation", "fr", "en", "license:cc-by-nc-4.0"),
        "false", null), card("template-partly-filled.md"));

    assertThat(metadata.text("function"))
        .as("the Model Description section holds only 'Label: value' lines, so the quick summary is the function")
        .isEqualTo("A small causal language model that writes short French poems from a one-line prompt.");
    assertThat(metadata.first("function").orElseThrow().source()).isEqualTo("intro");
    assertThat(metadata.text("intended-use")).isEqualTo("Generating rhymed quatrains for classroom exercises and greeting cards.");
    assertThat(metadata.text("out-of-scope-use")).startsWith("Not suitable for factual questions");
    assertThat(metadata.text("bias-risks")).startsWith("The poems reproduce the themes and stereotypes");
    assertThat(metadata.text("limitations")).isEqualTo(metadata.text("bias-risks"));
    assertThat(metadata.text("training-data")).startsWith("Public-domain French poetry");
    assertThat(metadata.has("evaluation")).isFalse();
    assertThat(metadata.text("hardware")).isEqualTo("8 x A100 40GB");
    assertThat(metadata.texts("languages")).containsExactly("fr", "en");
    assertThat(metadata.number("parameters")).as("stated in the prose").isEqualTo(124e6);
    assertThat(metadata.first("parameters").orElseThrow().evidence()).isEqualTo("124M parameters");
    assertThat(metadata.texts("repository")).containsExactly("lyre-lab/petit-poete");
    assertThat(metadata.texts("demo")).containsExactly("lyre-lab/poete-demo");
    assertThat(metadata.text("license")).isEqualTo("cc-by-nc-4.0");
  }

  @Test
  void headingsInsideCodeAreNotSectionsAndBoldLinesAndSetextHeadingsAre() {
    ModelMetadata metadata = extract(model("sqlforge/ask-the-table-t5-small", "text2text-generation", "transformers",
        2200, List.of("transformers", "pytorch", "t5", "text2text-generation", "text2sql", "code", "en",
            "dataset:spider", "dataset:wikisql", "arxiv:2101.00001", "license:mit"), "false", null),
        card("hand-written-sql.md"));

    assertThat(metadata.text("function")).startsWith("Translates English questions into SQL queries")
        .doesNotContain("Colab");
    assertThat(metadata.text("limitations")).startsWith("Queries with nested sub-selects");
    assertThat(metadata.text("evaluation")).startsWith("Exact-match accuracy of 71.3% on the Spider development set");
    assertThat(metadata.number("parameters")).isEqualTo(60e6);
    assertThat(metadata.texts("domain")).containsExactlyInAnyOrder("code", "sql");
    assertThat(metadata.texts("datasets")).containsExactly("spider", "wikisql");
    assertThat(metadata.texts("paper")).containsExactly("2101.00001");
    assertThat(metadata.texts("repository")).containsExactly("sqlforge/ask-the-table");
    assertThat(metadata.texts("languages")).containsExactly("en");
    assertThat(metadata.texts("metrics")).containsExactly("exact_match");
  }

  @Test
  void aLicenseOtherCarriesItsNameAndTheSizeComesFromTheNameWhenNothingElseSaysIt() {
    ModelMetadata metadata = extract(model("corvid-ai/Corvid-7B-Chat", "text-generation", "transformers", 88_000,
        List.of("transformers", "safetensors", "qwen2", "text-generation", "chat", "conversational", "en", "zh",
            "license:other"), "manual", null), card("gated-llm.md"));

    assertThat(metadata.text("license")).isEqualTo("tongyi-qianwen");
    assertThat(metadata.first("license").orElseThrow().evidence()).isEqualTo("license: other, license_name: tongyi-qianwen");
    assertThat(metadata.text("access")).isEqualTo("gated-manual");
    assertThat(metadata.number("parameters")).as("the prose says 7.7B, before the name's 7B").isEqualTo(7.7e9);
    assertThat(metadata.text("hardware")).startsWith("Runs in bfloat16 on a single 24 GB GPU");
    assertThat(metadata.text("function")).startsWith("Corvid-7B-Chat is an instruction-tuned chat model");
    assertThat(metadata.texts("domain")).containsExactly("chat");
    assertThat(metadata.texts("languages")).containsExactly("en", "zh");
    assertThat(metadata.text("evaluation")).contains("MMLU 61.2");
  }

  @Test
  void aYamlTrueOrFalseInTheHeaderIsNoValueButLanguageNoIsNorwegian() {
    ModelMetadata metadata = extract(model("fjord-nlp/nyhet-topics", null, "transformers", 2400,
        List.of("transformers", "pytorch", "bert", "no", "license:mit"), "false", null), card("flags-in-header.md"));

    assertThat(metadata.has("task")).as("pipeline_tag: false names no task").isFalse();
    assertThat(metadata.has("input-format")).isFalse();
    assertThat(metadata.texts("datasets")).containsExactly("nb-news-sample");
    assertThat(metadata.texts("languages")).containsExactly("no");
    assertThat(metadata.text("function")).startsWith("Classifies Norwegian news headlines");
  }

  @Test
  void aModelWithoutCardStillGetsItsHubAttributesAndANameSize() {
    ModelMetadata metadata = extract(model("facebook/opt-1.3b", "text-generation", "transformers", 120_000,
        List.of("transformers", "pytorch", "tf", "jax", "opt", "text-generation", "en", "arxiv:2205.01068"),
        "false", null), null);

    assertThat(metadata.number("parameters")).isEqualTo(1.3e9);
    assertThat(metadata.first("parameters").orElseThrow().source()).isEqualTo("name:parameters");
    assertThat(metadata.texts("frameworks")).containsExactly("pytorch", "tensorflow", "jax");
    assertThat(metadata.texts("paper")).containsExactly("2205.01068");
    assertThat(metadata.has("function")).isFalse();
    assertThat(metadata.has("license")).isFalse();
    assertThat(metadata.number("downloads")).isEqualTo(120_000.0);
  }
}
