package io.hfmine.datasets.hf;

import java.util.List;
import java.util.Set;

/**
 * The {@code se-tasks.datasets} section: which Hub datasets {@code datasets sync} and the study's
 * {@code datasets} stage list, like {@code run.models} does for models. {@code sort} is one of
 * downloads, likes, createdAt, lastModified and is always descending; {@code max} null lists all.
 */
public record DatasetListingSettings(String search, String author, List<String> filters, String sort, Integer max) {
  /** The sort keys the Hub's dataset listing accepts. */
  public static final Set<String> SORTS = Set.of("downloads", "likes", "createdAt", "lastModified");

  public DatasetListingSettings {
    filters = filters == null ? List.of() : List.copyOf(filters);
    if (sort != null && !SORTS.contains(sort)) {
      throw new IllegalArgumentException("se-tasks.datasets.sort must be one of downloads, likes, createdAt, "
          + "lastModified; got " + sort);
    }
    if (max != null && max < 1) {
      throw new IllegalArgumentException("se-tasks.datasets.max must be at least 1 or null; got " + max);
    }
  }
}
