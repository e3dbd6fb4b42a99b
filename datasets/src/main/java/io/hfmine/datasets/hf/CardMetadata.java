package io.hfmine.datasets.hf;

import java.util.List;

/**
 * The YAML front matter of a model card, or why there is none.
 *
 * <p>{@code status} is {@code ok}, {@code absent} (no header), {@code malformed} (the error says
 * where) or {@code too-large}. Lists are empty, never null; {@code modelIndex} and {@code raw}
 * are JSON text.
 */
public record CardMetadata(
    String status,
    String error,
    String license,
    List<String> tags,
    List<String> datasets,
    List<String> baseModel,
    List<String> language,
    String pipelineTag,
    String modelIndex,
    String raw) {

  public CardMetadata {
    tags = tags == null ? List.of() : List.copyOf(tags);
    datasets = datasets == null ? List.of() : List.copyOf(datasets);
    baseModel = baseModel == null ? List.of() : List.copyOf(baseModel);
    language = language == null ? List.of() : List.copyOf(language);
  }

  /** Metadata of a card that has no front matter. */
  public static CardMetadata absent() {
    return new CardMetadata("absent", null, null, null, null, null, null, null, null, null);
  }

  /** Metadata that could not be read, with the reason. */
  public static CardMetadata failed(String status, String error) {
    return new CardMetadata(status, error, null, null, null, null, null, null, null, null);
  }
}
