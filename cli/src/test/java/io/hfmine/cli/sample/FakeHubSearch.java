package io.hfmine.cli.sample;

import com.fasterxml.jackson.databind.JsonNode;
import io.hfmine.analyzers.pick.evaluate.SnapshotSearch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Hub's model search over a list of listed models, as JSON the fake Hub sends back: the rules
 * are {@link SnapshotSearch}'s (the documented ones: id substring, tag filters, most downloaded
 * first). The sample generator answers the baseline's queries with it, and tests serve it from a
 * fake Hub.
 */
public final class FakeHubSearch {
  private FakeHubSearch() {
  }

  public static List<JsonNode> answer(List<JsonNode> listed, String search, List<String> filters, int limit) {
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    List<SnapshotSearch.Listed> catalog = new ArrayList<>();
    for (JsonNode model : listed) {
      String id = model.get("id").asText();
      byId.put(id, model);
      List<String> tags = new ArrayList<>();
      model.path("tags").forEach(tag -> tags.add(tag.asText()));
      catalog.add(SnapshotSearch.Listed.of(id, tags, text(model, "pipeline_tag"), text(model, "library_name"),
          model.path("downloads").asLong()));
    }
    return new SnapshotSearch(catalog).search(search, filters, limit).stream().map(byId::get).toList();
  }

  private static String text(JsonNode model, String field) {
    JsonNode value = model.path(field);
    return value.isMissingNode() || value.isNull() ? null : value.asText();
  }
}
