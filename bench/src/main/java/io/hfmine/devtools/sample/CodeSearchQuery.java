package io.hfmine.devtools.sample;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GitHub code search query as the sample server understands it: search terms (quoted phrases or
 * words) that must all occur in a file the way code search matches them (case-insensitive, not
 * inside a longer word), plus the {@code language:} (quoted when it has a space), {@code size:}
 * and {@code repo:} qualifiers ({@code in:}, {@code path:} and {@code filename:} are accepted and
 * ignored).
 */
record CodeSearchQuery(List<String> terms, String language, long minSize, long maxSize, String repo) {
  /** A qualifier with a quoted value ({@code language:"Jupyter Notebook"}), a quoted phrase, or a word. */
  private static final Pattern TOKEN = Pattern.compile("(\\w+:\"[^\"]*\")|\"([^\"]*)\"|(\\S+)");

  static CodeSearchQuery parse(String q) {
    List<String> terms = new ArrayList<>();
    String language = null;
    String repo = null;
    long min = 0;
    long max = Long.MAX_VALUE;
    Matcher token = TOKEN.matcher(q);
    while (token.find()) {
      if (token.group(2) != null) {
        terms.add(token.group(2).toLowerCase(Locale.ROOT));
        continue;
      }
      String word = token.group(1) != null ? token.group(1).replace("\"", "") : token.group(3);
      String lower = word.toLowerCase(Locale.ROOT);
      if (lower.startsWith("language:")) {
        language = lower.substring("language:".length());
      } else if (lower.startsWith("repo:")) {
        repo = lower.substring("repo:".length());
      } else if (lower.startsWith("size:")) {
        long[] range = sizeRange(lower.substring("size:".length()));
        min = range[0];
        max = range[1];
      } else if (!lower.startsWith("in:") && !lower.startsWith("path:") && !lower.startsWith("filename:")) {
        terms.add(lower);
      }
    }
    return new CodeSearchQuery(terms, language, min, max, repo);
  }

  private static long[] sizeRange(String spec) {
    if (spec.contains("..")) {
      String[] parts = spec.split("\\.\\.", -1);
      return new long[] {
          parts[0].isEmpty() || parts[0].equals("*") ? 0 : Long.parseLong(parts[0]),
          parts[1].isEmpty() || parts[1].equals("*") ? Long.MAX_VALUE : Long.parseLong(parts[1])};
    }
    if (spec.startsWith(">=")) {
      return new long[] {Long.parseLong(spec.substring(2)), Long.MAX_VALUE};
    }
    if (spec.startsWith("<=")) {
      return new long[] {0, Long.parseLong(spec.substring(2))};
    }
    if (spec.startsWith(">")) {
      return new long[] {Long.parseLong(spec.substring(1)) + 1, Long.MAX_VALUE};
    }
    if (spec.startsWith("<")) {
      return new long[] {0, Long.parseLong(spec.substring(1)) - 1};
    }
    long exact = Long.parseLong(spec);
    return new long[] {exact, exact};
  }

  boolean matches(GitHubSampleData.CodeFile file) {
    long size = file.bytes().length;
    if (size < minSize || size > maxSize) {
      return false;
    }
    if (language != null && !file.entry().get("language").asText().toLowerCase(Locale.ROOT).equals(language)) {
      return false;
    }
    if (repo != null && !file.repository().toLowerCase(Locale.ROOT).equals(repo)) {
      return false;
    }
    if (terms.isEmpty()) {
      return false;
    }
    String text = new String(file.bytes(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    return terms.stream().allMatch(term -> CodeIndex.occurs(text, term));
  }
}
