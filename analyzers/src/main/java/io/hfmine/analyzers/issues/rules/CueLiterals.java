package io.hfmine.analyzers.issues.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lower-case strings that every match of a cue's regular expression contains: a list of clauses,
 * each a set of strings of which at least one occurs in the lower-cased text wherever the
 * expression matches. A text that misses a clause cannot match, so the expression need not run on
 * it; a regular expression tries every position of a text, while a string search is far cheaper.
 *
 * <p>The clauses are worked out from the expression's syntax ({@code \btorch\.hub\b} needs
 * "torch.hub", {@code \b(bert|roberta)\b} one of "bert" and "roberta"). Every construct the
 * reading is not sure of (character classes with ranges, escapes such as {@code \w}, repetitions
 * that may be absent) requires nothing, and syntax it does not know gives no clauses at all, so a
 * clause is only ever weaker than the expression, never stricter. Cased letters outside ASCII are
 * left out because Java's case-insensitive matching and {@code toLowerCase} fold them differently.
 */
final class CueLiterals {
  // Sets of exact strings beyond this size are given up for a clause (a cross product grows fast).
  private static final int MOST_STRINGS = 64;
  private static final int MOST_CLAUSES = 3;

  private final String regex;
  private int at;

  private CueLiterals(String regex) {
    this.regex = regex;
  }

  /** The clauses of an expression, most selective first; empty when nothing can be told. */
  static List<Set<String>> of(String regex) {
    try {
      CueLiterals reading = new CueLiterals(regex);
      Node node = reading.alternation();
      if (reading.at != regex.length()) {
        return List.of();
      }
      List<Set<String>> clauses = new ArrayList<>(node.clauses());
      clauses.sort(Comparator.comparingInt(CueLiterals::shortest).reversed()
          .thenComparingInt(Set::size));
      return List.copyOf(clauses.subList(0, Math.min(MOST_CLAUSES, clauses.size())));
    } catch (Unreadable e) {
      return List.of();
    }
  }

