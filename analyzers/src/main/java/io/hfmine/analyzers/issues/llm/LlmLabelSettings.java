package io.hfmine.analyzers.issues.llm;

/** Prompts and validation threshold of LLM labelling (the {@code issues.llm} section). */
public record LlmLabelSettings(double kappaThreshold, int maxTokens, String systemPrompt, String userPrompt,
    int maxIssueChars) {
}
