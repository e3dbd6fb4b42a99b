package io.hfmine.analyzers.setasks.taxonomy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A rule that drops a task match which is not about the task, e.g. {@code debug} in a
 * configuration key ({@code debug: None}) or {@code log} in {@code training log}.
 *
 * <p>Every condition given must hold for the rule to fire; conditions left out are not checked.
 * Regular expressions see the raw text: {@code before} must match at the end of the text just
 * before the match, {@code after} at the start of the text just after it, {@code adjacent} either;
 * {@code surface} is matched against the matched text itself. Lemma conditions compare with the
 * lemma of the word right before or after the match. {@code without-tag} fires when the model or
 * dataset lacks that tag; {@code item-lacks} when no text of the model or dataset (card, front
 * matter, abstracts) matches that expression anywhere, for a task whose matches count only in a
 * software context; {@code in-section} when the nearest Markdown heading above the match matches it.
 *
 * @param origin {@code paper} for the rules of the reference study, {@code hfmine} for additions;
 *     {@code se-tasks.rule-origins} chooses which apply
 */
public record ExclusionRule(String id, String origin, String description, List<String> tasks, List<String> sources,
    String before, String after, String adjacent, String surface,
    @JsonProperty("previous-lemmas") List<String> previousLemmas,
    @JsonProperty("next-lemmas") List<String> nextLemmas,
    @JsonProperty("without-tag") String withoutTag,
    @JsonProperty("in-section") String inSection,
    @JsonProperty("item-lacks") String itemLacks) {
  public ExclusionRule {
    tasks = tasks == null ? List.of() : List.copyOf(tasks);
    sources = sources == null ? List.of() : List.copyOf(sources);
    previousLemmas = previousLemmas == null ? List.of() : List.copyOf(previousLemmas);
    nextLemmas = nextLemmas == null ? List.of() : List.copyOf(nextLemmas);
  }

  /** Whether the rule names at least one condition; a rule without any would drop every match. */
  boolean hasCondition() {
    return before != null || after != null || adjacent != null || surface != null || !previousLemmas.isEmpty()
        || !nextLemmas.isEmpty() || withoutTag != null || inSection != null || itemLacks != null;
  }
}