  /** Whether the lower-cased text holds a string of every clause. */
  static boolean admits(List<Set<String>> clauses, String lowerCase) {
    for (Set<String> clause : clauses) {
      boolean found = false;
      for (String literal : clause) {
        if (lowerCase.contains(literal)) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static int shortest(Set<String> clause) {
    return clause.stream().mapToInt(String::length).min().orElse(0);
  }

  // What a piece of the expression matches: exactly one of a few strings (exact), or something
  // that contains a string of each clause.
  private record Node(Set<String> exact, List<Set<String>> required) {
    static final Node EMPTY = new Node(Set.of(""), List.of());
    static final Node ANY = new Node(null, List.of());

    static Node literal(char c) {
      return new Node(Set.of(String.valueOf(c)), List.of());
    }

    List<Set<String>> clauses() {
      if (exact == null) {
        return required;
      }
      return exact.contains("") ? List.of() : List.of(minimal(exact));
    }
  }

  private static final class Unreadable extends RuntimeException {
    Unreadable() {
      super(null, null, false, false);
    }
  }

  private Node alternation() {
    List<Node> branches = new ArrayList<>();
    branches.add(sequence());
    while (at < regex.length() && regex.charAt(at) == '|') {
      at++;
      branches.add(sequence());
    }
    if (branches.size() == 1) {
      return branches.get(0);
    }
    Set<String> exact = new LinkedHashSet<>();
    for (Node branch : branches) {
      if (exact != null && branch.exact() != null && exact.size() + branch.exact().size() <= MOST_STRINGS) {
        exact.addAll(branch.exact());
      } else {
        exact = null;
      }
    }
    if (exact != null) {
      return new Node(exact, List.of());
    }
    // Any branch may match: a clause holds when it is each branch's best clause joined.
    Set<String> joined = new LinkedHashSet<>();
    for (Node branch : branches) {
      List<Set<String>> clauses = branch.clauses();
      if (clauses.isEmpty()) {
        return Node.ANY;
      }
      joined.addAll(best(clauses));
    }
    return joined.size() > MOST_STRINGS ? Node.ANY : new Node(null, List.of(minimal(joined)));
  }

  private Node sequence() {
    List<Node> items = new ArrayList<>();
    while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
      items.add(quantified(atom()));
    }
    return sequence(items);
  }

  // Neighbouring exact pieces join into longer strings; a piece that is not exact ends the run.
  private static Node sequence(List<Node> items) {
    Set<String> run = Set.of("");
    List<Set<String>> clauses = new ArrayList<>();
    boolean exact = true;
    for (Node item : items) {
      if (item.exact() != null && run.size() * item.exact().size() <= MOST_STRINGS) {
        run = concatenated(run, item.exact());
        continue;
      }
      exact = false;
      if (!run.contains("")) {
        clauses.add(minimal(run));
      }
      if (item.exact() != null) {
        run = item.exact();
      } else {
        clauses.addAll(item.required());
        run = Set.of("");
      }
    }
    if (exact) {
      return new Node(run, List.of());
    }
    if (!run.contains("")) {
      clauses.add(minimal(run));
    }
    return new Node(null, clauses);
  }

  private Node quantified(Node atom) {
    if (at >= regex.length()) {
      return atom;
    }
    char c = regex.charAt(at);
    int min;
    int max;
    if (c == '?' || c == '*' || c == '+') {
      at++;
      min = c == '+' ? 1 : 0;
      max = c == '?' ? 1 : Integer.MAX_VALUE;
    } else if (c == '{') {
      int close = regex.indexOf('}', at);
      if (close < 0) {
        throw new Unreadable();
      }
      String[] bounds = regex.substring(at + 1, close).split(",", -1);
      try {
        min = Integer.parseInt(bounds[0].strip());
        max = bounds.length == 1 ? min : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].strip());
      } catch (NumberFormatException e) {
        throw new Unreadable();
      }
      at = close + 1;
    } else {
      return atom;
    }
    if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
      at++;
    }
    if (min == 0) {
      if (max == 1 && atom.exact() != null) {
        Set<String> optional = new LinkedHashSet<>(atom.exact());
        optional.add("");
        return new Node(optional, List.of());
      }
      return Node.ANY;
    }
    if (min == 1 && max == 1) {
      return atom;
    }
    return new Node(null, atom.clauses());
  }

  private Node atom() {
    char c = regex.charAt(at++);
    switch (c) {
      case '(':
        return group();
      case '[':
        return characterClass();
      case '.':
        return Node.ANY;
      case '^':
      case '$':
        return Node.EMPTY;
      case '\\':
        return escape();
      case '*':
      case '+':
      case '?':
      case '{':
        throw new Unreadable();
      default:
        return literal(c);
    }
  }

  private Node group() {
    boolean zeroWidth = false;
    if (regex.startsWith("?", at)) {
      at++;
      if (regex.startsWith(":", at)) {
        at++;
      } else if (regex.startsWith("=", at) || regex.startsWith("!", at)) {
        at++;
        zeroWidth = true;
      } else if (regex.startsWith("<=", at) || regex.startsWith("<!", at)) {
        at += 2;
        zeroWidth = true;
      } else {
        // Flags that only fold case (the check reads lower-cased text anyway) or change what ^, $
        // and . match (read as matching anything); others (comments, Unicode case) are not read.
        int start = at;
        while (at < regex.length() && "imsd-".indexOf(regex.charAt(at)) >= 0) {
          at++;
        }
        if (at == start || at >= regex.length()) {
          throw new Unreadable();
        }
        if (regex.charAt(at) == ')') {
          at++;
          return Node.EMPTY;
        }
        if (regex.charAt(at) != ':') {
          throw new Unreadable();
        }
        at++;
      }
    }
    Node inner = alternation();
    if (at >= regex.length() || regex.charAt(at) != ')') {
      throw new Unreadable();
    }
    at++;
    return zeroWidth ? Node.EMPTY : inner;
  }

  // A class of plain characters is one of them; anything else in brackets may be any character.
  private Node characterClass() {
    Set<String> chars = new LinkedHashSet<>();
    boolean plain = true;
    if (regex.startsWith("^", at)) {
      plain = false;
      at++;
    }
    boolean first = true;
    while (true) {
      if (at >= regex.length()) {
        throw new Unreadable();
      }
      char c = regex.charAt(at++);
      if (c == ']' && !first) {
        break;
      }
      first = false;
      if (c == '[' || (c == '&' && regex.startsWith("&", at))) {
        throw new Unreadable();
      }
      if (c == '\\') {
        if (at >= regex.length()) {
          throw new Unreadable();
        }
        char escaped = regex.charAt(at++);
        if (Character.isLetterOrDigit(escaped)) {
          if ("pP".indexOf(escaped) >= 0) {
            skipBraces();
          } else if ("wWdDsShHvVtnrfae".indexOf(escaped) < 0) {
            throw new Unreadable();
          }
          plain = false;
        } else {
          plain &= add(chars, escaped);
        }
      } else if (c == '-' && !regex.startsWith("]", at) && !chars.isEmpty()) {
        plain = false;
      } else {
        plain &= add(chars, c);
      }
    }
    return plain && !chars.isEmpty() ? new Node(chars, List.of()) : Node.ANY;
  }

  private Node escape() {
    if (at >= regex.length()) {
      throw new Unreadable();
    }
    char c = regex.charAt(at++);
    if ("bBAzZG".indexOf(c) >= 0) {
      return Node.EMPTY;
    }
    if ("wWdDsShHvVRXtnrfae".indexOf(c) >= 0 || (c >= '1' && c <= '9')) {
      return Node.ANY;
    }
    if (c == 'p' || c == 'P') {
      skipBraces();
      return Node.ANY;
    }
    if (c == 'Q') {
      int end = regex.indexOf("\\E", at);
      String quoted = regex.substring(at, end < 0 ? regex.length() : end);
      at = end < 0 ? regex.length() : end + 2;
      if (at < regex.length() && "?*+{".indexOf(regex.charAt(at)) >= 0) {
        // A repetition after a quote repeats only its last character.
        throw new Unreadable();
      }
      List<Node> items = new ArrayList<>();
      for (char q : quoted.toCharArray()) {
        items.add(literal(q));
      }
      return sequence(items);
    }
    if (Character.isLetterOrDigit(c)) {
      throw new Unreadable();
    }
    return literal(c);
  }

  private void skipBraces() {
    if (regex.startsWith("{", at)) {
      int close = regex.indexOf('}', at);
      if (close < 0) {
        throw new Unreadable();
      }
      at = close + 1;
    } else {
      at++;
    }
  }

  // A character the lower-cased text shows as its lower case for sure: ASCII, or an uncased one.
  private static Node literal(char c) {
    return foldsSafely(c) ? Node.literal(Character.toLowerCase(c)) : Node.ANY;
  }

  private static boolean add(Set<String> chars, char c) {
    if (!foldsSafely(c)) {
      return false;
    }
    chars.add(String.valueOf(Character.toLowerCase(c)));
    return true;
  }

  private static boolean foldsSafely(char c) {
    return c < 128 || (!Character.isSurrogate(c) && Character.toLowerCase(c) == c && Character.toUpperCase(c) == c
        && String.valueOf(c).toLowerCase(Locale.ROOT).equals(String.valueOf(c)));
  }

  private static Set<String> concatenated(Set<String> left, Set<String> right) {
    Set<String> joined = new LinkedHashSet<>();
    for (String l : left) {
      for (String r : right) {
        joined.add(l + r);
      }
    }
    return joined;
  }

  // A string that contains another of the clause adds nothing: the shorter one is found too.
  private static Set<String> minimal(Set<String> clause) {
    Set<String> kept = new LinkedHashSet<>();
    for (String s : clause) {
      if (clause.stream().noneMatch(other -> other.length() < s.length() && s.contains(other))) {
        kept.add(s);
      }
    }
    return kept;
  }

  private static Set<String> best(List<Set<String>> clauses) {
    return clauses.stream().max(Comparator.comparingInt(CueLiterals::shortest)
        .thenComparing(Comparator.comparingInt(Set<String>::size).reversed())).orElseThrow();
  }
}
