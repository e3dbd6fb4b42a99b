package io.hfmine.analyzers.issues.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lines of a project's issue templates ("**Describe the bug**", "- PyTorch version:", "Steps
 * to reproduce"), found as the lines that recur in many of the project's issues. They say nothing
 * about one issue, and a template that asks "which pretrained model did you use?" would
 * otherwise make every issue of the project look PTM-related.
 */
public final class TemplateLines {
  /** No template known (a single issue, or a project with too few issues to tell). */
  public static final TemplateLines NONE = new TemplateLines(Set.of());
  // Compiled once: every line of every body is normalised, and String.replaceAll compiles anew.
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Set<String> lines;

  private TemplateLines(Set<String> lines) {
    this.lines = lines;
  }

  /**
   * The lines found in at least {@code minShare} of the bodies and in at least {@code minIssues}
   * of them (each body counts a line once).
   */
  public static TemplateLines of(List<String> bodies, double minShare, int minIssues) {
    Map<String, Integer> counts = new HashMap<>();
    for (String body : bodies) {
      Set<String> seen = new HashSet<>();
      for (String line : (body == null ? "" : body).split("\\R")) {
        String key = normalize(line);
        if (key.length() >= 3 && seen.add(key)) {
          counts.merge(key, 1, Integer::sum);
        }
      }
    }
    double needed = Math.max(minIssues, minShare * bodies.size());
    Set<String> template = new HashSet<>();
    counts.forEach((line, count) -> {
      if (count >= needed) {
        template.add(line);
      }
    });
    return template.isEmpty() ? NONE : new TemplateLines(template);
  }

  public boolean contains(String line) {
    return lines.contains(normalize(line));
  }

  public int size() {
    return lines.size();
  }

  /** The text without its template lines; code fences are kept so blocks stay blocks. */
  public String strip(String text) {
    if (lines.isEmpty() || text == null) {
      return text == null ? "" : text;
    }
    StringBuilder kept = new StringBuilder(text.length());
    for (String line : text.split("\\R", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("```") || trimmed.startsWith("~~~") || !contains(line)) {
        kept.append(line).append('\n');
      }
    }
    return kept.toString();
  }

  private static String normalize(String line) {
    return SPACES.matcher(line.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
  }
}
