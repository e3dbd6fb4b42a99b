package io.hfmine.analyzers.issues.sampling;

/** Settings of annotation CSVs (the {@code issues.annotation} section). */
public record AnnotationSettings(int bodyExcerptChars) {
}
