package io.hfmine.analyzers.pick.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes what model-card templates leave in place of content ("[More Information Needed]",
 * "Developed by:" with nothing after it), so an unfilled template section yields no value.
 */
final class Placeholders {
  private static final Pattern EMPTY_LABEL = Pattern.compile("^[^:.!?]{1,60}:\\s*[-–]?\\s*$");
  private static final Pattern ONLY_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s]*$");

  private static final Pattern SPACE_RUNS = Pattern.compile("\\s+");
  private final List<Pattern> phrases = new ArrayList<>();
  private final List<String> lowerPhrases = new ArrayList<>();
  private final int minWords;

  Placeholders(List<String> placeholders, int minWords) {
    placeholders.stream().sorted(Comparator.comparingInt(String::length).reversed())
        .forEach(text -> {
          phrases.add(Pattern.compile("(?i)" + Pattern.quote(text)));
          lowerPhrases.add(text.toLowerCase(Locale.ROOT));
        });
    this.minWords = minWords;
  }

  /** The text without placeholders and empty labels; empty when fewer than min-words words are left. */
  String clean(String plain) {
    List<String> kept = new ArrayList<>();
    for (String line : plain.split("\n")) {
      String text = line;
      String lowerLine = line.toLowerCase(Locale.ROOT);
      for (int i = 0; i < phrases.size(); i++) {
        if (lowerLine.contains(lowerPhrases.get(i))) {
          text = phrases.get(i).matcher(text).replaceAll(" ");
        }
      }
      text = SPACE_RUNS.matcher(text).replaceAll(" ").strip();
      if (text.isEmpty()) {
        if (!kept.isEmpty() && !kept.getLast().isEmpty()) {
          kept.add("");
        }
        continue;
      }
      String lower = text.toLowerCase(Locale.ROOT);
      if (EMPTY_LABEL.matcher(lower).matches() || ONLY_PUNCTUATION.matcher(lower).matches()) {
        continue;
      }
      kept.add(text);
    }
    while (!kept.isEmpty() && kept.getLast().isEmpty()) {
      kept.removeLast();
    }
    String result = String.join("\n", kept).strip();
    return MarkdownText.words(result) < minWords ? "" : result;
  }
}
