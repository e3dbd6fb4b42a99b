package io.hfmine.analyzers.pick.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.hfmine.analyzers.pick.template.AttributeSource;
import io.hfmine.analyzers.pick.template.AttributeSpec;
import io.hfmine.analyzers.pick.template.Template;
import io.hfmine.analyzers.pick.template.TaskFormats;
import io.hfmine.datasets.hf.ModelRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One reader per source kind of the template; each returns the values it finds, with evidence. */
final class SourceReaders {
  private static final java.util.regex.Pattern LABEL_LINE = java.util.regex.Pattern.compile("^[^:.!?]{1,40}:\\s+\\S");
  private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}']+");
  private static final java.util.regex.Pattern NAME_SEPARATORS = java.util.regex.Pattern.compile("[-_.\\s]+");

  private final Template template;
  private final ExtractionSettings settings;
  private final Placeholders placeholders;
  private final ReaderInstructions instructions;
  /** Per attribute, each lower-case synonym and the canonical values it stands for. */
  private final Map<String, Map<String, List<String>>> synonyms = new java.util.HashMap<>();
  /** Per attribute, hyphenated synonyms written as runs of words (" text to sql ") and their canonical values. */
  private final Map<String, Map<String, List<String>>> runs = new java.util.HashMap<>();
  /** Prefixes and vocabulary words by which some attribute takes a tag (so it is not in tags:rest). */
  private final List<String> takenPrefixes = new ArrayList<>();
  private final java.util.Set<String> takenWords = new java.util.HashSet<>();

  SourceReaders(Template template, ExtractionSettings settings, Placeholders placeholders) {
    this.template = template;
    this.settings = settings;
    this.placeholders = placeholders;
    this.instructions = new ReaderInstructions(template.instructions());
    for (AttributeSpec spec : template.attributes()) {
      Map<String, List<String>> words = new java.util.LinkedHashMap<>();
      spec.vocabulary().forEach((canonical, list) -> list.forEach(synonym ->
          words.computeIfAbsent(synonym.toLowerCase(Locale.ROOT), key -> new ArrayList<>()).add(canonical)));
      synonyms.put(spec.name(), words);
      Map<String, List<String>> spaced = new java.util.LinkedHashMap<>();
      words.forEach((synonym, canonical) -> {
        if (synonym.indexOf('-') > 0) {
          spaced.put(" " + synonym.replace('-', ' ') + " ", canonical);
        }
      });
      runs.put(spec.name(), spaced);
      for (AttributeSource source : spec.parsedSources()) {
        if (source.kind().equals("tags") && source.argument().startsWith("prefix=")) {
          takenPrefixes.add(source.argument().substring("prefix=".length()).toLowerCase(Locale.ROOT));
        } else if (source.kind().equals("tags") && source.argument().equals("vocabulary")) {
          takenWords.addAll(words.keySet());
        }
      }
    }
  }

  List<AttributeValue> read(AttributeSpec spec, AttributeSource from, CardView card) {
    String source = from.toString();
    ModelRecord model = card.source().model();
    return switch (from.kind()) {
      case "hub" -> hub(from.argument(), model, source);
      case "card" -> card(from.argument(), card.header(), source);
      case "tags" -> tags(spec, from.argument(), model, source);
      case "name" -> "parameters".equals(from.argument()) ? nameParameters(model, source)
          : vocabulary(spec, nameWords(model.id()), source);
      case "model-index" -> modelIndex(from.argument(), card.modelIndex(), source);
      case "safetensors" -> safetensors(from.argument(), card.safetensors(), source);
      case "text" -> ParameterCounts.inText(card.plainBody()).map(count ->
          List.of(AttributeValue.number(count.parameters(), source, count.evidence()))).orElse(List.of());
      case "task" -> taskFormats(from.argument(), model, card.header(), source);
      case "intro" -> intro(card, source);
      case "links" -> links(from.argument(), card.body(), source);
      default -> List.of();
    };
  }

  /** The cleaned text of the sections that feed an attribute, joined in card order. */
  List<AttributeValue> sections(AttributeSpec spec, List<SectionAttributes.Fed> sections) {
    List<String> texts = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    for (SectionAttributes.Fed fed : sections) {
      CardSections.Section section = fed.section();
      String plain = MarkdownText.plain(section.content());
      String text = placeholders.clean(spec.dropInstructions() ? instructions.drop(plain) : plain);
      if (spec.prose() && labelsOnly(text) || fed.secondary() && !mentionsCue(spec.secondTo().get(fed.subject()), text)) {
        continue;
      }
      if (!text.isEmpty()) {
        texts.add(text);
        headings.add(section.heading() + " (line " + section.line() + ")");
      }
    }
    if (texts.isEmpty()) {
      return List.of();
    }
    String joined = MarkdownText.cut(String.join("\n", texts), settings.maxTextChars());
    return List.of(AttributeValue.text(joined, "section", String.join(" | ", headings)));
  }

  // A section that names the attribute after another ("Intended uses & limitations" for limitations)
  // counts only when its text uses one of the cue words the template gives for that pairing, if any.
  private static boolean mentionsCue(List<String> cues, String text) {
    if (cues == null) {
      return true;
    }
    for (String word : WORDS.split(text.toLowerCase(Locale.ROOT))) {
      if (cues.contains(word)) {
        return true;
      }
    }
    return false;
  }

  // Every line is "Label: value", as in the model-card template's lists of model details.
  private static boolean labelsOnly(String text) {
    return !text.isEmpty() && text.lines().filter(line -> !line.isBlank())
        .allMatch(line -> LABEL_LINE.matcher(line).lookingAt());
  }

  private List<AttributeValue> hub(String field, ModelRecord model, String source) {
    String id = model.id();
    return switch (field) {
      case "name" -> List.of(AttributeValue.text(id.substring(id.lastIndexOf('/') + 1), source, id));
      case "author" -> model.author() == null ? List.of() : List.of(AttributeValue.text(model.author(), source, id));
      case "pipeline_tag" -> model.pipelineTag() == null ? List.of()
          : List.of(AttributeValue.text(model.pipelineTag(), source, "pipeline_tag"));
      case "library_name" -> model.libraryName() == null ? List.of()
          : List.of(AttributeValue.text(model.libraryName(), source, "library_name"));
      case "downloads" -> model.downloads() == null ? List.of()
          : List.of(AttributeValue.number(model.downloads(), source, "downloads (last 30 days)"));
      case "likes" -> model.likes() == null ? List.of() : List.of(AttributeValue.number(model.likes(), source, "likes"));
      case "access" -> List.of(AttributeValue.text(access(model), source,
          "gated=" + model.gated() + ", private=" + model.isPrivate()));
      default -> List.of();
    };
  }

  static String access(ModelRecord model) {
    if (Boolean.TRUE.equals(model.isPrivate())) {
      return "private";
    }
    if ("manual".equals(model.gated())) {
      return "gated-manual";
    }
    return "auto".equals(model.gated()) ? "gated-auto" : "public";
  }

  private List<AttributeValue> card(String key, JsonNode header, String source) {
    if (header == null || !header.isObject()) {
      return List.of();
    }
    List<AttributeValue> values = new ArrayList<>();
    switch (key) {
      case "license" -> {
        for (String license : texts(header.get("license"))) {
          String name = scalar(header.get("license_name"));
          if (license.equalsIgnoreCase("other") && name != null) {
            values.add(AttributeValue.text(name, source, "license: other, license_name: " + name));
          } else {
            values.add(AttributeValue.text(license, source, "license: " + license));
          }
        }
      }
      case "language" -> {
        for (String language : texts(header.get("language"))) {
          LanguageCodes.normalize(language).ifPresent(code -> values.add(
              AttributeValue.text(code, source, "language: " + language)));
        }
      }
      case "hardware" -> {
        String hardware = scalar(header.path("co2_eq_emissions").get("hardware_used"));
        if (hardware != null) {
          values.add(AttributeValue.text(hardware, source, "co2_eq_emissions.hardware_used"));
        }
      }
      default -> {
        for (String value : texts(header.get(key))) {
          values.add(AttributeValue.text(value, source, key + ": " + value));
        }
      }
    }
    return values;
  }

  private List<AttributeValue> tags(AttributeSpec spec, String argument, ModelRecord model, String source) {
    List<AttributeValue> values = new ArrayList<>();
    if (argument.startsWith("prefix=")) {
      String prefix = argument.substring("prefix=".length());
      for (String tag : model.tags()) {
        if (tag.regionMatches(true, 0, prefix, 0, prefix.length()) && tag.length() > prefix.length()) {
          String value = tag.substring(prefix.length());
          int relation = value.indexOf(':');
          if (relation > 0 && value.indexOf('/') > relation) {
            value = value.substring(relation + 1);
          }
          values.add(AttributeValue.text(value, source, tag));
        }
      }
      return values;
    }
    switch (argument) {
      case "language" -> model.tags().stream().filter(LanguageCodes::isLanguageTag)
          .forEach(tag -> values.add(AttributeValue.text(tag.toLowerCase(Locale.ROOT), source, tag)));
      case "task" -> model.tags().stream().filter(tag -> template.taskFormats().containsKey(tag.toLowerCase(Locale.ROOT)))
          .forEach(tag -> values.add(AttributeValue.text(tag.toLowerCase(Locale.ROOT), source, tag)));
      case "vocabulary" -> values.addAll(vocabulary(spec, model.tags(), source));
      case "rest" -> {
        for (String tag : model.tags()) {
          if (!takenByAnotherAttribute(tag, model)) {
            values.add(AttributeValue.text(tag, source, tag));
          }
        }
      }
      default -> {
      }
    }
    return values;
  }

  private boolean takenByAnotherAttribute(String tag, ModelRecord model) {
    String lower = tag.toLowerCase(Locale.ROOT);
    if (template.ignoredTag(tag) || lower.equalsIgnoreCase(String.valueOf(model.libraryName()))
        || LanguageCodes.isLanguageTag(tag) || template.taskFormats().containsKey(lower) || lower.equals("multilingual")
        || takenWords.contains(lower)) {
      return true;
    }
    for (String prefix : takenPrefixes) {
      if (lower.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Canonical vocabulary values of the words, in the words' order: a word equal to a synonym, or a
   * run of words equal to a hyphenated synonym ("text to sql" for text-to-sql).
   */
  private List<AttributeValue> vocabulary(AttributeSpec spec, List<String> words, String source) {
    Map<String, List<String>> bySynonym = synonyms.getOrDefault(spec.name(), Map.of());
    List<AttributeValue> values = new ArrayList<>();
    List<String> lowered = new ArrayList<>(words.size());
    for (String word : words) {
      String lower = word.toLowerCase(Locale.ROOT);
      lowered.add(lower);
      for (String canonical : bySynonym.getOrDefault(lower, List.of())) {
        values.add(AttributeValue.text(canonical, source, word));
      }
    }
    Map<String, List<String>> spaced = runs.getOrDefault(spec.name(), Map.of());
    if (!spaced.isEmpty() && words.size() > 1) {
      String joined = " " + String.join(" ", lowered) + " ";
      spaced.forEach((run, canonical) -> {
        if (joined.contains(run)) {
          canonical.forEach(value -> values.add(AttributeValue.text(value, source, run.strip().replace(' ', '-'))));
        }
      });
    }
    return values;
  }

  private static List<String> nameWords(String id) {
    String name = id.substring(id.lastIndexOf('/') + 1);
    return List.of(NAME_SEPARATORS.split(name.toLowerCase(Locale.ROOT)));
  }

  private static List<AttributeValue> nameParameters(ModelRecord model, String source) {
    return ParameterCounts.inName(model.id()).map(count ->
        List.of(AttributeValue.number(count.parameters(), source, "model name: " + count.evidence()))).orElse(List.of());
  }

  private static List<AttributeValue> modelIndex(String part, ModelIndexEntries entries, String source) {
    List<AttributeValue> values = new ArrayList<>();
    switch (part) {
      case "results" -> entries.results.forEach(result -> values.add(AttributeValue.text(result, source, "model-index")));
      case "metrics" -> entries.metrics.forEach(metric -> values.add(AttributeValue.text(metric, source, "model-index")));
      case "datasets" -> entries.datasets.forEach(dataset -> values.add(AttributeValue.text(dataset, source, "model-index")));
      case "task" -> entries.tasks.forEach(task -> values.add(AttributeValue.text(task, source, "model-index")));
      default -> {
      }
    }
    return values;
  }

  private static List<AttributeValue> safetensors(String part, SafetensorsSizes sizes, String source) {
    if (part.equals("total")) {
      return sizes.total().map(total -> List.of(AttributeValue.number(total, source, sizes.dtypes()))).orElse(List.of());
    }
    return sizes.bytes().map(bytes -> List.of(AttributeValue.number(bytes, source, sizes.dtypes()))).orElse(List.of());
  }

  private List<AttributeValue> taskFormats(String side, ModelRecord model, JsonNode header, String source) {
    List<String> tasks = new ArrayList<>();
    if (model.pipelineTag() != null) {
      tasks.add(model.pipelineTag());
    }
    if (header != null && scalar(header.get("pipeline_tag")) != null) {
      tasks.add(scalar(header.get("pipeline_tag")));
    }
    List<AttributeValue> values = new ArrayList<>();
    for (String task : tasks) {
      TaskFormats formats = template.taskFormats().get(task.toLowerCase(Locale.ROOT));
      if (formats != null) {
        for (String format : side.equals("input") ? formats.input() : formats.output()) {
          values.add(AttributeValue.text(format, source, "task " + task));
        }
      }
    }
    return values;
  }

  private List<AttributeValue> intro(CardView card, String source) {
    List<CardSections.Section> sections = card.sections();
    for (int i = 0; i < sections.size() && i < 2; i++) {
      CardSections.Section section = sections.get(i);
      if (i == 1 && section.level() != 1) {
        break;
      }
      String text = placeholders.clean(MarkdownText.plain(section.content()));
      if (!text.isEmpty()) {
        String where = section.heading() == null ? "card opening" : "opening under " + section.heading();
        return List.of(AttributeValue.text(MarkdownText.cut(text, settings.introMaxChars()), source, where));
      }
    }
    return List.of();
  }

  private static List<AttributeValue> links(String kind, String body, String source) {
    List<AttributeValue> values = new ArrayList<>();
    var found = switch (kind) {
      case "github" -> CardLinks.github(body);
      case "spaces" -> CardLinks.spaces(body);
      default -> CardLinks.arxiv(body);
    };
    found.forEach(link -> values.add(AttributeValue.text(link, source, "link in the card")));
    return values;
  }

  // A YAML true or false (`pipeline_tag: false`, `datasets: false`) says that nothing applies, never a
  // value; `language: no` is a string to the YAML reader and stays Norwegian.
  private static List<String> texts(JsonNode value) {
    List<String> texts = new ArrayList<>();
    if (value == null) {
      return texts;
    }
    if (value.isArray()) {
      value.forEach(item -> {
        if (isText(item)) {
          texts.add(item.asText().strip());
        }
      });
    } else if (isText(value)) {
      texts.add(value.asText().strip());
    }
    return texts;
  }

  private static String scalar(JsonNode value) {
    return value != null && isText(value) ? value.asText().strip() : null;
  }

  private static boolean isText(JsonNode value) {
    return value.isValueNode() && !value.isNull() && !value.isBoolean() && !value.asText().isBlank();
  }
}
