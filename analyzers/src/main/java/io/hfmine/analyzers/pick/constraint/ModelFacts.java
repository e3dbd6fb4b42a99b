package io.hfmine.analyzers.pick.constraint;

import io.hfmine.analyzers.pick.extract.AttributeValue;
import io.hfmine.analyzers.pick.extract.ModelMetadata;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

  private static Set<String> lower(Set<String> values) {
    Set<String> lower = new LinkedHashSet<>();
    if (values != null) {
      values.forEach(value -> lower.add(value.toLowerCase(Locale.ROOT)));
    }
    return java.util.Collections.unmodifiableSet(lower);
  }
}
