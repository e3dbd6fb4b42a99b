package io.hfmine.analyzers.repos;

/**
 * The outcome of {@link EnglishTextCheck}: a decision and the evidence behind it.
 *
 * @param latinShare share of letters in Latin script (1.0 when there are no letters)
 * @param words Latin-script words counted
 * @param englishWords how many of them are English function words
 * @param foreignWords how many are function words of the most frequent other language
 * @param reason one line for people, e.g. "mostly Han script (92% of letters)"
 */
public record EnglishVerdict(Decision decision, double latinShare, int words, int englishWords, int foreignWords,
    String reason) {
  /** English, not English, or too little text to tell. */
  public enum Decision { ENGLISH, NOT_ENGLISH, UNDETERMINED }

  public boolean isEnglish() {
    return decision == Decision.ENGLISH;
  }
}
