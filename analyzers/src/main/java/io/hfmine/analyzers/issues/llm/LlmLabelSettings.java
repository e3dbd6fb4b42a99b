package io.hfmine.analyzers.issues.llm;

/**
 * Prompts and validation threshold of LLM labelling (the {@code issues.llm} section).
 *
 * @param guidelines the annotation guidelines put where the system prompt says {@code {guidelines}};
 *     their text is read by {@link #check} and kept ({@link AnnotationGuidelines})
 */
public record LlmLabelSettings(double kappaThreshold, int maxTokens, String systemPrompt, String userPrompt,
    int maxIssueChars, AnnotationGuidelines guidelines) {

  /** Where the system prompt takes the guidelines. */
  public static final String GUIDELINES_PLACEHOLDER = "{guidelines}";

  public LlmLabelSettings {
    guidelines = guidelines == null ? AnnotationGuidelines.NONE : guidelines;
  }

  /**
   * The prompt must say where the guidelines go exactly when some are given, so that neither a
   * configured file silently stays out of the prompt nor a placeholder reaches the model as text.
   * The guidelines' text is read here, the only time it is read.
   */
  public void check() {
    boolean placeholder = systemPrompt != null && systemPrompt.contains(GUIDELINES_PLACEHOLDER);
    if (guidelines.given() && !placeholder) {
      throw new IllegalArgumentException("issues.llm.guidelines is " + guidelines + " but issues.llm.system-prompt has"
          + " no " + GUIDELINES_PLACEHOLDER + " to put it in (add it, or set guidelines to \"\")");
    }
    if (!guidelines.given() && placeholder) {
      throw new IllegalArgumentException("issues.llm.system-prompt says " + GUIDELINES_PLACEHOLDER
          + " but issues.llm.guidelines names no file");
    }
    try {
      guidelines.text();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("issues.llm.guidelines: " + e.getMessage(), e);
    }
  }

  /** The guidelines' text as {@link #check} read it; empty when none are configured. */
  public String guidelinesText() {
    return guidelines.text();
  }
}
