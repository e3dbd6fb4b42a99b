package io.hfmine.analyzers.pick.llm;

import static io.hfmine.analyzers.pick.PickFixtures.EXTRACTOR;
import static io.hfmine.analyzers.pick.PickFixtures.SETTINGS;
import static io.hfmine.analyzers.pick.PickFixtures.TEMPLATE;
import static io.hfmine.analyzers.pick.PickFixtures.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hfmine.analyzers.issues.llm.LlmCache;
import io.hfmine.analyzers.pick.extract.ModelMetadata;
import io.hfmine.analyzers.pick.extract.ModelSource;
import io.hfmine.datasets.hf.CardFrontMatter;
import io.hfmine.datasets.llm.ChatException;
import io.hfmine.datasets.llm.ChatModel;
import io.hfmine.datasets.llm.ChatRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LlmAttributeFillerTest {
  private static final String CARD = """
      # tiny-translator

      We trained this on a weekend. It is fast.

      Use it to turn Dutch recipes into English ones; it fails on measurements.
      """;

  @TempDir
  Path dir;

  /** A chat model that answers from a script and counts the questions. */
  private static final class ScriptedChat implements ChatModel {
    final List<ChatRequest> asked = new ArrayList<>();
    String answer;

    @Override
    public String complete(ChatRequest request) {
      asked.add(request);
      if (answer == null) {
        throw new ChatException("endpoint down");
      }
      return answer;
    }
  }

  private static final class MapCache implements LlmCache {
    final Map<String, String> answers = new HashMap<>();

    @Override
    public Optional<String> get(String requestSha256) {
      return Optional.ofNullable(answers.get(requestSha256));
    }

    @Override
    public void put(String requestSha256, String model, String answer) {
      answers.put(requestSha256, answer);
    }
  }

  private static ModelSource source() {
    return ModelSource.of(model("kitchen/tiny-translator", "translation", "transformers", 100, List.of("translation"),
        "false", null), CARD, "ok", new CardFrontMatter(65536, 16));
  }

  @Test
  void theLlmFillsOnlyWhatTheRulesLeftEmptyAndKeepsKnownFormats() {
    ScriptedChat chat = new ScriptedChat();
    chat.answer = """
        <think>the card is short</think>
        function: Translates Dutch cooking recipes into English.
        intended-use: turning recipes into English
        limitations: mistranslates measurements
        bias-risks: none
        input-format: text, spreadsheets
        """;
    LlmAttributeFiller filler = new LlmAttributeFiller(chat, "local-llm", SETTINGS.extraction().llm(), new MapCache(),
        TEMPLATE, EXTRACTOR);
    ModelSource source = source();
    ModelMetadata rules = EXTRACTOR.extract(source);

    ModelMetadata filled = filler.fill(source, rules);

    assertThat(rules.text("function")).startsWith("We trained this on a weekend.");
    assertThat(filled.text("function")).as("the rules found a function; the LLM's is not used").isEqualTo(rules.text("function"));
    assertThat(filled.text("intended-use")).isEqualTo("turning recipes into English");
    assertThat(filled.first("intended-use").orElseThrow().source()).isEqualTo("llm");
    assertThat(filled.first("intended-use").orElseThrow().evidence()).isEqualTo("local-llm");
    assertThat(filled.text("limitations")).isEqualTo("mistranslates measurements");
    assertThat(filled.has("bias-risks")).as("'none' is no value").isFalse();
    assertThat(filled.texts("input-format")).as("task formats come first; 'spreadsheets' is no format").containsExactly("text");
    assertThat(chat.asked).hasSize(1);
    assertThat(chat.asked.getFirst().user()).contains("Model: kitchen/tiny-translator").contains("Dutch recipes")
        .doesNotContain("function,");
  }

  @Test
  void answersAreCachedAndAFailedCallIsReported() {
    ScriptedChat chat = new ScriptedChat();
    chat.answer = "limitations: measurements";
    MapCache cache = new MapCache();
    LlmAttributeFiller filler = new LlmAttributeFiller(chat, "local-llm", SETTINGS.extraction().llm(), cache, TEMPLATE,
        EXTRACTOR);
    ModelSource source = source();
    filler.fill(source, EXTRACTOR.extract(source));
    filler.fill(source, EXTRACTOR.extract(source));
    assertThat(chat.asked).hasSize(1);

    ScriptedChat down = new ScriptedChat();
    LlmAttributeFiller failing = new LlmAttributeFiller(down, "local-llm", SETTINGS.extraction().llm(), new MapCache(),
        TEMPLATE, EXTRACTOR);
    assertThatThrownBy(() -> failing.fill(source, EXTRACTOR.extract(source))).isInstanceOf(LlmExtractionException.class)
        .hasMessage("endpoint down");
  }

  @Test
  void validationReportsKappaOnStatedOrNotAndTokenF1OfTheValues() throws Exception {
    ScriptedChat chat = new ScriptedChat();
    chat.answer = "intended-use: turning recipes into English\nlimitations: none\nhardware: a laptop";
    LlmAttributeFiller filler = new LlmAttributeFiller(chat, "local-llm", SETTINGS.extraction().llm(), new MapCache(),
        TEMPLATE, EXTRACTOR);
    Path sample = dir.resolve("checked.csv");
    Files.writeString(sample, """
        model_id,attribute,value
        kitchen/tiny-translator,intended-use,turn Dutch recipes into English
        kitchen/tiny-translator,limitations,fails on measurements
        kitchen/tiny-translator,hardware,none
        kitchen/tiny-translator,training-data,none
        """);
    List<ExtractionValidation.Item> items = ExtractionValidation.readSample(sample, filler.fillable());

    ExtractionValidation.Result result = ExtractionValidation.run(items, ids -> List.of(source()), filler, 0.6, 0.5);

    // stated: human yes yes no no, model yes no yes no -> po = 0.5, pe = 0.5, kappa = 0
    assertThat(result.presenceKappa()).isCloseTo(0.0, within(1e-12));
    // "turn dutch recipes into english" vs "turning recipes into english": 3 common of 5 and 4 -> F1 = 2/3
    assertThat(result.meanF1()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(result.passed()).isFalse();
    assertThat(ExtractionValidation.tokenF1("a b c", "a b c")).isEqualTo(1.0);
  }
}
