package io.hfmine.analyzers.issues.llm;

import io.hfmine.datasets.config.TemplateText;
import io.hfmine.datasets.hashing.Hashes;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.taxonomy.SubTheme;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.analyzers.issues.taxonomy.Theme;
import java.util.Map;

/** The configured prompt templates filled with the taxonomy and an issue. */
public final class PromptTemplates {
  private final LlmLabelSettings settings;
  private final String system;

  public PromptTemplates(LlmLabelSettings settings, Taxonomy taxonomy) {
    this.settings = settings;
    StringBuilder codes = new StringBuilder();
    for (Theme theme : taxonomy.themes()) {
      codes.append(theme.code()).append(" ").append(theme.name()).append('\n');
      for (SubTheme sub : theme.subThemes()) {
        codes.append("  ").append(sub.code()).append(" ").append(sub.name()).append(": ").append(sub.description()).append('\n');
      }
    }
    this.system = TemplateText.fill(settings.systemPrompt(), Map.of("taxonomy", codes.toString().strip(),
        "guidelines", settings.guidelinesText()));
  }

  public String system() {
    return system;
  }

  public String user(IssueText issue) {
    int budget = settings.maxIssueChars();
    String body = cut(issue.body(), budget);
    String comments = cut(String.join("\n---\n", issue.commentBodies()), Math.max(0, budget - body.length()));
    return TemplateText.fill(settings.userPrompt(), Map.of("repository", issue.id().repository(),
        "labels", issue.githubLabels().isEmpty() ? "(none)" : String.join(", ", issue.githubLabels()),
        "title", issue.title(), "body", body, "comments", comments.isEmpty() ? "(none)" : comments));
  }

  /** Identifies the prompt (templates with the taxonomy, size limits): a validation holds for this hash only. */
  public String sha256() {
    return sha256(system + "\u0000" + settings.userPrompt() + "\u0000" + settings.maxIssueChars() + "\u0000"
        + settings.maxTokens());
  }

  static String sha256(String text) {
    return Hashes.sha256(text);
  }

  private static String cut(String text, int chars) {
    return text.length() <= chars ? text : text.substring(0, chars) + " [...]";
  }
}
