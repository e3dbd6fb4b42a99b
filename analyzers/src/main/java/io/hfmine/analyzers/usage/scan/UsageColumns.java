package io.hfmine.analyzers.usage.scan;

import io.hfmine.analyzers.usage.UsageRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The exported fields of a usage, named and ordered as the {@code usages} table's columns. */
final class UsageColumns {
  static final List<String> NAMES = List.of("usage_id", "repository", "path", "blob_sha", "language", "line", "col",
      "library", "api", "kind", "model_literal", "model_id", "resolution", "condition", "keyword_args", "keyword_values", "api_sequence",
      "snippet");

  private UsageColumns() {
  }

  static Map<String, Object> of(UsageRecord u) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("usage_id", u.usageId());
    row.put("repository", u.repository());
    row.put("path", u.path());
    row.put("blob_sha", u.blobSha());
    row.put("language", u.language());
    row.put("line", u.line());
    row.put("col", u.col());
    row.put("library", u.library());
    row.put("api", u.api());
    row.put("kind", u.kind());
    row.put("model_literal", u.modelLiteral());
    row.put("model_id", u.modelId());
    row.put("resolution", u.resolution().sql());
    row.put("condition", u.condition());
    row.put("keyword_args", u.keywordArgs());
    row.put("keyword_values", u.keywordValues());
    row.put("api_sequence", u.apiSequence());
    row.put("snippet", u.snippet());
    return row;
  }
}
