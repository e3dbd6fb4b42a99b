package io.hfmine.analyzers.issues.rules;

import java.util.ArrayList;
import java.util.List;

/** The cues of one label (a sub-theme, an issue type ...), matched against an issue's title and discussion. */
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

  /** Every cue that fires, each once: in the title if it fires there, else in the discussion. */
  public List<CueHit> hits(String title, String discussion) {
    List<CueHit> hits = new ArrayList<>();
    for (Cue cue : cues) {
      String inTitle = cue.find(title);
      if (inTitle != null) {
        hits.add(new CueHit(label, cue.source(), true, inTitle));
        continue;
      }
      String inDiscussion = cue.find(discussion);
      if (inDiscussion != null) {
        hits.add(new CueHit(label, cue.source(), false, inDiscussion));
      }
    }
    return hits;
  }
}
