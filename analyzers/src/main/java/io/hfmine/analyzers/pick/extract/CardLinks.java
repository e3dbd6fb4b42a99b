package io.hfmine.analyzers.pick.extract;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Code repositories, Spaces demos and arXiv papers linked from a card's text. */
final class CardLinks {
  private static final Pattern GITHUB = Pattern.compile("https?://(?:www\\.)?github\\.com/([\\w.-]+)/([\\w.-]+)");
  private static final Pattern SPACES = Pattern.compile("https?://(?:www\\.)?huggingface\\.co/spaces/([\\w.-]+)/([\\w.-]+)");
  private static final Pattern ARXIV = Pattern.compile("https?://(?:www\\.)?arxiv\\.org/(?:abs|pdf)/(\\d{4}\\.\\d{4,5})");
  private static final int MAX_LINKS = 10;

  private CardLinks() {
  }

  static Set<String> github(String text) {
    return pairs(GITHUB, text);
  }

  static Set<String> spaces(String text) {
    return pairs(SPACES, text);
  }

  static Set<String> arxiv(String text) {
    Set<String> ids = new LinkedHashSet<>();
    Matcher matcher = ARXIV.matcher(text == null ? "" : text);
    while (matcher.find() && ids.size() < MAX_LINKS) {
      ids.add(matcher.group(1));
    }
    return ids;
  }

  private static Set<String> pairs(Pattern pattern, String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher matcher = pattern.matcher(text == null ? "" : text);
    while (matcher.find() && found.size() < MAX_LINKS) {
      String name = matcher.group(2).replaceAll("[.)\\]]+$", "").replaceAll("\\.git$", "");
      if (!name.isEmpty()) {
        found.add(matcher.group(1) + "/" + name);
      }
    }
    return found;
  }
}
