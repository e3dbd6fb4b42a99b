package io.hfmine.web;

import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.analyzers.patterns.PatternSettings;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code hfmine serve} needs besides the store: where to listen, the taxonomy annotators
 * choose from (and the body excerpt of annotation CSVs), which label sources count (as in the report), the pattern settings of "similar
 * usages", the report's title and alpha, and where tree-sitter's natives are unpacked.
 */
public record ServeSpec(ServeSettings settings, Taxonomy taxonomy, int bodyExcerptChars, List<String> labelSources,
    PatternSettings patterns, String reportTitle, double alpha, Path nativeDirectory, String treeSitterBinding) {
  public ServeSpec {
    labelSources = List.copyOf(labelSources);
  }
}
