package io.hfmine.devtools.sample;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {placeholder}} slots of one issue's texts. A placeholder keeps the value it got
 * first, so the title, body and replies of an issue agree on the model, versions and hardware.
 */
final class TemplateFiller {
  private static final Pattern SLOT = Pattern.compile("\\{([a-z_]+)}");

  private final Random random;
  private final Map<String, List<String>> vocab;
  private final Map<String, String> fixed = new HashMap<>();

  TemplateFiller(Random random, Map<String, List<String>> vocab, Map<String, String> fixed) {
    this.random = random;
    this.vocab = vocab;
    this.fixed.putAll(fixed);
  }

  String fill(String template) {
    if (template == null) {
      return null;
    }
    Matcher slot = SLOT.matcher(template);
    StringBuilder out = new StringBuilder();
    while (slot.find()) {
      slot.appendReplacement(out, Matcher.quoteReplacement(value(slot.group(1))));
    }
    slot.appendTail(out);
    return out.toString();
  }

  private String value(String name) {
    String known = fixed.get(name);
    if (known != null) {
      return known;
    }
    List<String> options = vocab.get(name);
    if (options == null) {
      throw new IllegalArgumentException("template placeholder {" + name + "} has no vocabulary");
    }
    String chosen = options.get(random.nextInt(options.size()));
    fixed.put(name, chosen);
    return chosen;
  }
}
