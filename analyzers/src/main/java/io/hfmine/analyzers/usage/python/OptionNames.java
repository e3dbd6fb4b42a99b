package io.hfmine.analyzers.usage.python;

import java.util.List;

/**
 * The variable a command-line option fills, named from its declarations the way argparse and
 * click both name it: an undashed declaration (a positional argument, or click's explicit name)
 * as written, else the first long option without its dashes, else the first short one; inner
 * dashes become underscores ({@code --model-name} → {@code model_name}). A boolean flag's pair
 * ({@code --cache/--no-cache}) is named by its first half.
 */
final class OptionNames {
  private OptionNames() {
  }

  /** The name, or null when no declaration is given. */
  static String destination(List<String> declarations) {
    String longOption = null;
    String shortOption = null;
    for (String declaration : declarations) {
      int slash = declaration.indexOf('/');
      String text = slash > 0 ? declaration.substring(0, slash).strip() : declaration;
      if (!text.startsWith("-")) {
        return underscored(text);
      }
      if (text.startsWith("--")) {
        longOption = longOption == null ? text.substring(2) : longOption;
      } else {
        shortOption = shortOption == null ? text.substring(1) : shortOption;
      }
    }
    String chosen = longOption != null ? longOption : shortOption;
    return chosen == null ? null : underscored(chosen);
  }

  private static String underscored(String name) {
    return name.replace('-', '_');
  }
}
