package io.hfmine.analyzers.pick.extract;

import io.hfmine.analyzers.pick.template.AttributeSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which template attributes each card section feeds. A heading feeds an attribute when it contains
 * one of the attribute's phrases as whole words; a phrase found inside a longer phrase of another
 * attribute does not count ("Training and evaluation data" is training data, not evaluation). A
 * heading that matches nothing belongs to the attributes of the heading above it ("Training
 * hyperparameters" under "Training procedure").
 */
final class SectionAttributes {
  private record Match(String attribute, int start, int end) {
  }

  private record Phrase(String attribute, String needle) {
  }

  private final List<Phrase> phrases = new ArrayList<>();

  SectionAttributes(List<AttributeSpec> specs) {
    for (AttributeSpec spec : specs) {
      spec.sections().forEach(phrase -> phrases.add(new Phrase(spec.name(), " " + normalize(phrase) + " ")));
    }
  }

  /** For each attribute, the sections that feed it, in card order. */
  Map<String, List<CardSections.Section>> assign(List<CardSections.Section> sections) {
    Map<String, List<CardSections.Section>> byAttribute = new LinkedHashMap<>();
    record Open(int level, Set<String> attributes) {
    }
    Deque<Open> open = new ArrayDeque<>();
    for (CardSections.Section section : sections) {
      if (section.heading() == null) {
        continue;
      }
      while (!open.isEmpty() && open.peek().level() >= section.level()) {
        open.pop();
      }
      Set<String> own = attributesOf(section.heading());
      Set<String> assigned = own.isEmpty() && !open.isEmpty() ? open.peek().attributes() : own;
      open.push(new Open(section.level(), assigned));
      for (String attribute : assigned) {
        byAttribute.computeIfAbsent(attribute, key -> new ArrayList<>()).add(section);
      }
    }
    return byAttribute;
  }

  Set<String> attributesOf(String heading) {
    String words = " " + normalize(heading) + " ";
    List<Match> matches = new ArrayList<>();
    for (Phrase phrase : phrases) {
      int from = 0;
      int at;
      while ((at = words.indexOf(phrase.needle(), from)) >= 0) {
        matches.add(new Match(phrase.attribute(), at, at + phrase.needle().length()));
        from = at + 1;
      }
    }
    Set<String> attributes = new LinkedHashSet<>();
    for (Match match : matches) {
      boolean inside = matches.stream().anyMatch(other -> !other.attribute().equals(match.attribute())
          && other.start() <= match.start() && other.end() >= match.end()
          && other.end() - other.start() > match.end() - match.start());
      if (!inside) {
        attributes.add(match.attribute());
      }
    }
    return attributes;
  }

  private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  private static String normalize(String text) {
    return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
