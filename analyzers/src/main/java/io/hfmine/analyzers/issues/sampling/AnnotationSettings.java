package io.hfmine.analyzers.issues.sampling;

import io.hfmine.analyzers.issues.taxonomy.EvidenceKind;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Settings of annotation CSVs (the {@code issues.annotation} section).
 *
 * @param prescreenEvidence the kinds of PTM evidence ({@link EvidenceKind#key()}) that put an issue
 *     in stratum P of an enriched sample
 */
public record AnnotationSettings(int bodyExcerptChars, List<String> prescreenEvidence) {
  /** The shipped prescreen: every kind of evidence but the weak words (see config/hfmine.yaml). */
  public static final List<String> DEFAULT_PRESCREEN = Arrays.stream(EvidenceKind.values())
      .filter(kind -> kind != EvidenceKind.WEAK).map(EvidenceKind::key).toList();

  public AnnotationSettings {
    if (bodyExcerptChars <= 0) {
      throw new IllegalArgumentException("issues.annotation.body-excerpt-chars must be positive, got " + bodyExcerptChars);
    }
    prescreenEvidence = prescreenEvidence == null ? DEFAULT_PRESCREEN : List.copyOf(prescreenEvidence);
    if (prescreenEvidence.isEmpty()) {
      throw new IllegalArgumentException("issues.annotation.prescreen-evidence needs at least one kind of evidence");
    }
    prescreenKinds(prescreenEvidence);
  }

  /** Settings with the shipped prescreen. */
  public AnnotationSettings(int bodyExcerptChars) {
    this(bodyExcerptChars, null);
  }

  /** The prescreen's kinds of evidence. */
  public Set<EvidenceKind> prescreenKinds() {
    return prescreenKinds(prescreenEvidence);
  }

  private static Set<EvidenceKind> prescreenKinds(List<String> keys) {
    Set<EvidenceKind> kinds = EnumSet.noneOf(EvidenceKind.class);
    for (String key : keys) {
      kinds.add(Arrays.stream(EvidenceKind.values()).filter(kind -> kind.key().equals(key)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("issues.annotation.prescreen-evidence: unknown kind '" + key
              + "' (known: " + String.join(", ", Arrays.stream(EvidenceKind.values()).map(EvidenceKind::key).toList())
              + ")")));
    }
    return kinds;
  }
}
