package io.hfmine.analyzers.pick.template;

import io.hfmine.analyzers.pick.PickFiles;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The model template ({@code config/pick/template.yaml}): the attributes extracted for every model
 * and written in every request, the input and output formats of the Hub's tasks, and the
 * placeholder texts of model-card templates.
 */
public record Template(List<AttributeSpec> attributes, Map<String, TaskFormats> taskFormats, List<String> ignoredTags,
    List<String> placeholders, List<String> otherSections, Instructions instructions) {

  /**
   * Sentences that tell the reader what to do rather than say what was done: those starting with one
   * of {@code starts} (a word or phrase followed by a non-letter) or containing one of {@code contains}.
   */
  public record Instructions(List<String> starts, List<String> contains) {
    public Instructions {
      starts = lowered(starts);
      contains = lowered(contains);
    }
  }

  public Template {
    attributes = attributes == null ? List.of() : List.copyOf(attributes);
    taskFormats = taskFormats == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(taskFormats));
    ignoredTags = ignoredTags == null ? List.of()
        : ignoredTags.stream().map(text -> text.toLowerCase(Locale.ROOT).strip()).toList();
    placeholders = lowered(placeholders);
    otherSections = lowered(otherSections);
    instructions = instructions == null ? new Instructions(List.of(), List.of()) : instructions;
  }

  private static List<String> lowered(List<String> texts) {
    return texts == null ? List.of() : texts.stream().map(text -> text.toLowerCase(Locale.ROOT).strip()).toList();
  }

  /** Loads and checks the template at {@code location} (a file, else the shipped copy on the classpath). */
  public static Template load(String location) {
    Template template = PickFiles.read(location, Template.class, message -> new TemplateException("template " + message));
    template.check(location);
    return template;
  }

  /** The attribute named {@code name}, if the template has it. */
  public Optional<AttributeSpec> attribute(String name) {
    return attributes.stream().filter(spec -> spec.name().equals(name)).findFirst();
  }

  /** Whether a Hub tag is one of {@code ignored-tags} (a trailing {@code *} matches a prefix). */
  public boolean ignoredTag(String tag) {
    String lower = tag.toLowerCase(Locale.ROOT);
    for (String pattern : ignoredTags) {
      if (pattern.endsWith("*") ? lower.startsWith(pattern.substring(0, pattern.length() - 1)) : lower.equals(pattern)) {
        return true;
      }
    }
    return false;
  }

  /** Attribute names, in template order. */
  public List<String> names() {
    return attributes.stream().map(AttributeSpec::name).toList();
  }

  /** The text attributes that are matched rather than checked: what BM25 and embeddings compare. */
  public List<AttributeSpec> matchedAttributes() {
    return attributes.stream().filter(spec -> !spec.special()
        && (spec.kind() == AttributeKind.TEXT || spec.kind() == AttributeKind.LIST)).toList();
  }

  private void check(String origin) {
    if (attributes.isEmpty()) {
      throw new TemplateException("template " + origin + ": no attributes");
    }
    Set<String> names = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (AttributeSpec spec : attributes) {
      String where = "template " + origin + ": attribute '" + spec.name() + "'";
      if (spec.name() == null || !spec.name().matches("[a-z][a-z0-9-]*")) {
        problems.add("template " + origin + ": attribute name '" + spec.name() + "' must be lower-case kebab-case");
        continue;
      }
      if (!names.add(spec.name())) {
        problems.add(where + " is defined twice");
      }
      if (spec.kind() == null) {
        problems.add(where + " needs a kind (text, list, number, license or access)");
      }
      spec.secondTo().keySet().stream().filter(first -> attributes.stream().noneMatch(other -> first.equals(other.name())))
          .forEach(first -> problems.add(where + ": second-to names '" + first + "', which is no attribute"));
      if (spec.sources().isEmpty()) {
        problems.add(where + " has no sources");
      }
      for (String source : spec.sources()) {
        try {
          AttributeSource parsed = AttributeSource.parse(source);
          if (parsed.kind().equals("section") && spec.sections().isEmpty()) {
            problems.add(where + " reads card sections but lists no `sections` headings");
          }
          if ("vocabulary".equals(parsed.argument()) && spec.vocabulary().isEmpty()) {
            problems.add(where + " reads a vocabulary but has no `vocabulary`");
          }
        } catch (IllegalArgumentException e) {
          problems.add(where + ": " + e.getMessage());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new TemplateException(String.join("; ", problems));
    }
  }
}
