package io.hfmine.web;

import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.analyzers.patterns.PatternSettings;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code hfmine serve} needs besides the store: where to listen, the taxonomy annotators
 * choose from (and the body excerpt of annotation CSVs), which label sources count (as in the report), the pattern settings of "similar
 * usages", the report's title and alpha, where tree-sitter's natives are unpacked, and the issues
 * settings an enriched draw's prescreen reads (the same as {@code annotate export --enrich}'s).
 *
 * @param issues the issues settings; null where no enriched sample is drawn (a draw asking for one
 *     is then refused)
 */
public record ServeSpec(ServeSettings settings, Taxonomy taxonomy, int bodyExcerptChars, List<String> labelSources,
    PatternSettings patterns, String reportTitle, double alpha, Path nativeDirectory, String treeSitterBinding,
    IssueSettings issues) {
  public ServeSpec {
    labelSources = List.copyOf(labelSources);
  }

  /** A spec without the issues settings: every page works but the enriched draw. */
  public ServeSpec(ServeSettings settings, Taxonomy taxonomy, int bodyExcerptChars, List<String> labelSources,
      PatternSettings patterns, String reportTitle, double alpha, Path nativeDirectory, String treeSitterBinding) {
    this(settings, taxonomy, bodyExcerptChars, labelSources, patterns, reportTitle, alpha, nativeDirectory,
        treeSitterBinding, null);
  }
}
