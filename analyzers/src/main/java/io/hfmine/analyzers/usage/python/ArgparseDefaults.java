package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The argparse options of a file, by destination, with their default expressions.
 *
 * <p>Destinations follow argparse ({@link OptionNames}) unless {@code dest=} says otherwise.
 * {@code set_defaults(name=...)} also counts.
 * An option's {@code choices=} expression is kept too: the values the program may be run with.
 */
final class ArgparseDefaults {
  private final Map<String, SyntaxNode> defaults = new HashMap<>();
  private final Map<String, String> implied = new HashMap<>();
  private final Map<String, SyntaxNode> choices = new HashMap<>();

  /** Records one {@code add_argument} or {@code set_defaults} call. */
  void add(SyntaxNode call, String method, PythonSource source, ExpressionEvaluator evaluator) {
    CallArguments arguments = CallArguments.of(call, source);
    if (method.equals("set_defaults")) {
      arguments.keywords().forEach(defaults::put);
      return;
    }
    List<String> declarations = new ArrayList<>();
    for (SyntaxNode option : arguments.positional()) {
      String text = evaluator.stringLiteral(option);
      if (text != null) {
        declarations.add(text);
      }
    }
    String dest = OptionNames.destination(declarations);
    SyntaxNode explicit = arguments.keywords().get("dest");
    if (explicit != null && evaluator.stringLiteral(explicit) != null) {
      dest = evaluator.stringLiteral(explicit);
    }
    if (dest != null) {
      // An option without a default is still an option: args.x then resolves to unknown.
      defaults.put(dest, arguments.keywords().get("default"));
      SyntaxNode allowed = arguments.keywords().get("choices");
      if (allowed != null) {
        choices.put(dest, allowed);
      }
      SyntaxNode action = arguments.keywords().get("action");
      String actionName = action == null ? null : evaluator.stringLiteral(action);
      if ("store_true".equals(actionName)) {
        implied.put(dest, "False");
      } else if ("store_false".equals(actionName)) {
        implied.put(dest, "True");
      }
    }
  }

  boolean has(String dest) {
    return defaults.containsKey(dest);
  }

  /** The default expression, or null when the option has none. */
  SyntaxNode defaultOf(String dest) {
    return defaults.get(dest);
  }

  /** The {@code choices=} expression of the option, or null when it has none. */
  SyntaxNode choicesOf(String dest) {
    return choices.get(dest);
  }

  /** {@code False} for a {@code store_true} option without a default ({@code True} for store_false), else null. */
  String impliedDefault(String dest) {
    return implied.get(dest);
  }

  List<String> destinations() {
    return List.copyOf(defaults.keySet());
  }
}
