package io.hfmine.datasets.export;

import java.util.List;

/**
 * One file of the dataset: its name, the store table it comes from, and the columns that hold
 * file contents (left out unless the export asks for contents).
 */
public record ExportTable(String name, String table, String description, List<String> contentColumns) {

  /** The dataset's files, in the order the card lists them. */
  public static final List<ExportTable> ALL = List.of(
      new ExportTable("models", "models", "Hugging Face models with their Hub metadata.", List.of()),
      new ExportTable("model_cards", "model_cards", "Model cards (READMEs): status and size; text with contents.",
          List.of("text")),
      new ExportTable("card_metadata", "card_metadata", "YAML metadata of model cards.", List.of()),
      new ExportTable("card_duplicates", "card_duplicates", "Near-identical model cards and their originals.",
          List.of()),
      new ExportTable("code_hits", "code_hits", "GitHub code-search hits: files that mention a model id.",
          List.of()),
      new ExportTable("files", "files", "Metadata of fetched GitHub files; their text with contents.",
          List.of("content")),
      new ExportTable("hit_verifications", "hit_verifications",
          "Each code-search hit verified by parsing: verified, unresolved call or mention only.", List.of()),
      new ExportTable("usages", "usages", "Model-loading calls found by parsing Python and Java files.", List.of()),
      new ExportTable("patterns", "usage_patterns", "Usage patterns: clusters of usages per model or API.",
          List.of()),
      new ExportTable("pattern_members", "usage_pattern_members", "Which usage belongs to which pattern.",
          List.of()),
      new ExportTable("repositories", "repositories", "GitHub repositories with hits, with their metadata.",
          List.of()),
      new ExportTable("repository_selection", "repository_selection",
          "Downstream projects selected for the issue study.", List.of()),
      new ExportTable("selection_funnel", "selection_funnel", "How many items each selection step left.",
          List.of()),
      new ExportTable("issues", "issues", "GitHub issues of the selected projects (no pull requests).", List.of()),
      new ExportTable("comments", "issue_comments", "Comments of those issues.", List.of()),
      new ExportTable("labels", "issue_labels",
          "PTM relevance, challenge themes and sub-themes, and issue types, with their source.", List.of()),
      new ExportTable("statistics", "statistics_results", "Results of the resolution-time statistics.",
          List.of()));
}
