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
 * Rule-based mask-and-infill: the model's names, URLs and identifiers with digits are removed;
 * then each remaining content word is masked with probability {@code maskShare} and replaced by an
 * alternative from the paraphrase table, or dropped when the table has none.
 *
 * <p>A word is one of the model's names when it is the model's id, name or author, or a part of
 * its name written as a proper name (capitalised or mixed case, as "Whisper", "CodeT5", "BLIP");
 * the same part in lower case is an ordinary word ("captions" of blip-small-captions) and stays.
 */
public final class RuleInfill implements Infill {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'_/.-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]|[^\\p{L}\\p{N}]+");
  private static final Pattern URL = Pattern.compile("\\b(?:https?|ftp)://[^\\s)\\]]+");

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
  public String rewrite(String text, Set<String> names, Random random) {
    String cleaned = URL.matcher(text).replaceAll(" ");
    List<String> out = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(cleaned);
    while (matcher.find()) {
      String token = matcher.group();
      if (!Character.isLetterOrDigit(token.charAt(0))) {
        out.add(token.replaceAll("\\s+", " "));
        continue;
      }
      String lower = token.toLowerCase(Locale.ROOT);
      if (isName(token, names) || lower.matches(".*\\d.*[a-z].*|.*[a-z].*\\d.*") || lower.contains("/")) {
        continue;
      }
      boolean content = lower.length() > 2 && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(lower);
      if (content && random.nextDouble() < maskShare) {
        List<String> alternatives = paraphrases.alternatives(lower);
        if (!alternatives.isEmpty()) {
          out.add(alternatives.get(random.nextInt(alternatives.size())));
        }
        continue;
      }
      out.add(token);
    }
    return String.join("", out).replaceAll("\\(\\s*\\)", "").replaceAll("\\s{2,}", " ")
        .replaceAll("\\s+([,.;:])", "$1").strip();
  }

  private static boolean isName(String token, Set<String> names) {
    String word = token.toLowerCase(Locale.ROOT);
    boolean properName = !token.equals(word);
    for (String name : names) {
      boolean whole = name.contains("/") || name.contains("-") || name.contains("_") || name.contains(".");
      if (word.equals(name) && (whole || properName) || properName && name.length() >= 4 && word.contains(name)) {
        return true;
      }
    }
    return false;
  }
}
