package io.hfmine.analyzers.issues.llm;

import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A chat model's answer, parsed strictly: exactly the lines {@code PTM:}, {@code SUBTHEMES:} and
 * {@code TYPE:}, known values and known sub-theme codes only. Anything else is rejected with the
 * reason, which is sent back to the model on a retry. Markdown that chat models add out of habit
 * is not content and is read past: a code fence around the lines, bold or code marks
 * ({@code **PTM:** yes}, {@code `HR.MEM`}) and list or quote markers at the start of a line.
 */
public record LlmAnswer(boolean ptm, List<String> subThemes, String type) {
  private static final Set<String> TYPES = Set.of("bug", "question", "enhancement", "other");
  private static final Pattern LINE_MARKER = Pattern.compile("^[-+*>#]+\\s+");
  private static final Pattern MARKUP = Pattern.compile("[*`]");

  /** Parses an answer; throws {@link IllegalArgumentException} saying what is wrong. */
  public static LlmAnswer parse(String answer, Taxonomy taxonomy) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : answer.strip().split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("```")) {
        continue;
      }
      trimmed = MARKUP.matcher(LINE_MARKER.matcher(trimmed).replaceFirst("")).replaceAll("").strip();
      int colon = trimmed.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("line '" + trimmed + "' is not KEY: value");
      }
      String key = trimmed.substring(0, colon).strip().toUpperCase(Locale.ROOT);
      if (!Set.of("PTM", "SUBTHEMES", "TYPE").contains(key)) {
        throw new IllegalArgumentException("unexpected line '" + trimmed + "'");
      }
      if (fields.put(key, trimmed.substring(colon + 1).strip()) != null) {
        throw new IllegalArgumentException(key + " is given twice");
      }
    }
    for (String key : List.of("PTM", "SUBTHEMES", "TYPE")) {
      if (!fields.containsKey(key)) {
        throw new IllegalArgumentException("the " + key + " line is missing");
      }
    }
    String ptmText = fields.get("PTM").toLowerCase(Locale.ROOT);
    if (!ptmText.equals("yes") && !ptmText.equals("no")) {
      throw new IllegalArgumentException("PTM must be yes or no, not '" + fields.get("PTM") + "'");
    }
    boolean ptm = ptmText.equals("yes");
    List<String> subThemes = new ArrayList<>();
    String codes = fields.get("SUBTHEMES");
    if (!codes.equalsIgnoreCase("none")) {
      for (String code : codes.split("\\s*,\\s*")) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (!taxonomy.isSubTheme(upper)) {
          throw new IllegalArgumentException("'" + code.strip() + "' is not a sub-theme code of the taxonomy");
        }
        if (!subThemes.contains(upper)) {
          subThemes.add(upper);
        }
      }
    }
    if (ptm && subThemes.isEmpty()) {
      throw new IllegalArgumentException("a PTM-related issue needs at least one sub-theme");
    }
    if (!ptm && !subThemes.isEmpty()) {
      throw new IllegalArgumentException("sub-themes given for an issue that is not PTM-related");
    }
    String type = fields.get("TYPE").toLowerCase(Locale.ROOT);
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("TYPE must be bug, question, enhancement or other, not '" + fields.get("TYPE") + "'");
    }
    return new LlmAnswer(ptm, subThemes, type);
  }
}
