package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The click options and arguments a function's decorators declare, by the parameter click hands
 * each to: {@code @click.option("--model-name", default="org/name")} runs
 * {@code def main(model_name)} with that default unless the command line says otherwise, as an
 * argparse default does for {@code args.model_name}.
 *
 * <p>The parameter is named as click names it ({@link OptionNames}, lower-cased). A
 * {@code type=click.Choice([...])} is kept too: the values the program may be run
 * with. Only decorators that the file's imports make click's are read ({@code click.option},
 * {@code from click import option}); functions are read on first use.
 */
final class ClickOptions {
  private static final Set<String> DECORATORS = Set.of("click.option", "click.argument",
      "click.decorators.option", "click.decorators.argument");
  private static final Set<String> CHOICE = Set.of("click.Choice", "click.types.Choice");

  /** One option: its default expression and its {@code click.Choice} list expression, either may be null. */
  record Option(SyntaxNode fallback, SyntaxNode choices) {
  }

  private final PythonSource source;
  private final ImportTable imports;
  private final Map<Integer, Map<String, Option>> byFunction = new HashMap<>();

  ClickOptions(PythonSource source, ImportTable imports) {
    this.source = source;
    this.imports = imports;
  }

  /** The click option that fills {@code parameter} of {@code function}, or null when none does. */
  Option find(SyntaxNode function, String parameter, ExpressionEvaluator evaluator) {
    if (!function.type().equals("function_definition")) {
      return null;
    }
    return byFunction.computeIfAbsent(function.start(), k -> read(function, evaluator)).get(parameter);
  }

  private Map<String, Option> read(SyntaxNode function, ExpressionEvaluator evaluator) {
    SyntaxNode parent = function.parent();
    if (parent == null || !parent.type().equals("decorated_definition")) {
      return Map.of();
    }
    Map<String, Option> options = new HashMap<>();
    for (SyntaxNode decorator : parent.namedChildren()) {
      if (!decorator.type().equals("decorator") || decorator.namedChildren().isEmpty()) {
        continue;
      }
      SyntaxNode call = decorator.namedChildren().get(0);
      if (!call.type().equals("call") || !isClick(call, DECORATORS)) {
        continue;
      }
      CallArguments arguments = CallArguments.of(call, source);
      String name = parameterName(arguments.positional(), evaluator);
      if (name != null) {
        SyntaxNode type = arguments.keywords().get("type");
        SyntaxNode choices = null;
        if (type != null && type.type().equals("call") && isClick(type, CHOICE)) {
          List<SyntaxNode> given = CallArguments.of(type, source).positional();
          choices = given.isEmpty() ? null : given.get(0);
        }
        options.putIfAbsent(name, new Option(arguments.keywords().get("default"), choices));
      }
    }
    return options;
  }

  private boolean isClick(SyntaxNode call, Set<String> names) {
    SyntaxNode callee = call.field("function");
    String dotted = callee == null ? null : ApiSequence.dottedName(callee, source);
    String qualified = dotted == null ? null : imports.qualify(dotted, call);
    return qualified != null && names.contains(qualified);
  }

  /** Click's rule ({@link OptionNames}), lower-cased as click lower-cases it. */
  private static String parameterName(List<SyntaxNode> declarations, ExpressionEvaluator evaluator) {
    List<String> texts = new ArrayList<>();
    for (SyntaxNode declaration : declarations) {
      String text = evaluator.stringLiteral(declaration);
      if (text != null) {
        texts.add(text);
      }
    }
    String name = OptionNames.destination(texts);
    return name == null ? null : name.toLowerCase(Locale.ROOT);
  }
}
