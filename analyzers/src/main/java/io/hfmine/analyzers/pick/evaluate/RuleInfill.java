package io.hfmine.analyzers.pick.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Rule-based mask-and-infill that leaves whole sentences: URLs are removed; the model's names
 * become "this model" and its authors' names "its authors" (a run of them once), so a sentence
 * keeps its subject; then each content word is masked with probability {@code maskShare} and
 * replaced by one of its alternatives from the paraphrase table. A masked word the table does not
 * know stays: dropping it would leave a broken sentence ("a of French passages").
 *
 * <p>A word is one of the names when it equals one, or is a part of the model's name written as a
 * proper name (capitalised or mixed case, as "Whisper", "CodeT5", "BLIP"); the same part in lower
 * case is an ordinary word ("captions" of blip-small-captions) and stays.
 */
public final class RuleInfill implements Infill {
  static final String THIS_MODEL = "this model";
  static final String ITS_AUTHORS = "its authors";
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'_/.-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]|[^\\p{L}\\p{N}]+");
  private static final Pattern URL = Pattern.compile("\\b(?:https?|ftp)://[^\\s)\\]]+");
  private static final Pattern IDENTIFIER = Pattern.compile(".*\\d.*[a-z].*|.*[a-z].*\\d.*");
  private static final Pattern ARTICLE = Pattern.compile("(?i)(?:^|\\s)(?:a|an|the)\\s+$");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:]\\s*$|^\\s*$");

  private final Paraphrases paraphrases;
  private final double maskShare;

  public RuleInfill(Paraphrases paraphrases, double maskShare) {
    this.paraphrases = paraphrases;
    this.maskShare = maskShare;
  }

  @Override
  public String describe() {
    return "rule-based mask-and-infill (mask share " + maskShare + ", paraphrase table)";
  }

  @Override
  public String rewrite(String text, ModelNames names, Random random) {
    String cleaned = URL.matcher(text).replaceAll(" ");
    List<String> out = new ArrayList<>();
    String lastWord = null;
    Matcher matcher = TOKEN.matcher(cleaned);
    while (matcher.find()) {
      String token = matcher.group();
      if (!Character.isLetterOrDigit(token.charAt(0))) {
        out.add(token.replaceAll("\\s+", " "));
        if (!token.isBlank()) {
          lastWord = null;
        }
        continue;
      }
      boolean own = names.own().contains(token.toLowerCase(Locale.ROOT));
      String replacement = own || isName(token, names.model(), true) ? THIS_MODEL
          : isName(token, names.authors(), false) ? ITS_AUTHORS : null;
      if (own && !isName(token, names.model(), true)) {
        // drawn for as an ordinary word before own names were always replaced: the draws stay the
        // same, so a seed keeps its mutations
        masked(token, random);
      }
      if (replacement != null) {
        if (replacement.equals(lastWord)) {
          continue;
        }
        dropArticle(out);
        dropHandleMark(out);
        String before = String.join("", out);
        out.add(SENTENCE_END.matcher(before).matches() ? capitalised(replacement) : replacement);
        lastWord = replacement;
        continue;
      }
      lastWord = token;
      out.add(masked(token, random));
    }
    return String.join("", out).replaceAll("\\(\\s*\\)", "").replaceAll("\\s{2,}", " ")
        .replaceAll("\\s+([,.;:])", "$1").strip();
  }

  // Identifiers (wmt19, facebook/bart-base) are kept unmasked; the draws are made for the same
  // words and in the same order as ever, so a seed gives the same mutations as before.
  private String masked(String token, Random random) {
    String lower = token.toLowerCase(Locale.ROOT);
    if (IDENTIFIER.matcher(lower).matches() || lower.contains("/")) {
      return token;
    }
    boolean content = lower.length() > 2 && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(lower);
    if (content && random.nextDouble() < maskShare) {
      List<String> alternatives = paraphrases.alternatives(lower);
      return alternatives.isEmpty() ? token : alternatives.get(random.nextInt(alternatives.size()));
    }
    return token;
  }

  // "the Whisper dataset" becomes "this model dataset", not "the this model dataset".
  private static void dropArticle(List<String> out) {
    int size = out.size();
    if (size >= 2 && out.get(size - 1).isBlank() && ARTICLE.matcher(" " + out.get(size - 2) + " ").find()) {
      out.remove(size - 1);
      out.remove(size - 2);
    }
  }

  // "@name" becomes "this model", not "@this model".
  private static void dropHandleMark(List<String> out) {
    int last = out.size() - 1;
    if (last >= 0 && out.get(last).endsWith("@")) {
      String kept = out.get(last).substring(0, out.get(last).length() - 1);
      if (kept.isEmpty()) {
        out.remove(last);
      } else {
        out.set(last, kept);
      }
    }
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static boolean isName(String token, Set<String> names, boolean parts) {
    String word = token.toLowerCase(Locale.ROOT);
    boolean properName = !token.equals(word);
    for (String name : names) {
      boolean whole = name.contains("/") || name.contains("-") || name.contains("_") || name.contains(".");
      if (word.equals(name) && (whole || properName)
          || parts && properName && name.length() >= 4 && word.contains(name)) {
        return true;
      }
    }
    return false;
  }
}
