package io.hfmine.analyzers.pick.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The results a card declares in its {@code model-index} header: tasks, datasets, metrics and
 * "dataset: metric = value" lines.
 */
final class ModelIndexEntries {
  final Set<String> tasks = new LinkedHashSet<>();
  final Set<String> datasets = new LinkedHashSet<>();
  final Set<String> metrics = new LinkedHashSet<>();
  final List<String> results = new ArrayList<>();

  static ModelIndexEntries of(JsonNode header) {
    ModelIndexEntries entries = new ModelIndexEntries();
    JsonNode index = header == null ? null : header.get("model-index");
    if (index == null || !index.isArray()) {
      return entries;
    }
    for (JsonNode model : index) {
      for (JsonNode result : model.path("results")) {
        String task = text(result.path("task").path("type"));
        if (task != null) {
          entries.tasks.add(task.toLowerCase(Locale.ROOT));
        }
        JsonNode dataset = result.path("dataset");
        String datasetId = text(dataset.path("type"));
        String datasetName = text(dataset.path("name"));
        String config = text(dataset.path("config"));
        if (datasetId != null) {
          entries.datasets.add(datasetId);
        } else if (datasetName != null) {
          entries.datasets.add(datasetName);
        }
        String shown = datasetName != null ? datasetName : datasetId;
        if (shown != null && config != null && !shown.contains(config)) {
          shown = shown + " (" + config + ")";
        }
        for (JsonNode metric : result.path("metrics")) {
          String type = text(metric.path("type"));
          String name = text(metric.path("name"));
          if (type != null) {
            entries.metrics.add(type.toLowerCase(Locale.ROOT));
          }
          JsonNode value = metric.path("value");
          String label = name != null ? name : type;
          if (label != null && value.isValueNode() && !value.isNull()) {
            entries.results.add((shown == null ? "" : shown + ": ") + label + " = " + value.asText());
          }
        }
      }
    }
    return entries;
  }

  private static String text(JsonNode node) {
    return node == null || !node.isValueNode() || node.isNull() || node.asText().isBlank() ? null : node.asText().strip();
  }
}
