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
import java.util.regex.Pattern;

/**
 * Which template attributes each card section feeds. A heading feeds an attribute when it contains
 * one of the attribute's phrases as whole words, with three exceptions:
 * <ul>
 *   <li>a phrase found inside a longer phrase of another attribute does not count ("Training and
 *       evaluation data" is training data, not evaluation);</li>
 *   <li>a phrase directly followed by another attribute's phrase only qualifies it, as an English
 *       noun qualifies the noun after it ("Training results" are results, not a training procedure);
 *       phrases joined by "and", "&amp;" or a comma still count ("Limitations and bias");</li>
 *   <li>the card's title (its first heading, when it is the only heading of the top level) names
 *       the model, so it feeds attributes only when it starts with an attribute's phrase
 *       ("Sentiment classification by pretraining BERT" is a title, not a training procedure).</li>
 * </ul>
 * A heading that matches nothing belongs to the attributes of the heading above it ("Training
 * hyperparameters" under "Training procedure"), unless it matches one of the template's
 * {@code other-sections} (usage, citation, framework versions ...): such a section, and the
 * sections under it that match nothing, feed no attribute.
 *
 * <p>The attribute a heading names first is its subject; the others are secondary ("Intended uses
 * &amp; limitations" is about uses first). An attribute that is the subject of some section is fed
 * by those alone, not by the sections that name it second; where it is only ever named second, the
 * section is kept with the attribute named first, so the reader can ask its text for evidence.
 */
final class SectionAttributes {
  /** The pseudo-attribute of the other-sections phrases. */
  private static final String OTHER = "";
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  /** Marks that join phrases as a list ("Uses &amp; limitations", "Bias, risks"): read as "and", so neither qualifies the other. */
  private static final Pattern JOINING = Pattern.compile("[&,;/+|:()]");

  private record Match(String attribute, int start, int end) {
    boolean inside(Match other) {
      return other.start <= start && other.end >= end && other.end - other.start > end - start;
    }

    // Needles carry a space each side, so a phrase that directly follows another starts on its last space.
    boolean qualifies(Match other) {
      return other.start == end - 1;
    }
  }

  private record Phrase(String attribute, String needle) {
  }

  /** What a heading's words say: the attributes it names in heading order, and whether it names a section of no attribute. */
  record Reading(Set<String> attributes, boolean other) {
  }

  /**
   * A section that feeds an attribute, and the attribute its heading names first when that is
   * another one (null when the heading is about this attribute first).
   */
  record Fed(CardSections.Section section, String subject) {
    boolean secondary() {
      return subject != null;
    }
  }

  private final List<Phrase> phrases = new ArrayList<>();

  SectionAttributes(List<AttributeSpec> specs, List<String> otherSections) {
    for (AttributeSpec spec : specs) {
      spec.sections().forEach(phrase -> phrases.add(new Phrase(spec.name(), needle(phrase))));
    }
    otherSections.forEach(phrase -> phrases.add(new Phrase(OTHER, needle(phrase))));
  }

  /** For each attribute, the sections that feed it, in card order. */
  Map<String, List<Fed>> assign(List<CardSections.Section> sections) {
    Map<String, List<Fed>> byAttribute = new LinkedHashMap<>();
    record Open(int level, Set<String> attributes) {
    }
    CardSections.Section title = title(sections);
    Deque<Open> open = new ArrayDeque<>();
    for (CardSections.Section section : sections) {
      if (section.heading() == null) {
        continue;
      }
      while (!open.isEmpty() && open.peek().level() >= section.level()) {
        open.pop();
      }
      Reading reading = read(section.heading(), section == title);
      Set<String> assigned = reading.attributes().isEmpty() && !reading.other() && !open.isEmpty()
          ? open.peek().attributes() : reading.attributes();
      open.push(new Open(section.level(), assigned));
      String subject = assigned.isEmpty() ? null : assigned.iterator().next();
      for (String attribute : assigned) {
        byAttribute.computeIfAbsent(attribute, key -> new ArrayList<>()).add(new Fed(section, attribute.equals(subject) ? null : subject));
      }
    }
    byAttribute.replaceAll((attribute, fed) -> fed.stream().allMatch(Fed::secondary) ? fed
        : fed.stream().filter(one -> !one.secondary()).toList());
    return byAttribute;
  }

  /** The attributes a heading names (anywhere in the heading). */
  Set<String> attributesOf(String heading) {
    return read(heading, false).attributes();
  }

  Reading read(String heading, boolean isTitle) {
    String words = " " + normalize(JOINING.matcher(heading).replaceAll(" and ")) + " ";
    List<Match> matches = new ArrayList<>();
    for (Phrase phrase : phrases) {
      int from = 0;
      int at;
      while ((at = words.indexOf(phrase.needle(), from)) >= 0) {
        matches.add(new Match(phrase.attribute(), at, at + phrase.needle().length()));
        from = at + 1;
      }
    }
    List<Match> whole = matches.stream().filter(match -> matches.stream().noneMatch(other ->
        !other.attribute().equals(match.attribute()) && match.inside(other)))
        .sorted(java.util.Comparator.comparingInt(Match::start)).toList();
    Set<String> attributes = new LinkedHashSet<>();
    boolean other = false;
    if (isTitle && whole.stream().noneMatch(match -> match.start() == 0)) {
      return new Reading(attributes, false);
    }
    for (Match match : whole) {
      boolean qualifier = whole.stream().anyMatch(next -> !next.attribute().equals(match.attribute()) && match.qualifies(next));
      if (qualifier) {
        continue;
      }
      if (match.attribute().equals(OTHER)) {
        other = true;
      } else {
        attributes.add(match.attribute());
      }
    }
    return new Reading(attributes, other);
  }

  // The first heading, when no other heading is on its level or above: the card's title.
  private static CardSections.Section title(List<CardSections.Section> sections) {
    CardSections.Section first = null;
    for (CardSections.Section section : sections) {
      if (section.heading() == null) {
        continue;
      }
      if (first == null) {
        first = section;
      } else if (section.level() <= first.level()) {
        return null;
      }
    }
    return first;
  }

  private static String needle(String phrase) {
    return " " + normalize(phrase) + " ";
  }

  private static String normalize(String text) {
    return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
