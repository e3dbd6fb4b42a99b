package io.hfmine.analyzers.issues.llm;

import io.hfmine.datasets.config.ConfigFiles;

/**
 * Prompts and validation threshold of LLM labelling (the {@code issues.llm} section).
 *
 * @param guidelines the annotation guidelines put where the system prompt says {@code {guidelines}}:
 *     a file, or a classpath resource when no such file exists; blank for none
 */
public record LlmLabelSettings(double kappaThreshold, int maxTokens, String systemPrompt, String userPrompt,
    int maxIssueChars, String guidelines) {

  /** Where the system prompt takes the guidelines. */
  public static final String GUIDELINES_PLACEHOLDER = "{guidelines}";

  /**
   * The prompt must say where the guidelines go exactly when some are given, so that neither a
   * configured file silently stays out of the prompt nor a placeholder reaches the model as text.
   */
  public void check() {
    boolean placeholder = systemPrompt != null && systemPrompt.contains(GUIDELINES_PLACEHOLDER);
    if (hasGuidelines() && !placeholder) {
      throw new IllegalArgumentException("issues.llm.guidelines is " + guidelines + " but issues.llm.system-prompt has"
          + " no " + GUIDELINES_PLACEHOLDER + " to put it in (add it, or set guidelines to \"\")");
    }
    if (!hasGuidelines() && placeholder) {
      throw new IllegalArgumentException("issues.llm.system-prompt says " + GUIDELINES_PLACEHOLDER
          + " but issues.llm.guidelines names no file");
    }
    if (hasGuidelines()) {
      try {
        guidelinesText();
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("issues.llm.guidelines: " + e.getMessage(), e);
      }
    }
  }

  /** The guidelines' text; empty when none are configured. */
  public String guidelinesText() {
    return hasGuidelines() ? ConfigFiles.read(guidelines, "annotation guidelines").strip() : "";
  }

  private boolean hasGuidelines() {
    return guidelines != null && !guidelines.isBlank();
  }
}
