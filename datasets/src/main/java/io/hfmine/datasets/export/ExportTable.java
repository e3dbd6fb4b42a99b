package io.hfmine.datasets.export;

import java.util.List;

/**
 * One file of the dataset: its name, the store table it comes from, the columns that hold file
 * contents (left out unless the export asks for contents) and the columns that hold GitHub
 * logins (replaced by pseudonyms when the export asks for them, {@link AuthorPseudonyms}).
 *
 * <p>A file is named as its table, so a query written against the store runs unchanged on the
 * dataset (DuckDB, pandas) and the README's table names hold for both.
 */
public record ExportTable(String name, String table, String description, List<String> contentColumns,
    List<String> personalColumns) {

  /** The dataset's files, in the order the card lists them. */
  public static final List<ExportTable> ALL = List.of(
      table("models", "Hugging Face models with their Hub metadata."),
      table("model_snapshots", "Downloads and likes of each model per day a listing saw it."),
      content("model_cards", "Model cards (READMEs): status and size; text with contents.", "text"),
      table("card_metadata", "YAML metadata of model cards."),
      table("card_duplicates", "Near-identical model cards and their originals."),
      table("model_selection", "Models kept by the selection."),
      table("code_search_slices", "Code-search queries per model and size slice."),
      table("code_hits", "GitHub code-search hits: files that mention a model id."),
      content("files", "Metadata of fetched GitHub files; their text with contents.", "content"),
      table("usage_files", "How each fetched file was parsed for usages."),
      table("hit_verifications",
          "Each code-search hit verified by parsing: verified, unresolved call or mention only."),
      table("usages", "Model-loading calls found by parsing Python and Java files."),
      table("pattern_groups", "Groups of usages (per model, library or API) and how they clustered."),
      table("patterns", "Usage patterns: clusters of usages with a representative snippet."),
      table("pattern_members", "Which usage belongs to which pattern."),
      table("repositories", "GitHub repositories with hits, with their metadata."),
      table("repository_selection", "Downstream projects selected for the issue study."),
      table("selection_funnel", "How many items each selection step left."),
      table("pick_attributes",
          "Model attributes of the model-search template (function, task, licence, size ...), each value with its source."),
      table("pick_models", "Which models had their attributes extracted, from what and when."),
      table("pick_eval_runs", "Evaluation runs of model search (hfmine pick evaluate)."),
      table("pick_eval_requests", "Requests of those runs, synthesised or written by hand."),
      table("pick_eval_results", "What hfmine and the Hub's search answered, and which answers were hits."),
      personal("issues", "GitHub issues of the selected projects (no pull requests).", "author"),
      personal("issue_comments", "Comments of those issues.", "author"),
      table("issue_labels",
          "PTM relevance, challenge themes and sub-themes, and issue types, with their source."),
      table("annotations", "Manual annotations as imported, per annotator."),
      table("resolution_runs", "Runs of the resolution-time study and their settings."),
      table("resolution_projects", "Balanced sample sizes per project."),
      table("resolution_values", "Resolution times that entered each test."),
      table("resolution_descriptives", "Descriptive statistics per group, theme and sub-theme."),
      table("resolution_tests", "Test results: statistic, p-value, method."),
      table("resolution_effect_sizes", "Effect sizes of each test."),
      table("resolution_posthoc", "Dunn's post-hoc comparisons with Holm correction."),
      table("resolution_issue_types", "Issue types per group (the chi-square table)."),
      table("resolution_groups_left_out", "Themes and sub-themes left out of the tests for having too few issues."),
      table("resolution_survival", "Kaplan-Meier curves per group, open issues censored, with confidence bands."),
      table("resolution_survival_medians", "Median survival per group with its confidence limits."),
      table("datasets", "Hugging Face datasets with their Hub metadata (SE-task study)."),
      content("dataset_cards", "Dataset cards (READMEs): status and size; text with contents.", "text"),
      table("dataset_card_metadata", "YAML metadata of dataset cards."),
      table("arxiv_papers", "arXiv papers that models' and datasets' arxiv: tags name, with abstracts."),
      table("se_task_runs", "The SE-task classification run: taxonomy, rules, dates."),
      table("se_task_matches",
          "Every SE task found in a card, its metadata or an arXiv abstract, with its span and the rule that dropped it."),
      table("se_task_items",
          "Each model and dataset in the SE-task funnel: matched, kept, near-duplicate, confirmed activities."),
      table("se_task_labels", "LLM and human yes/no labels per (item, SDLC activity)."),
      table("se_task_samples", "Pilot and generalisation samples drawn to validate the LLM step."),
      table("se_task_validations", "Cohen's kappa of the LLM against human labels per activity."),
      table("se_task_benchmarks", "Benchmark results read from the tables of SE items' cards."));

  public ExportTable {
    contentColumns = List.copyOf(contentColumns);
    personalColumns = List.copyOf(personalColumns);
  }

  private static ExportTable table(String table, String description) {
    return new ExportTable(table, table, description, List.of(), List.of());
  }

  private static ExportTable content(String table, String description, String contentColumn) {
    return new ExportTable(table, table, description, List.of(contentColumn), List.of());
  }

  private static ExportTable personal(String table, String description, String loginColumn) {
    return new ExportTable(table, table, description, List.of(), List.of(loginColumn));
  }
}
