package io.hfmine.analyzers.issues.text;

import java.util.Map;

/**
 * How much a cue counts in each kind of segment and each part of an issue (the product of the
 * two): {@code issues.rules.segment-weights} and {@code issues.rules.part-weights}.
 */
public record SegmentWeights(Map<String, Double> segmentWeights, Map<String, Double> partWeights) {
  public SegmentWeights {
    segmentWeights = Map.copyOf(segmentWeights);
    partWeights = Map.copyOf(partWeights);
    for (SegmentKind kind : SegmentKind.values()) {
      if (!segmentWeights.containsKey(kind.key())) {
        throw new IllegalArgumentException("segment-weights has no weight for '" + kind.key() + "'");
      }
    }
    for (IssuePart part : IssuePart.values()) {
      if (!partWeights.containsKey(part.key())) {
        throw new IllegalArgumentException("part-weights has no weight for '" + part.key() + "'");
      }
    }
    for (String key : segmentWeights.keySet()) {
      if (java.util.Arrays.stream(SegmentKind.values()).noneMatch(k -> k.key().equals(key))) {
        throw new IllegalArgumentException("segment-weights: unknown segment kind '" + key + "'");
      }
    }
    for (String key : partWeights.keySet()) {
      if (java.util.Arrays.stream(IssuePart.values()).noneMatch(p -> p.key().equals(key))) {
        throw new IllegalArgumentException("part-weights: unknown issue part '" + key + "'");
      }
    }
  }

  /** The shipped defaults (see config/hfmine.yaml). */
  public static SegmentWeights defaults() {
    Map<String, Double> kinds = new java.util.HashMap<>();
    kinds.put("prose", 1.0);
    kinds.put("code", 0.75);
    kinds.put("traceback", 0.75);
    kinds.put("log", 0.25);
    kinds.put("install-output", 0.0);
    kinds.put("environment", 0.0);
    kinds.put("quote", 0.5);
    kinds.put("link", 0.25);
    return new SegmentWeights(kinds, Map.of("title", 2.0, "body", 1.0, "comment", 0.5, "maintainer-comment", 0.25));
  }

  public double of(Segment segment) {
    return segmentWeights.get(segment.kind().key()) * partWeights.get(segment.part().key());
  }

  /** The weight of the title (prose), for cues that only look at it. */
  public double title() {
    return segmentWeights.get(SegmentKind.PROSE.key()) * partWeights.get(IssuePart.TITLE.key());
  }
}
