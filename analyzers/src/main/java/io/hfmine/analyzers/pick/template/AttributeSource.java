package io.hfmine.analyzers.pick.template;

import java.util.Locale;
import java.util.Set;

/**
 * One place an attribute's values come from, written {@code kind} or {@code kind:argument} in the
 * template (e.g. {@code card:license}, {@code tags:prefix=dataset:}, {@code section}).
 */
public record AttributeSource(String kind, String argument) {
  static final Set<String> KINDS = Set.of("hub", "card", "tags", "name", "model-index", "safetensors", "text",
      "task", "section", "intro", "links", "llm");
  private static final Set<String> HUB = Set.of("name", "author", "pipeline_tag", "library_name", "downloads", "likes",
      "access");
  private static final Set<String> CARD = Set.of("license", "language", "datasets", "base_model", "metrics",
      "pipeline_tag", "library_name", "hardware");
  private static final Set<String> MODEL_INDEX = Set.of("results", "metrics", "datasets", "task");

  /** Parses {@code kind[:argument]}; the message names what is wrong. */
  public static AttributeSource parse(String text) {
    String trimmed = text == null ? "" : text.strip();
    int colon = trimmed.indexOf(':');
    String kind = (colon < 0 ? trimmed : trimmed.substring(0, colon)).toLowerCase(Locale.ROOT);
    String argument = colon < 0 ? null : trimmed.substring(colon + 1);
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("unknown source '" + trimmed + "' (kinds: " + String.join(", ",
          KINDS.stream().sorted().toList()) + ")");
    }
    boolean valid = switch (kind) {
      case "hub" -> HUB.contains(argument);
      case "card" -> CARD.contains(argument);
      case "model-index" -> MODEL_INDEX.contains(argument);
      case "tags" -> argument != null && (argument.startsWith("prefix=") && argument.length() > 7
          || Set.of("language", "vocabulary", "task", "rest").contains(argument));
      case "name" -> "vocabulary".equals(argument) || "parameters".equals(argument);
      case "safetensors" -> "total".equals(argument) || "bytes".equals(argument);
      case "text" -> "parameters".equals(argument);
      case "task" -> "input".equals(argument) || "output".equals(argument);
      case "links" -> Set.of("github", "spaces", "arxiv").contains(argument);
      default -> argument == null;
    };
    if (!valid) {
      throw new IllegalArgumentException("source '" + trimmed + "' has an unknown or missing argument");
    }
    return new AttributeSource(kind, argument);
  }

  @Override
  public String toString() {
    return argument == null ? kind : kind + ":" + argument;
  }
}
