package io.hfmine.analyzers.issues.rules;

import io.hfmine.analyzers.issues.text.IssueDocument;
import io.hfmine.analyzers.issues.text.Segment;
import io.hfmine.analyzers.issues.text.SegmentWeights;
import java.util.ArrayList;
import java.util.List;

/** The cues of one label (a sub-theme, an issue type, a kind of PTM evidence), matched against an issue's segments. */
public final class CueSet {
  private final String label;
  private final List<Cue> cues;

  public CueSet(String label, List<String> written) {
    this.label = label;
    this.cues = written.stream().map(Cue::of).toList();
  }

  public String label() {
    return label;
  }

  /**
   * Every cue that fires, each once, where it weighs most: a cue in the title outweighs the same
   * cue in a pasted log. A cue matches the text as written or, inside identifiers and file
   * names, their words. Cues only in segments of weight 0 (installer output ...) do not fire.
   */
  public List<CueHit> hits(IssueDocument document, SegmentWeights weights) {
    return withoutOverlaps(List.of(), allHits(document, weights));
  }

  /**
   * The hits whose matched text is not the same mention as one already counted ({@code counted}
   * or an earlier hit): "pre-trained" and "pre trained model" are one mention, as the cue
   * "trained model" inside "pre-trained model" is.
   */
  public static List<CueHit> withoutOverlaps(List<CueHit> counted, List<CueHit> hits) {
    List<String> seen = new ArrayList<>();
    counted.forEach(hit -> seen.add(normalized(hit.matched())));
    List<CueHit> kept = new ArrayList<>();
    for (CueHit hit : hits) {
      String mention = normalized(hit.matched());
      if (mention.isEmpty() || seen.stream().noneMatch(other -> !other.isEmpty()
          && (other.contains(mention) || mention.contains(other)))) {
        seen.add(mention);
        kept.add(hit);
      }
    }
    return kept;
  }

  private static String normalized(String matched) {
    return matched.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /**
   * Whether {@link #hits} would find any: some cue matches some segment that weighs more than 0.
   * The first match ends the search, where {@code hits} looks on for every cue's weightiest one.
   */
  public boolean firesIn(IssueDocument document, SegmentWeights weights) {
    for (Segment segment : document.segments()) {
      if (weights.of(segment) > 0) {
        for (Cue cue : cues) {
          if (match(cue, segment) != null) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private List<CueHit> allHits(IssueDocument document, SegmentWeights weights) {
    List<CueHit> hits = new ArrayList<>();
    for (Cue cue : cues) {
      CueHit best = null;
      for (Segment segment : document.segments()) {
        double weight = weights.of(segment);
        if (weight <= 0 || (best != null && weight <= best.weight())) {
          continue;
        }
        String matched = match(cue, segment);
        if (matched != null) {
          best = new CueHit(label, cue.source(), segment.part().key() + "/" + segment.kind().key(), matched, weight);
        }
      }
      if (best != null) {
        hits.add(best);
      }
    }
    return hits;
  }

  // The text as written, else its identifiers' words.
  private static String match(Cue cue, Segment segment) {
    String matched = cue.find(segment.text(), segment.lowerText());
    if (matched == null && !segment.words().equals(segment.text())) {
      matched = cue.find(segment.words(), segment.lowerWords());
    }
    return matched;
  }

  /** The summed weight of the hits. */
  public static double score(List<CueHit> hits) {
    return hits.stream().mapToDouble(CueHit::weight).sum();
  }
}
