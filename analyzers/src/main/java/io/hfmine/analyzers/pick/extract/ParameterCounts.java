package io.hfmine.analyzers.pick.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parameter counts written by people: in a card's prose ("110M parameters", "7 billion
 * parameters", "#params: 66M") and in model names ({@code opt-1.3b}, {@code Llama-2-7b},
 * {@code bloom-560m}, {@code mixtral-8x7b}). Sizes such as "128k" in a name are context lengths,
 * not parameters, so only B and M count there.
 */
public final class ParameterCounts {
  private static final String SCALE = "(billion|million|thousand|bn|[bmk])";
  private static final Pattern BEFORE = Pattern.compile(
      "(?i)(?<![\\w.])(\\d{1,4}(?:\\.\\d+)?)\\s*" + SCALE + "\\b[\\s-]*(?:trainable\\s+|total\\s+)?(?:parameters|parameter|params|param)\\b");
  private static final Pattern AFTER = Pattern.compile(
      "(?i)\\b(?:number of parameters|parameter count|parameters|params|model size)\\s*[:=]?\\s*"
          + "(?:of\\s+|is\\s+|are\\s+|about\\s+|approximately\\s+|around\\s+|~\\s*)?(\\d{1,4}(?:\\.\\d+)?)\\s*" + SCALE + "\\b");
  private static final Pattern PLAIN = Pattern.compile(
      "(?i)(?<![\\w.,])(\\d{1,3}(?:,\\d{3}){2,}|\\d{7,})\\s+(?:trainable\\s+|total\\s+)?(?:parameters|params)\\b");
  private static final Pattern NAME_SIZE = Pattern.compile("(?i)^(?:(\\d{1,3})x)?(\\d{1,4}(?:\\.\\d+)?)([bm])$");

  private ParameterCounts() {
  }

  /** A count and the text it was read from. */
  public record Count(double parameters, String evidence) {
  }

  /** The first parameter count stated in prose. */
  public static Optional<Count> inText(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    Count best = null;
    int bestStart = Integer.MAX_VALUE;
    for (Pattern pattern : new Pattern[] {BEFORE, AFTER}) {
      Matcher matcher = pattern.matcher(text);
      if (matcher.find() && matcher.start() < bestStart) {
        bestStart = matcher.start();
        best = new Count(Double.parseDouble(matcher.group(1)) * scale(matcher.group(2)), matcher.group().strip());
      }
    }
    Matcher plain = PLAIN.matcher(text);
    if (plain.find() && plain.start() < bestStart) {
      best = new Count(Double.parseDouble(plain.group(1).replace(",", "")), plain.group().strip());
    }
    return Optional.ofNullable(best);
  }

  /** A size written in a model name, such as the 7b of {@code Llama-2-7b-hf}. */
  public static Optional<Count> inName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String base = name.contains("/") ? name.substring(name.lastIndexOf('/') + 1) : name;
    for (String token : base.split("[-_\\s]+")) {
      Matcher matcher = NAME_SIZE.matcher(token);
      if (matcher.matches()) {
        double experts = matcher.group(1) == null ? 1 : Double.parseDouble(matcher.group(1));
        double count = experts * Double.parseDouble(matcher.group(2)) * scale(matcher.group(3));
        return Optional.of(new Count(count, token));
      }
    }
    return Optional.empty();
  }

  private static double scale(String unit) {
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "b", "bn", "billion" -> 1e9;
      case "m", "million" -> 1e6;
      case "k", "thousand" -> 1e3;
      default -> throw new IllegalArgumentException("unit " + unit);
    };
  }
}
