package io.hfmine.analyzers.issues.classifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hfmine.analyzers.issues.context.ContextSettings;
import io.hfmine.analyzers.issues.rules.RuleSettings;
import io.hfmine.analyzers.text.TfIdf;
import io.hfmine.datasets.files.AtomicFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained classifier as JSON ({@code hfmine-issue-classifier/1}): provenance, the taxonomy and
 * settings it was trained with, the vocabulary with its idf, and every regression's weights. Plain
 * numbers, readable by any tool; no Java serialisation, so a new hfmine version reads old models.
 */
public final class ClassifierFile {
  public static final String FORMAT = "hfmine-issue-classifier/1";
  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      // Keys in order: training twice on the same data writes the same bytes.
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private ClassifierFile() {
  }

  public static byte[] write(IssueClassifierModel model) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.set("provenance", JSON.valueToTree(model.provenance()));
    root.put("embedder", model.embedder());
    root.set("settings", JSON.valueToTree(model.settings()));
    root.set("rules", JSON.valueToTree(model.rules()));
    root.set("context", JSON.valueToTree(model.context()));
    root.put("taxonomy", model.taxonomyYaml());
    ObjectNode features = root.putObject("features");
    ArrayNode terms = features.putArray("terms");
    model.features().vocabulary().terms().forEach(terms::add);
    ArrayNode idf = features.putArray("idf");
    for (double value : model.features().vocabulary().idfs()) {
      idf.add(round(value));
    }
    features.put("embedding-dimensions", model.features().embeddingDimensions());
    ArrayNode knowledge = features.putArray("knowledge");
    model.features().knowledgeNames().forEach(knowledge::add);
    ArrayNode center = features.putArray("center");
    for (double value : model.features().center()) {
      center.add(round(value));
    }
    ArrayNode scale = features.putArray("scale");
    for (double value : model.features().scale()) {
      scale.add(round(value));
    }
    root.set("ptm", linear(model.ptm()));
    root.put("ptm-threshold", round(model.ptmThreshold()));
    root.set("themes", linear(model.themes()));
    root.set("subthemes", linear(model.subThemes()));
    root.set("type", linear(model.type()));
    if (model.examples() != null) {
      ObjectNode examples = root.putObject("theme-centroids");
      ArrayNode classes = examples.putArray("classes");
      model.examples().themes().forEach(classes::add);
      ArrayNode rows = examples.putArray("rows");
      for (double[] row : model.examples().rows()) {
        ArrayNode values = rows.addArray();
        for (double value : row) {
          values.add(round(value));
        }
      }
    }
    try {
      // One line per field, each array on one line: a reader sees the structure, git sees short diffs.
      return JSON.writer(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
          .withArrayIndenter(com.fasterxml.jackson.core.util.DefaultPrettyPrinter.NopIndenter.instance))
          .writeValueAsBytes(root);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the classifier as JSON: " + e.getMessage(), e);
    }
  }

  /** Writes a model to a file, whole or not at all (a temporary file moved into place). */
  public static void save(IssueClassifierModel model, java.nio.file.Path file) {
    try {
      AtomicFile.at(file).write(write(model));
    } catch (IOException e) {
      // The message names the file and says why.
      throw new java.io.UncheckedIOException(e.getMessage(), e);
    }
  }

  /** Reads a model; {@code origin} names the file or store row in errors. */
  public static IssueClassifierModel read(byte[] bytes, String origin) {
    try {
      JsonNode root = JSON.readTree(bytes);
      if (root == null || !FORMAT.equals(root.path("format").asText())) {
        throw new IllegalArgumentException(origin + " is not a classifier of format " + FORMAT
            + " (train it again with this hfmine version)");
      }
      JsonNode features = root.path("features");
      List<String> terms = new ArrayList<>();
      features.path("terms").forEach(t -> terms.add(t.asText()));
      double[] idf = new double[features.path("idf").size()];
      for (int i = 0; i < idf.length; i++) {
        idf[i] = features.path("idf").get(i).asDouble();
      }
      List<String> knowledge = new ArrayList<>();
      features.path("knowledge").forEach(k -> knowledge.add(k.asText()));
      FeatureSpace space = new FeatureSpace(TfIdf.of(terms, idf), features.path("embedding-dimensions").asInt(),
          knowledge, numbers(features.path("center")), numbers(features.path("scale")));
      ClassifierSettings settings = JSON.treeToValue(root.get("settings"), ClassifierSettings.class);
      return new IssueClassifierModel(JSON.treeToValue(root.get("provenance"), ClassifierProvenance.class),
          root.path("taxonomy").asText(), JSON.treeToValue(root.get("rules"), RuleSettings.class),
          JSON.treeToValue(root.get("context"), ContextSettings.class),
          settings, root.path("embedder").isNull() ? null : root.path("embedder").asText(null), space, linear(root.get("ptm")),
          root.path("ptm-threshold").asDouble(settings.ptmThreshold()),
          linear(root.get("themes")), linear(root.get("subthemes")), linear(root.get("type")),
          examples(root.get("theme-centroids")));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException(origin + ": cannot read the classifier: " + e.getMessage(), e);
    }
  }

  // Models without the example vote have no centroids.
  private static ExampleVote examples(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    List<String> classes = new ArrayList<>();
    node.path("classes").forEach(c -> classes.add(c.asText()));
    List<double[]> rows = new ArrayList<>();
    node.path("rows").forEach(row -> rows.add(numbers(row)));
    return ExampleVote.ofRows(classes, rows);
  }

  private static double[] numbers(JsonNode array) {
    double[] values = new double[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).asDouble();
    }
    return values;
  }

  private static JsonNode linear(LinearModel model) {
    if (model == null) {
      return JSON.nullNode();
    }
    ObjectNode node = JSON.createObjectNode();
    ArrayNode classes = node.putArray("classes");
    model.classes().forEach(classes::add);
    ArrayNode weights = node.putArray("weights");
    for (double[] row : model.weights()) {
      ArrayNode values = weights.addArray();
      for (double value : row) {
        values.add(round(value));
      }
    }
    return node;
  }

  private static LinearModel linear(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    List<String> classes = new ArrayList<>();
    node.path("classes").forEach(c -> classes.add(c.asText()));
    double[][] weights = new double[node.path("weights").size()][];
    for (int r = 0; r < weights.length; r++) {
      JsonNode row = node.path("weights").get(r);
      weights[r] = new double[row.size()];
      for (int i = 0; i < row.size(); i++) {
        weights[r][i] = row.get(i).asDouble();
      }
    }
    return new LinearModel(classes, weights);
  }

  // Eight significant digits keep predictions to well under 1e-6 and the shipped file small.
  private static double round(double value) {
    return value == 0 ? 0 : Double.parseDouble(String.format(java.util.Locale.ROOT, "%.8g", value));
  }
}
