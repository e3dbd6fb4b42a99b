package io.hfmine.analyzers.patterns.features;

import java.util.ArrayList;
import java.util.List;

/**
 * Normalises call names so that the same API called through different variables counts once.
 *
 * <p>{@code self.model.generate(...)} and {@code model.generate} both become {@code generate};
 * a class-qualified call keeps its class ({@code transformers.AutoTokenizer.from_pretrained}
 * becomes {@code AutoTokenizer.from_pretrained}), because the class is what tells a tokenizer load
 * from a model load, while receiver variable names are arbitrary.
 */
public final class CallNames {
  private CallNames() {
  }

  public static String normalize(String call) {
    if (call == null) {
      return "";
    }
    String name = call.strip();
    int paren = name.indexOf('(');
    if (paren >= 0) {
      name = name.substring(0, paren).strip();
    }
    if (name.isEmpty()) {
      return "";
    }
    String[] parts = name.split("\\.");
    String last = parts[parts.length - 1];
    if (parts.length >= 2) {
      String owner = parts[parts.length - 2];
      if (!owner.isEmpty() && Character.isUpperCase(owner.charAt(0))) {
        return owner + "." + last;
      }
    }
    return last;
  }

  /** The normalised calls in order, dropping blanks. */
  public static List<String> normalize(List<String> calls) {
    List<String> names = new ArrayList<>(calls.size());
    for (String call : calls) {
      String name = normalize(call);
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }
}
