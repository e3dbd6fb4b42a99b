package io.hfmine.analyzers.issues.rules;

/**
 * A cue that fired: the label it speaks for, the cue as written, the text it matched, where
 * (part and segment kind, e.g. {@code title}, {@code body/traceback}) and what it counts.
 */
public record CueHit(String label, String cue, String where, String matched, double weight) {
  /** How the hit is shown as evidence, e.g. {@code HR.MEM:"CUDA out of memory"(title)}. */
  public String describe() {
    String shown = matched.length() > 60 ? matched.substring(0, 60) + "..." : matched;
    return label + ":\"" + shown.replace('\n', ' ') + "\"" + (where.equals("body/prose") ? "" : "(" + where + ")");
  }

  public boolean inTitle() {
    return where.startsWith("title");
  }
}
