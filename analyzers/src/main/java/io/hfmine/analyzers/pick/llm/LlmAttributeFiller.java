package io.hfmine.analyzers.pick.llm;

import io.hfmine.analyzers.issues.llm.LlmCache;
import io.hfmine.analyzers.pick.PickSettings;
import io.hfmine.analyzers.pick.extract.AttributeValue;
import io.hfmine.analyzers.pick.extract.MetadataExtractor;
import io.hfmine.analyzers.pick.extract.ModelMetadata;
import io.hfmine.analyzers.pick.extract.ModelSource;
import io.hfmine.analyzers.pick.template.AttributeKind;
import io.hfmine.analyzers.pick.template.AttributeSpec;
import io.hfmine.analyzers.pick.template.TaskFormats;
import io.hfmine.analyzers.pick.template.Template;
import io.hfmine.datasets.hashing.Hashes;
import io.hfmine.datasets.llm.ChatException;
import io.hfmine.datasets.llm.ChatModel;
import io.hfmine.datasets.llm.ChatRequest;
import io.hfmine.datasets.llm.ReasoningBlocks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The optional LLM pass: asks a chat model (temperature 0) to fill the template's prose attributes
 * from a card, and keeps its answers only where the rules found nothing. Answers are cached by the
 * exact request, so a rerun asks nothing twice; formats are kept only when they are formats the
 * template knows.
 */
public final class LlmAttributeFiller {
  public static final String SOURCE = "llm";
  private static final Set<String> NONE = Set.of("none", "n/a", "na", "unknown", "not stated", "not specified", "-", "");

  private final ChatModel chat;
  private final String model;
  private final PickSettings.Llm settings;
  private final LlmCache cache;
  private final List<AttributeSpec> fillable;
  private final Set<String> formats;
  private final List<String> order;

  private final int concurrency;

  public LlmAttributeFiller(ChatModel chat, String model, PickSettings.Llm settings, LlmCache cache, Template template,
      MetadataExtractor extractor) {
    this(chat, model, settings, cache, template, extractor, 1);
  }

  /**
   * @param concurrency how many models may be put to the model at once ({@code llm-client.concurrency});
   *     {@link #fill} is safe from several threads
   */
  public LlmAttributeFiller(ChatModel chat, String model, PickSettings.Llm settings, LlmCache cache, Template template,
      MetadataExtractor extractor, int concurrency) {
    this.concurrency = concurrency;
    this.chat = chat;
    this.model = model;
    this.settings = settings;
    this.cache = cache;
    this.fillable = template.attributes().stream().filter(extractor::fillableByLlm).toList();
    Set<String> known = new LinkedHashSet<>();
    for (TaskFormats task : template.taskFormats().values()) {
      known.addAll(task.input());
      known.addAll(task.output());
    }
    this.formats = known;
    this.order = template.names();
  }

  public String model() {
    return model;
  }

  /** How many models a run may put to the model at once. */
  public int concurrency() {
    return concurrency;
  }

  /** The attributes this pass may fill. */
  public List<AttributeSpec> fillable() {
    return fillable;
  }

  /** Identifies the model and prompts, for validation records and extraction fingerprints. */
  public String promptSha256() {
    return Hashes.sha256(settings.systemPrompt() + "\u0000" + settings.userPrompt() + "\u0000"
        + String.join(",", fillable.stream().map(AttributeSpec::name).toList()));
  }

  /** The metadata with the attributes the rules left empty filled from the model's answer. */
  public ModelMetadata fill(ModelSource source, ModelMetadata rules) {
    List<AttributeSpec> missing = fillable.stream().filter(spec -> !rules.has(spec.name())).toList();
    if (missing.isEmpty() || source.body() == null || source.body().isBlank()) {
      return rules;
    }
    Map<String, List<String>> answers = answers(source, missing);
    Map<String, List<AttributeValue>> merged = new LinkedHashMap<>(rules.attributes());
    for (AttributeSpec spec : missing) {
      List<String> values = answers.getOrDefault(spec.name(), List.of());
      if (!values.isEmpty()) {
        merged.put(spec.name(), values.stream().map(value -> AttributeValue.text(value, SOURCE, model)).toList());
      }
    }
    Map<String, List<AttributeValue>> ordered = new LinkedHashMap<>();
    for (String name : order) {
      if (merged.containsKey(name)) {
        ordered.put(name, merged.get(name));
      }
    }
    return new ModelMetadata(rules.modelId(), ordered);
  }

  /** What the model answers for these attributes of this card: values by attribute, none left out. */
  public Map<String, List<String>> answers(ModelSource source, List<AttributeSpec> attributes) {
    String card = source.body() == null ? "" : source.body();
    if (card.length() > settings.maxCardChars()) {
      card = card.substring(0, settings.maxCardChars());
    }
    String user = settings.userPrompt()
        .replace("{model}", source.model().id())
        .replace("{attributes}", String.join(", ", attributes.stream().map(AttributeSpec::name).toList()))
        .replace("{card}", card);
    return parse(ask(user), attributes);
  }

  private String ask(String user) {
    String key = Hashes.sha256(model + "\u0000" + settings.systemPrompt() + "\u0000" + user + "\u0000" + settings.maxTokens());
    return cache.get(key).orElseGet(() -> {
      String answer;
      try {
        answer = chat.complete(ChatRequest.deterministic(settings.systemPrompt(), user, settings.maxTokens()));
      } catch (ChatException e) {
        throw new LlmExtractionException(e.getMessage(), e);
      }
      cache.put(key, model, answer);
      return answer;
    });
  }

  Map<String, List<String>> parse(String answer, List<AttributeSpec> attributes) {
    Map<String, AttributeSpec> byName = new LinkedHashMap<>();
    attributes.forEach(spec -> byName.put(spec.name(), spec));
    Map<String, List<String>> values = new LinkedHashMap<>();
    String text = ReasoningBlocks.remove(answer);
    for (String line : text.split("\\R")) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = line.substring(0, colon).replaceAll("[*`_#>\\-\\s]+", " ").strip().toLowerCase(Locale.ROOT)
          .replace(' ', '-');
      AttributeSpec spec = byName.get(name);
      String value = line.substring(colon + 1).strip();
      if (spec == null || NONE.contains(value.toLowerCase(Locale.ROOT).replaceAll("[.\"']", "").strip())) {
        continue;
      }
      if (spec.kind() == AttributeKind.LIST) {
        List<String> items = new ArrayList<>();
        for (String item : value.split("[,;]")) {
          String cleaned = item.strip().toLowerCase(Locale.ROOT);
          boolean isFormat = spec.name().endsWith("-format");
          if (!cleaned.isEmpty() && (!isFormat || formats.contains(cleaned))) {
            items.add(cleaned);
          }
        }
        if (!items.isEmpty()) {
          values.put(spec.name(), items);
        }
      } else {
        values.put(spec.name(), List.of(value));
      }
    }
    return values;
  }
}
