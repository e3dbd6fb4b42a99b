package io.hfmine.analyzers.issues;

/** A label value (taxonomy code or issue type) with the labeller's confidence and what made it choose it. */
public record ScoredCode(String code, double confidence, String evidence) {
}
