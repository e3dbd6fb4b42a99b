package io.hfmine.analyzers.usage.python;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Python's own semantics of the pure {@code str} methods an id is commonly written through
 * ({@code MODEL.replace("-base", "-large")}, {@code f"{org}/{name}".lower()}, {@code
 * "/".join([org, name])}): what Python returns for a receiver and arguments that are known, or
 * null where Python would raise (a wrong number or type of arguments), so that no value is made
 * up for a call that fails.
 */
final class StrMethods {
  private static final Set<String> NAMES = Set.of("replace", "lower", "upper", "strip", "lstrip", "rstrip",
      "removeprefix", "removesuffix", "join");

  private StrMethods() {
  }

  /** One argument of a call, as the evaluator knows it: a string, an integer ({@code count}), or {@code None} ({@code strip(None)}). */
  sealed interface Argument {
  }

  record Text(String value) implements Argument {
  }

  record Int(long value) implements Argument {
  }

  record None() implements Argument {
  }

  /** Whether {@code method} is one of the methods applied here. */
  static boolean applies(String method) {
    return NAMES.contains(method);
  }

  /**
   * What {@code receiver.method(*arguments)} returns, {@code count} of {@code replace} passed as the
   * third argument; for {@code join}, {@code arguments} are the elements of the one iterable.
   * Null when Python would raise or the method is not one of {@link #applies}.
   */
  static String apply(String method, String receiver, List<Argument> arguments) {
    return switch (method) {
      case "lower" -> arguments.isEmpty() ? receiver.toLowerCase(Locale.ROOT) : null;
      case "upper" -> arguments.isEmpty() ? receiver.toUpperCase(Locale.ROOT) : null;
      case "strip", "lstrip", "rstrip" -> strip(method, receiver, arguments);
      case "removeprefix" -> text(arguments, 0, 1) instanceof String prefix
          ? (receiver.startsWith(prefix) ? receiver.substring(prefix.length()) : receiver) : null;
      case "removesuffix" -> text(arguments, 0, 1) instanceof String suffix
          ? (receiver.endsWith(suffix) ? receiver.substring(0, receiver.length() - suffix.length()) : receiver) : null;
      case "replace" -> replace(receiver, arguments);
      case "join" -> join(receiver, arguments);
      default -> null;
    };
  }

  /** The string at {@code index} when there are exactly {@code size} arguments; else null. */
  private static String text(List<Argument> arguments, int index, int size) {
    return arguments.size() == size && arguments.get(index) instanceof Text text ? text.value() : null;
  }

  /** {@code replace(old, new[, count])}: a negative count replaces every occurrence, as none does. */
  private static String replace(String receiver, List<Argument> arguments) {
    if (arguments.size() < 2 || arguments.size() > 3
        || !(arguments.get(0) instanceof Text old) || !(arguments.get(1) instanceof Text replacement)) {
      return null;
    }
    long count = -1;
    if (arguments.size() == 3) {
      if (!(arguments.get(2) instanceof Int given)) {
        return null;
      }
      count = given.value();
    }
    long limit = count < 0 ? Long.MAX_VALUE : count;
    StringBuilder out = new StringBuilder();
    long made = 0;
    if (old.value().isEmpty()) {
      // Python inserts the replacement before every code point and at the end.
      int at = 0;
      while (at < receiver.length()) {
        if (made++ < limit) {
          out.append(replacement.value());
        }
        int next = receiver.offsetByCodePoints(at, 1);
        out.append(receiver, at, next);
        at = next;
      }
      if (made < limit) {
        out.append(replacement.value());
      }
      return out.toString();
    }
    int at = 0;
    int found;
    while (made < limit && (found = receiver.indexOf(old.value(), at)) >= 0) {
      out.append(receiver, at, found).append(replacement.value());
      at = found + old.value().length();
      made++;
    }
    return out.append(receiver, at, receiver.length()).toString();
  }

  /** {@code strip([chars])}: whitespace as Python's {@code str.isspace} has it, or the given characters, or whitespace for {@code None}. */
  private static String strip(String method, String receiver, List<Argument> arguments) {
    String chars;
    if (arguments.isEmpty() || arguments.size() == 1 && arguments.get(0) instanceof None) {
      chars = null;
    } else if (arguments.size() == 1 && arguments.get(0) instanceof Text given) {
      chars = given.value();
    } else {
      return null;
    }
    int start = 0;
    int end = receiver.length();
    if (!method.equals("rstrip")) {
      while (start < end && stripped(receiver.codePointAt(start), chars)) {
        start = receiver.offsetByCodePoints(start, 1);
      }
    }
    if (!method.equals("lstrip")) {
      while (end > start && stripped(receiver.codePointBefore(end), chars)) {
        end = receiver.offsetByCodePoints(end, -1);
      }
    }
    return receiver.substring(start, end);
  }

  private static boolean stripped(int codePoint, String chars) {
    return chars == null ? isSpace(codePoint) : chars.indexOf(codePoint) >= 0;
  }

  /** Python's {@code str.isspace} for one code point: Unicode spaces and the ASCII separators. */
  private static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == 0x85;
  }

  /** {@code sep.join(items)}: every item must be a string, as Python's {@code join} requires. */
  private static String join(String separator, List<Argument> items) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof Text item)) {
        return null;
      }
      if (i > 0) {
        out.append(separator);
      }
      out.append(item.value());
    }
    return out.toString();
  }
}
