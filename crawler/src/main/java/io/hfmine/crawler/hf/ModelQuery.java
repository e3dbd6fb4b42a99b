package io.hfmine.crawler.hf;

import java.util.List;
import java.util.Set;

/**
 * What {@code models sync} asks the Hub for. Every field is optional; {@code sort} is one of
 * downloads, likes, createdAt, lastModified and is always descending.
 */
public record ModelQuery(String search, String author, List<String> filters, String pipelineTag, String sort,
    Integer max) {

  /** The sort keys the Hub's listing accepts. */
  public static final Set<String> SORTS = Set.of("downloads", "likes", "createdAt", "lastModified");

  public ModelQuery {
    filters = filters == null ? List.of() : List.copyOf(filters);
    if (sort != null && !SORTS.contains(sort)) {
      throw new IllegalArgumentException("sort must be one of downloads, likes, createdAt, lastModified; got " + sort);
    }
    if (max != null && max < 1) {
      throw new IllegalArgumentException("max must be at least 1; got " + max);
    }
  }

  /** A stable text naming this query, the key of its crawl unit. */
  public String key() {
    StringBuilder key = new StringBuilder();
    append(key, "search", search);
    append(key, "author", author);
    filters.stream().sorted().forEach(filter -> append(key, "filter", filter));
    append(key, "pipeline_tag", pipelineTag);
    append(key, "sort", sort);
    append(key, "max", max == null ? null : max.toString());
    return key.isEmpty() ? "all" : key.toString();
  }

  private static void append(StringBuilder key, String name, String value) {
    if (value != null) {
      if (!key.isEmpty()) {
        key.append('&');
      }
      key.append(name).append('=').append(value);
    }
  }
}
