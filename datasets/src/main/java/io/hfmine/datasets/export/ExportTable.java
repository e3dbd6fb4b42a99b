package io.hfmine.datasets.export;

import java.util.List;

/**
 * One file of the dataset: its name, the store table it comes from, and the columns that hold
 * file contents (left out unless the export asks for contents).
 */
public record ExportTable(String name, String table, String description, List<String> contentColumns) {

  /** The dataset's files, in the order the card lists them. */
  public static final List<ExportTable> ALL = List.of(
      table("models", "models", "Hugging Face models with their Hub metadata."),
      new ExportTable("model_cards", "model_cards", "Model cards (READMEs): status and size; text with contents.",
          List.of("text")),
      table("card_metadata", "card_metadata", "YAML metadata of model cards."),
      table("card_duplicates", "card_duplicates", "Near-identical model cards and their originals."),
      table("model_selection", "model_selection", "Models kept by the selection."),
      table("code_search_slices", "code_search_slices", "Code-search queries per model and size slice."),
      table("code_hits", "code_hits", "GitHub code-search hits: files that mention a model id."),
      new ExportTable("files", "files", "Metadata of fetched GitHub files; their text with contents.",
          List.of("content")),
      table("usage_files", "usage_files", "How each fetched file was parsed for usages."),
      table("hit_verifications", "hit_verifications",
          "Each code-search hit verified by parsing: verified, unresolved call or mention only."),
      table("usages", "usages", "Model-loading calls found by parsing Python and Java files."),
      table("pattern_groups", "pattern_groups", "Groups of usages (per model, library or API) and how they clustered."),
      table("patterns", "patterns", "Usage patterns: clusters of usages with a representative snippet."),
      table("pattern_members", "pattern_members", "Which usage belongs to which pattern."),
      table("repositories", "repositories", "GitHub repositories with hits, with their metadata."),
      table("repository_selection", "repository_selection", "Downstream projects selected for the issue study."),
      table("selection_funnel", "selection_funnel", "How many items each selection step left."),
      table("model_attributes", "pick_attributes",
          "Model attributes of the model-search template (function, task, licence, size ...), each value with its source."),
      table("model_attribute_runs", "pick_models", "Which models had their attributes extracted, from what and when."),
      table("model_search_runs", "pick_eval_runs", "Evaluation runs of model search (hfmine pick evaluate)."),
      table("model_search_requests", "pick_eval_requests", "Requests of those runs, synthesised or written by hand."),
      table("model_search_results", "pick_eval_results", "What hfmine and the Hub's search answered, and which answers were hits."),
      table("issues", "issues", "GitHub issues of the selected projects (no pull requests)."),
      table("comments", "issue_comments", "Comments of those issues."),
      table("labels", "issue_labels",
          "PTM relevance, challenge themes and sub-themes, and issue types, with their source."),
      table("annotations", "annotations", "Manual annotations as imported, per annotator."),
      table("statistics_runs", "resolution_runs", "Runs of the resolution-time study and their settings."),
      table("statistics_projects", "resolution_projects", "Balanced sample sizes per project."),
      table("statistics_values", "resolution_values", "Resolution times that entered each test."),
      table("statistics_descriptives", "resolution_descriptives", "Descriptive statistics per group, theme and sub-theme."),
      table("statistics_tests", "resolution_tests", "Test results: statistic, p-value, method."),
      table("statistics_effect_sizes", "resolution_effect_sizes", "Effect sizes of each test."),
      table("statistics_posthoc", "resolution_posthoc", "Dunn's post-hoc comparisons with Holm correction."),
      table("statistics_issue_types", "resolution_issue_types", "Issue types per group (the chi-square table)."),
      table("datasets", "datasets", "Hugging Face datasets with their Hub metadata (SE-task study)."),
      new ExportTable("dataset_cards", "dataset_cards", "Dataset cards (READMEs): status and size; text with contents.",
          List.of("text")),
      table("dataset_card_metadata", "dataset_card_metadata", "YAML metadata of dataset cards."),
      table("arxiv_papers", "arxiv_papers", "arXiv papers that models' and datasets' arxiv: tags name, with abstracts."),
      table("se_task_runs", "se_task_runs", "The SE-task classification run: taxonomy, rules, dates."),
      table("se_task_matches", "se_task_matches",
          "Every SE task found in a card, its metadata or an arXiv abstract, with its span and the rule that dropped it."),
      table("se_task_items", "se_task_items",
          "Each model and dataset in the SE-task funnel: matched, kept, near-duplicate, confirmed activities."),
      table("se_task_labels", "se_task_labels", "LLM and human yes/no labels per (item, SDLC activity)."),
      table("se_task_samples", "se_task_samples", "Pilot and generalisation samples drawn to validate the LLM step."),
      table("se_task_validations", "se_task_validations", "Cohen's kappa of the LLM against human labels per activity."),
      table("se_task_benchmarks", "se_task_benchmarks", "Benchmark results read from the tables of SE items' cards."));

  private static ExportTable table(String name, String table, String description) {
    return new ExportTable(name, table, description, List.of());
  }
}
