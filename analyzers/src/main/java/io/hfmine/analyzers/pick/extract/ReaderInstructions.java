package io.hfmine.analyzers.pick.extract;

import io.hfmine.analyzers.pick.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes the sentences of a section that instruct the reader ("Download the data from ...", "If
 * you want to train it yourself, clone ..."): they say how to reproduce something, not what the
 * authors did, so a training procedure or an evaluation made of them would describe the wrong thing.
 * Lines keep their order; a line left empty disappears.
 */
final class ReaderInstructions {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
  private static final Pattern LEADING_MARKS = Pattern.compile("^[\\s\\p{Punct}\\d]*");

  private final List<String> starts;
  private final List<String> contains;

  ReaderInstructions(Template.Instructions instructions) {
    this.starts = instructions.starts();
    this.contains = instructions.contains();
  }

  String drop(String plain) {
    if (starts.isEmpty() && contains.isEmpty()) {
      return plain;
    }
    List<String> lines = new ArrayList<>();
    for (String line : plain.split("\n", -1)) {
      List<String> kept = new ArrayList<>();
      for (String sentence : SENTENCE_END.split(line)) {
        if (!instructs(sentence)) {
          kept.add(sentence);
        }
      }
      if (!kept.isEmpty() || line.isBlank()) {
        lines.add(String.join(" ", kept));
      }
    }
    return String.join("\n", lines);
  }

  boolean instructs(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    String opening = LEADING_MARKS.matcher(lower).replaceFirst("");
    for (String start : starts) {
      if (opening.startsWith(start)
          && (opening.length() == start.length() || !Character.isLetter(opening.charAt(start.length())))) {
        return true;
      }
    }
    for (String phrase : contains) {
      if (lower.contains(phrase)) {
        return true;
      }
    }
    return false;
  }
}
