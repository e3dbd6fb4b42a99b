package io.hfmine.analyzers.pick.evaluate;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hfmine.analyzers.pick.PickSettings;
import io.hfmine.analyzers.pick.constraint.Check;
import io.hfmine.analyzers.pick.constraint.Constraint;
import io.hfmine.analyzers.pick.constraint.LicenseConstraint;
import io.hfmine.analyzers.pick.constraint.ModelFacts;
import io.hfmine.analyzers.pick.extract.ModelMetadata;
import io.hfmine.analyzers.pick.license.LicenseTable;
import io.hfmine.analyzers.pick.request.PickRequest;
import io.hfmine.analyzers.pick.request.RequestReader;
import io.hfmine.analyzers.pick.rank.ConstraintScreen;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Makes evaluation requests from held-out models, as PTMPicker does: the model's description
 * becomes the request's function (names removed, words masked and infilled), its task and languages
 * stay, and one mutation is drawn by weight:
 *
 * <ul>
 *   <li>{@code none}: nothing else changes;</li>
 *   <li>{@code license-relax}: a licence use the model's licence fits outright is required;</li>
 *   <li>{@code license-tighten}: a use its licence does not fit is required;</li>
 *   <li>{@code language}: a language the model does not list is required instead of its own;</li>
 *   <li>{@code modality}: another input format than the model's is required;</li>
 *   <li>{@code size}: a parameter limit at half (tighten) or twice (relax) the model's count.</li>
 * </ul>
 * A mutation the model offers nothing for (no licence, no language, unknown size) falls back to
 * {@code none}. Whether the source model still counts as a hit is not assumed: its facts are
 * checked against the mutated request's constraints.
 */
