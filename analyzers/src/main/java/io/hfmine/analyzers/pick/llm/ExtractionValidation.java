package io.hfmine.analyzers.pick.llm;

import io.hfmine.analyzers.issues.agreement.CohenKappa;
import io.hfmine.analyzers.pick.extract.ModelSource;
import io.hfmine.analyzers.pick.template.AttributeSpec;
import io.hfmine.datasets.csv.CsvTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Validates the LLM extraction against a hand-checked sample, as the issue LLM is validated before
 * it labels at scale: for each (model, attribute) a person wrote what the card states (or
 * {@code none}). Agreement is Cohen's kappa on whether the attribute is stated at all, and the
 * mean token F1 of the two values where both found one. The pass must reach both thresholds.
 *
 * <p>Sample file: CSV with header {@code model_id,attribute,value}; attributes are those the LLM
 * pass fills ({@code pick.extraction}: function, intended-use, limitations ...).
 */
public final class ExtractionValidation {
  private ExtractionValidation() {
  }

  /** One hand-checked value; {@code value} is null when the card does not state the attribute. */
  public record Item(String modelId, String attribute, String value, int line) {
  }

  /** The agreement, per attribute too, and whether it passed. */
  public record Result(int items, int models, double presenceKappa, double observedPresence, int bothStated,
      double meanF1, Map<String, Double> f1ByAttribute, double minKappa, double minF1, boolean passed) {
  }

  public static List<Item> readSample(Path file, List<AttributeSpec> fillable) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
    List<String> names = fillable.stream().map(AttributeSpec::name).toList();
    List<Item> items = new ArrayList<>();
    for (CsvTable.Row row : CsvTable.parse(text, file.toString(), CsvTable.Width.UP_TO_HEADER)) {
      for (String column : List.of("model_id", "attribute", "value")) {
        if (!row.values().containsKey(column)) {
          throw new IllegalArgumentException(file + " line 1: no column '" + column + "'");
        }
      }
      String attribute = row.get("attribute").toLowerCase(Locale.ROOT);
      if (!names.contains(attribute)) {
        throw new IllegalArgumentException(file + " line " + row.line() + ": attribute '" + row.get("attribute")
            + "' is not one the LLM pass fills (" + String.join(", ", names) + ")");
      }
      String value = row.get("value");
      boolean none = value.isEmpty() || value.equalsIgnoreCase("none");
      items.add(new Item(row.get("model_id"), attribute, none ? null : value, (int) row.line()));
    }
    if (items.isEmpty()) {
      throw new IllegalArgumentException(file + ": no hand-checked values");
    }
    return items;
  }

  /** Asks the LLM for every sampled model and compares; {@code sources} finds a model's card. */
  public static Result run(List<Item> sample, Function<List<String>, List<ModelSource>> sources,
      LlmAttributeFiller filler, double minKappa, double minF1) {
    Map<String, List<Item>> byModel = new LinkedHashMap<>();
    sample.forEach(item -> byModel.computeIfAbsent(item.modelId(), id -> new ArrayList<>()).add(item));
    Map<String, ModelSource> found = new HashMap<>();
    sources.apply(new ArrayList<>(byModel.keySet())).forEach(source -> found.put(source.model().id(), source));
    List<String> human = new ArrayList<>();
    List<String> machine = new ArrayList<>();
    Map<String, List<Double>> f1 = new LinkedHashMap<>();
    for (Map.Entry<String, List<Item>> model : byModel.entrySet()) {
      ModelSource source = found.get(model.getKey());
      if (source == null) {
        Item first = model.getValue().getFirst();
        throw new IllegalArgumentException("sample line " + first.line() + ": model " + model.getKey()
            + " is not in the store (sync and fetch its card first)");
      }
      List<AttributeSpec> asked = filler.fillable().stream()
          .filter(spec -> model.getValue().stream().anyMatch(item -> item.attribute().equals(spec.name()))).toList();
      Map<String, List<String>> answers = filler.answers(source, asked);
      for (Item item : model.getValue()) {
        List<String> values = answers.getOrDefault(item.attribute(), List.of());
        String answer = values.isEmpty() ? null : String.join(", ", values);
        human.add(item.value() == null ? "not stated" : "stated");
        machine.add(answer == null ? "not stated" : "stated");
        if (item.value() != null && answer != null) {
          f1.computeIfAbsent(item.attribute(), key -> new ArrayList<>()).add(tokenF1(item.value(), answer));
        }
      }
    }
    double kappa = CohenKappa.of(human, machine);
    List<Double> all = f1.values().stream().flatMap(List::stream).toList();
    double meanF1 = all.isEmpty() ? Double.NaN : all.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    Map<String, Double> byAttribute = new LinkedHashMap<>();
    f1.forEach((attribute, values) -> byAttribute.put(attribute,
        values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN)));
    boolean passed = !Double.isNaN(kappa) && kappa >= minKappa && !Double.isNaN(meanF1) && meanF1 >= minF1;
    return new Result(sample.size(), byModel.size(), kappa, CohenKappa.observedAgreement(human, machine), all.size(),
        meanF1, byAttribute, minKappa, minF1, passed);
  }

  /** Token F1 of two texts (lower-case words and numbers, counted with repeats). */
  static double tokenF1(String expected, String actual) {
    Map<String, Integer> wanted = counts(expected);
    Map<String, Integer> got = counts(actual);
    int common = 0;
    for (Map.Entry<String, Integer> entry : got.entrySet()) {
      common += Math.min(entry.getValue(), wanted.getOrDefault(entry.getKey(), 0));
    }
    int expectedSize = wanted.values().stream().mapToInt(Integer::intValue).sum();
    int actualSize = got.values().stream().mapToInt(Integer::intValue).sum();
    if (common == 0 || expectedSize == 0 || actualSize == 0) {
      return 0;
    }
    double precision = (double) common / actualSize;
    double recall = (double) common / expectedSize;
    return 2 * precision * recall / (precision + recall);
  }

  private static Map<String, Integer> counts(String text) {
    Map<String, Integer> counts = new HashMap<>();
    for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!token.isEmpty()) {
        counts.merge(token, 1, Integer::sum);
      }
    }
    return counts;
  }
}
