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
 * So are the values a literal argument list hands to {@code parse_args} ({@code
 * parser.parse_args(["--model", "acme/x"])}, a notebook's or a test's way to run the script's parser).
 */
final class ArgparseDefaults {
  private final Map<String, SyntaxNode> defaults = new HashMap<>();
  private final Map<String, String> implied = new HashMap<>();
  private final Map<String, SyntaxNode> choices = new HashMap<>();
  /** Each declared option string ({@code --model-name}, {@code -m}) and its destination. */
  private final Map<String, String> destinationOf = new HashMap<>();
  /** Per destination, the values literal argument lists give it, in the order of the file. */
  private final Map<String, List<String>> given = new HashMap<>();
  /** Per destination, how many parse calls give it a value by a literal argument list. */
  private final Map<String, Integer> givenBy = new HashMap<>();
  private int parseCalls;

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
      for (String declaration : declarations) {
        destinationOf.put(declaration, dest);
      }
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

  /**
   * Records one {@code parse_args} or {@code parse_known_args} call, after every option is known:
   * a literal list of strings as its argument ({@code args=} too) gives each option it names
   * ({@code --model acme/x}, {@code --model=acme/x}) that value; any other argument, or none, is
   * the command line, where the options keep their defaults.
   */
  void addParse(SyntaxNode call, PythonSource source, ExpressionEvaluator evaluator) {
    parseCalls++;
    CallArguments arguments = CallArguments.of(call, source);
    SyntaxNode list = arguments.positional().isEmpty() ? arguments.keywords().get("args") : arguments.positional().get(0);
    if (list == null || !list.type().equals("list")) {
      return;
    }
    List<String> tokens = new ArrayList<>();
    for (SyntaxNode element : list.namedChildrenButComments()) {
      String token = evaluator.stringLiteral(element);
      if (token == null) {
        return; // a token known only at run time may shift every pair after it
      }
      tokens.add(token);
    }
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      int equals = token.indexOf('=');
      String option = equals > 0 ? token.substring(0, equals) : token;
      String dest = option.startsWith("-") ? destinationOf.get(option) : null;
      if (dest == null) {
        continue;
      }
      if (equals > 0) {
        values.put(dest, token.substring(equals + 1));
      } else if (i + 1 < tokens.size() && !tokens.get(i + 1).startsWith("-")) {
        values.put(dest, tokens.get(++i));
      }
    }
    values.forEach((dest, value) -> {
      given.computeIfAbsent(dest, k -> new ArrayList<>()).add(value);
      givenBy.merge(dest, 1, Integer::sum);
    });
  }

  /** The values literal argument lists give the option, distinct, in the order of the file. */
  List<String> givenValues(String dest) {
    return given.getOrDefault(dest, List.of()).stream().distinct().toList();
  }

  /** Whether every parse call of the file gives the option a value, so its default is never used. */
  boolean alwaysGiven(String dest) {
    return parseCalls > 0 && givenBy.getOrDefault(dest, 0) == parseCalls;
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
