package io.hfmine.analyzers.setasks.match;

import io.hfmine.analyzers.setasks.text.TextSource;

/** What an exclusion rule may look at around one match. */
interface MatchSite {
  TextSource source();

  String text();

  /** Bounds of the source's region in {@link #text()} (a card's body, its front matter, an abstract). */
  int regionStart();

  int regionEnd();

  int start();

  int end();

  /** Whether the lemma of the word just before the match is in {@code lemmas} (NO when there is no such word). */
  Tri previousLemmaIn(java.util.Set<String> lemmas);

  /** Likewise for the word just after the match. */
  Tri nextLemmaIn(java.util.Set<String> lemmas);

  /** Whether the model or dataset carries the tag (lower case). */
  boolean hasTag(String tag);

  /** Whether any text of the model or dataset (card with its front matter, abstracts) contains a match of the pattern. */
  boolean itemMentions(java.util.regex.Pattern pattern);
}
