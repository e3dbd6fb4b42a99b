package io.hfmine.analyzers.setasks.match;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What is searched for tasks of one model or dataset: its card (front matter and body), its tags
 * and the abstracts of the arXiv papers its tags link.
 *
 * @param kind {@code model} or {@code dataset}
 * @param card the README text, or null when there is none
 */
public record ItemText(String kind, String id, Set<String> tags, String card, List<PaperAbstract> abstracts) {
  public ItemText {
    tags = tags == null ? Set.of() : tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    abstracts = abstracts == null ? List.of() : List.copyOf(abstracts);
  }

  /** An arXiv abstract linked by an {@code arxiv:ID} tag. */
  public record PaperAbstract(String arxivId, String text) {
  }
}
