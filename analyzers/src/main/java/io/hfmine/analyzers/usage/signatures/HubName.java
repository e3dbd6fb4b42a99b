package io.hfmine.analyzers.usage.signatures;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a library's own model name becomes a Hub id: spaCy's {@code en_core_web_sm} is the Hub
 * model {@code spacy/en_core_web_sm}. Names that fit neither the pattern nor an alias (a local
 * path, another vendor's package) are no Hub id.
 */
public record HubName(String organisation, Pattern pattern, Map<String, String> aliases) {
  public HubName {
    if (organisation == null || organisation.isBlank() || pattern == null) {
      throw new IllegalArgumentException("hub-name needs `organisation` and `pattern`");
    }
    aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
  }

  /** The Hub id of a name, or null when the name is not one of the organisation's models. */
  public String hubIdOf(String name) {
    String stripped = name.strip();
    String target = aliases.getOrDefault(stripped, stripped);
    return pattern.matcher(target).matches() ? organisation + "/" + target : null;
  }
}