public final class RequestSynthesizer {
  private static final List<String> USES = List.of("research", "commercial", "open-source", "commercial-closed-source",
      "permissive-compatible");
  private static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "zh", "ja", "ar", "ru", "pt", "hi");
  private static final List<String> INPUTS = List.of("text", "image", "audio", "video", "table");
  private static final int FUNCTION_CHARS = 300;

  private final RequestReader reader;
  private final LicenseTable licenses;
  private final PickSettings settings;
  private final Infill infill;

  public RequestSynthesizer(RequestReader reader, LicenseTable licenses, PickSettings settings, Infill infill) {
    this.reader = reader;
    this.licenses = licenses;
    this.settings = settings;
    this.infill = infill;
  }

  /**
   * Whether a model can be the source of a request: a task, a function of enough words and at least
   * {@code minDownloads} downloads (a model that states no download count has none). PTMPicker drew
   * its requests from models with at least 2,000 monthly downloads; on a whole catalog most models are
   * templated throwaway fine-tunes whose descriptions, once their names are removed, fit hundreds of
   * siblings as well as themselves.
   */
  public static boolean eligible(ModelMetadata model, int minFunctionWords, long minDownloads) {
    String function = model.text("function");
    if (function == null || !model.has("task") || function.split("[^\\p{L}\\p{N}]+").length < minFunctionWords) {
      return false;
    }
    if (minDownloads <= 0) {
      return true;
    }
    Double downloads = model.number("downloads");
    return downloads != null && downloads >= minDownloads;
  }

  /** A seeded sample of {@code n} ids; the same ids and seed always give the same sample, in the same order. */
  public static List<String> sample(List<String> eligibleIds, int n, long seed) {
    List<String> ids = new ArrayList<>(eligibleIds);
    Collections.sort(ids);
    Collections.shuffle(ids, new Random(seed));
    return ids.subList(0, Math.min(n, ids.size()));
  }

  /**
   * One request per source model, in order. A request's id ({@code eval-SEED:MODEL}) and its
   * random choices depend only on the seed and its source model, so judgments written for it stay
   * valid when the sample around it changes.
   */
  public List<SynthesizedRequest> synthesize(List<ModelMetadata> sources, long seed) {
    List<SynthesizedRequest> requests = new ArrayList<>(sources.size());
    for (ModelMetadata source : sources) {
      Random random = new Random(seed * 1_000_003L + source.modelId().hashCode());
      requests.add(synthesize(source, "eval-%d:%s".formatted(seed, source.modelId()), random));
    }
    return requests;
  }

  private SynthesizedRequest synthesize(ModelMetadata source, String id, Random random) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    ModelNames names = names(source);
    json.put("function", infill.rewrite(firstSentences(source.text("function")), names, random));
    json.put("task", source.texts("task").getFirst());
    if (source.has("domain")) {
      json.put("domain", String.join(", ", source.texts("domain")));
    }
    if (source.has("limitations")) {
      String limitations = infill.rewrite(firstSentences(source.text("limitations")), names, random);
      if (!limitations.isBlank()) {
        json.put("limitations", limitations);
      }
    }
    List<String> languages = source.texts("languages").stream().filter(code -> !code.equals("multilingual")).toList();
    if (!languages.isEmpty()) {
      json.putArray("languages").add(languages.getFirst());
    }
    ModelFacts facts = ModelFacts.of(source);
    String mutation = mutate(pick(random), json, facts, languages, source, random);
    PickRequest request = reader.parse(json, "synthesised request " + id, id);
    return new SynthesizedRequest(id, source.modelId(), mutation, suitable(request, facts), request);
  }

  private String pick(Random random) {
    Map<String, Double> weights = settings.evaluation().mutations();
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    double draw = random.nextDouble() * total;
    for (String mutation : weights.keySet().stream().sorted().toList()) {
      draw -= weights.get(mutation);
      if (draw < 0) {
        return mutation;
      }
    }
    return "none";
  }

  private String mutate(String mutation, ObjectNode json, ModelFacts facts, List<String> languages, ModelMetadata source,
      Random random) {
    switch (mutation) {
      case "license-relax", "license-tighten" -> {
        if (facts.license() == null || !licenses.resolve(facts.license()).known()) {
          return "none";
        }
        boolean relax = mutation.equals("license-relax");
        List<String> fitting = new ArrayList<>();
        for (String use : USES) {
          Check.Outcome outcome = LicenseConstraint.forUse(licenses, use).check(facts).outcome();
          if (relax ? outcome == Check.Outcome.PASS : outcome == Check.Outcome.FAIL) {
            fitting.add(use);
          }
        }
        if (fitting.isEmpty()) {
          return "none";
        }
        json.put("license", fitting.get(random.nextInt(fitting.size())));
        return mutation;
      }
      case "language" -> {
        if (languages.isEmpty()) {
          return "none";
        }
        List<String> others = LANGUAGES.stream().filter(code -> !facts.languages().contains(code)).toList();
        if (others.isEmpty()) {
          return "none";
        }
        json.putArray("languages").add(others.get(random.nextInt(others.size())));
        return mutation;
      }
      case "modality" -> {
        if (facts.inputFormats().isEmpty()) {
          return "none";
        }
        List<String> others = INPUTS.stream().filter(format -> !facts.inputFormats().contains(format)).toList();
        if (others.isEmpty()) {
          return "none";
        }
        json.putArray("input-format").add(others.get(random.nextInt(others.size())));
        return mutation;
      }
      case "size" -> {
        Double parameters = source.number("parameters");
        if (parameters == null) {
          return "none";
        }
        boolean tighten = random.nextBoolean();
        double limit = tighten ? parameters / 2 : parameters * 2;
        json.putObject("parameters").put("max", String.format(Locale.ROOT, "%.0f", limit));
        return tighten ? "size-tighten" : "size-relax";
      }
      default -> {
        return "none";
      }
    }
  }

  private boolean suitable(PickRequest request, ModelFacts facts) {
    ConstraintScreen screen = new ConstraintScreen(request.constraints(), settings.constraints());
    for (Constraint constraint : request.constraints()) {
      if (screen.removes(constraint.check(facts))) {
        return false;
      }
    }
    return true;
  }

  // The model's own names: a request that names the model is answered by the name alone. Parts of
  // the name count too ("codebert" of codebert-base-mlm) where the text writes them as names.
  private static ModelNames names(ModelMetadata source) {
    Set<String> names = new LinkedHashSet<>();
    Set<String> authors = new LinkedHashSet<>();
    String id = source.modelId().toLowerCase(Locale.ROOT);
    names.add(id);
    String name = id.substring(id.lastIndexOf('/') + 1);
    names.add(name);
    if (id.contains("/")) {
      authors.add(id.substring(0, id.indexOf('/')));
    }
    for (String part : name.split("[-_.]+")) {
      if (part.length() >= 3 && part.matches(".*[a-z].*")) {
        names.add(part);
      }
    }
    for (String base : source.texts("base-model")) {
      String lower = base.toLowerCase(Locale.ROOT);
      names.add(lower);
      names.add(lower.substring(lower.lastIndexOf('/') + 1));
    }
    authors.removeAll(names);
    return new ModelNames(new LinkedHashSet<>(List.of(id, name)), names, authors);
  }

  private static String firstSentences(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.length() <= FUNCTION_CHARS) {
      return flat;
    }
    int end = flat.lastIndexOf(". ", FUNCTION_CHARS);
    return end > FUNCTION_CHARS / 3 ? flat.substring(0, end + 1) : flat.substring(0, FUNCTION_CHARS);
  }
}
