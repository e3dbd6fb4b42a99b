package io.hfmine.analyzers.issues.rules;

/** A cue that fired, where (title or discussion) and the text it matched. */
public record CueHit(String label, String cue, boolean inTitle, String matched) {
  /** How the hit is shown as evidence, e.g. {@code HR.MEM:"CUDA out of memory"(title)}. */
  public String describe() {
    String shown = matched.length() > 60 ? matched.substring(0, 60) + "..." : matched;
    return label + ":\"" + shown.replace('\n', ' ') + "\"" + (inTitle ? "(title)" : "");
  }
}
