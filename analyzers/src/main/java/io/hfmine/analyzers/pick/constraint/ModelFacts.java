package io.hfmine.analyzers.pick.constraint;

import io.hfmine.analyzers.pick.extract.AttributeValue;
import io.hfmine.analyzers.pick.extract.ModelMetadata;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What constraints read of a model: the special attributes, compact enough to keep for every model
 * of a large catalog in memory. Null or empty means the model does not say.
 */
public record ModelFacts(
    String id,
    String license,
    Double parameters,
    String parametersEvidence,
    Double weightsBytes,
    Set<String> languages,
    Set<String> frameworks,
    Set<String> libraries,
    String access,
    Long downloads,
    Set<String> inputFormats,
    Set<String> outputFormats,
    boolean documentsRisks) {

  private static final Class<?> UNMODIFIABLE = Collections.unmodifiableSet(new LinkedHashSet<>()).getClass();

  public ModelFacts {
    languages = lower(languages);
    frameworks = lower(frameworks);
    libraries = lower(libraries);
    inputFormats = lower(inputFormats);
    outputFormats = lower(outputFormats);
  }

  /** The facts of an extracted model. */
  public static ModelFacts of(ModelMetadata metadata) {
    Double downloads = metadata.number("downloads");
    String evidence = metadata.first("parameters").map(value -> value.source()
        + (value.evidence() == null ? "" : " (" + value.evidence() + ")")).orElse(null);
    return new ModelFacts(
        metadata.modelId(),
        metadata.text("license"),
        metadata.number("parameters"),
        evidence,
        metadata.number("weights-size"),
        set(metadata.values("languages")),
        set(metadata.values("frameworks")),
        set(metadata.values("library")),
        metadata.text("access"),
        downloads == null ? null : downloads.longValue(),
        set(metadata.values("input-format")),
        set(metadata.values("output-format")),
        metadata.has("bias-risks"));
  }

  private static Set<String> set(List<AttributeValue> values) {
    Set<String> set = new LinkedHashSet<>();
    values.forEach(value -> set.add(value.value()));
    return set;
  }

  /**
   * The same facts with every set replaced by an equal one from {@code pool} (added when new): a
   * catalog has few distinct language or format sets, so the index holds each once, and a request
   * screening every model finds them in the CPU cache and can remember its outcome per set.
   */
  public ModelFacts sharing(Map<Set<String>, Set<String>> pool) {
    return new ModelFacts(id, license, parameters, parametersEvidence, weightsBytes, shared(pool, languages),
        shared(pool, frameworks), shared(pool, libraries), access, downloads, shared(pool, inputFormats),
        shared(pool, outputFormats), documentsRisks);
  }

  private static Set<String> shared(Map<Set<String>, Set<String>> pool, Set<String> set) {
    return pool.computeIfAbsent(set, key -> key);
  }

  private static Set<String> lower(Set<String> values) {
    if (values != null && values.getClass() == UNMODIFIABLE && values.stream().allMatch(ModelFacts::isLower)) {
      return values;
    }
    Set<String> lower = new LinkedHashSet<>();
    if (values != null) {
      values.forEach(value -> lower.add(value.toLowerCase(Locale.ROOT)));
    }
    return Collections.unmodifiableSet(lower);
  }

  private static boolean isLower(String value) {
    return value.equals(value.toLowerCase(Locale.ROOT));
  }
}
