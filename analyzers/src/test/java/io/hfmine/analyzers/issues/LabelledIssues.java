package io.hfmine.analyzers.issues;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's labelled issue set: {@code labelled-tuning.jsonl} (used to tune the rules) and
 * {@code labelled-measuring.jsonl} (used only to measure them).
 */
public record LabelledIssues(List<IssueText> issues, List<Annotation> gold) {
  public static final String TUNING = "issues/labelled-tuning.jsonl";
  public static final String MEASURING = "issues/labelled-measuring.jsonl";

  public static LabelledIssues load(String resource) {
    ObjectMapper json = new ObjectMapper();
    List<IssueText> issues = new ArrayList<>();
    List<Annotation> gold = new ArrayList<>();
    try (InputStream in = LabelledIssues.class.getClassLoader().getResourceAsStream(resource)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        IssueId id = new IssueId(node.get("repository").asText(), node.get("number").asInt());
        issues.add(IssueText.of(id, node.get("title").asText(), node.get("body").asText(), strings(node.get("comments")),
            strings(node.get("labels")), null));
        JsonNode labels = node.get("gold");
        gold.add(new Annotation(id, "gold", labels.get("ptm").asBoolean(), strings(labels.get("themes")),
            strings(labels.get("subthemes")), labels.get("type").asText()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new LabelledIssues(issues, gold);
  }

  public static Taxonomy shippedTaxonomy() {
    return Taxonomy.load("config/taxonomy/ptm-challenges.yaml");
  }

  /** The model ids a store would know for the labelled set ({@code issues/known-models.txt}). */
  public static List<String> knownModelIds() {
    try (InputStream in = LabelledIssues.class.getClassLoader().getResourceAsStream("issues/known-models.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
