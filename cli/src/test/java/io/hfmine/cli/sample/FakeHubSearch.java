package io.hfmine.cli.sample;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The Hub's model search as its documentation describes it, over a list of listed models:
 * {@code search} matches a substring of the id (case-insensitively), every {@code filter} must be
 * one of the model's tags (or its pipeline tag or library), answers are sorted by downloads.
 * The sample generator answers the baseline's queries with it, and tests serve it from a fake Hub.
 */
public final class FakeHubSearch {
  private FakeHubSearch() {
  }

  public static List<JsonNode> answer(List<JsonNode> listed, String search, List<String> filters, int limit) {
    List<JsonNode> matches = new ArrayList<>();
    for (JsonNode model : listed) {
      if (search != null && !model.get("id").asText().toLowerCase(Locale.ROOT).contains(search.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (filters.stream().allMatch(filter -> has(model, filter))) {
        matches.add(model);
      }
    }
    matches.sort(Comparator.comparingLong((JsonNode model) -> -model.path("downloads").asLong())
        .thenComparing(model -> model.get("id").asText()));
    return matches.subList(0, Math.min(limit, matches.size()));
  }

  private static boolean has(JsonNode model, String filter) {
    for (JsonNode tag : model.path("tags")) {
      if (tag.asText().equalsIgnoreCase(filter)) {
        return true;
      }
    }
    return filter.equalsIgnoreCase(model.path("pipeline_tag").asText()) || filter.equalsIgnoreCase(model.path("library_name").asText());
  }
}
