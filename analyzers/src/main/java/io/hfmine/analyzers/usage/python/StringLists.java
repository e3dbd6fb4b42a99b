package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The strings a collection of fixed strings holds, in order, wherever a test or a loop reads it
 * ({@code arch in SMALL_NETS}, {@code for arch in SMALL_NETS}): a list, tuple or set written with
 * strings only ({@code *A} inside it spells out {@code A}'s); {@code A + B} of such; a name bound
 * for good to one of these; a name imported from a project module that binds it for good to one.
 * A backbone table is often kept as named lists in a constants module, joined by {@code +}.
 *
 * <p>Pure: which names are bound for good, and to what, is for the caller to say (this file's
 * module-level names in {@link ExpressionEvaluator}, another module's in {@link ModuleConstants});
 * so is what an imported name holds ({@link LocalModules} reads the module). Null for anything
 * else: one element that is no fixed string, an operand of {@code +} that is no such collection.
 */
final class StringLists {
  /** How many names and operators one collection is followed through (a cycle of names ends here). */
  private static final int MAX_DEPTH = 8;

  private final PythonSource source;
  private final Function<SyntaxNode, String> string;
  private final Function<SyntaxNode, SyntaxNode> boundOnce;
  private final Function<SyntaxNode, List<String>> imported;

  /**
   * @param string the fixed string an element stands for, or null
   * @param boundOnce the one value a name (or {@code C.X}) read there is bound to for good (an
   *     import's clause for an imported name), or null
   * @param imported the strings an import clause's name holds in the module it comes from, or null
   */
  StringLists(PythonSource source, Function<SyntaxNode, String> string, Function<SyntaxNode, SyntaxNode> boundOnce,
      Function<SyntaxNode, List<String>> imported) {
    this.source = source;
    this.string = string;
    this.boundOnce = boundOnce;
    this.imported = imported;
  }

  /** The strings {@code expression} holds, in order; null when it is no collection of fixed strings. */
  List<String> of(SyntaxNode expression) {
    return of(expression, 0);
  }

  private List<String> of(SyntaxNode expression, int depth) {
    if (expression == null || depth > MAX_DEPTH) {
      return null;
    }
    if (expression.isSequenceLiteral()) {
      return elements(expression, depth);
    }
    return switch (expression.type()) {
      case "parenthesized_expression" -> {
        List<SyntaxNode> inside = expression.namedChildrenButComments();
        yield inside.size() == 1 ? of(inside.get(0), depth + 1) : null;
      }
      case "binary_operator" -> joined(expression, depth);
      case "identifier", "attribute" -> {
        SyntaxNode value = boundOnce.apply(expression);
        yield value == null ? null : isImportClause(value) ? imported.apply(value) : of(value, depth + 1);
      }
      default -> null;
    };
  }

  /** {@code A + B}: A's strings, then B's. */
  private List<String> joined(SyntaxNode operation, int depth) {
    SyntaxNode left = operation.field("left");
    SyntaxNode right = operation.field("right");
    if (left == null || right == null || !"+".equals(source.operatorBetween(left, right))) {
      return null;
    }
    List<String> first = of(left, depth + 1);
    List<String> second = first == null ? null : of(right, depth + 1);
    if (second == null) {
      return null;
    }
    List<String> both = new ArrayList<>(first);
    both.addAll(second);
    return both;
  }

  private List<String> elements(SyntaxNode collection, int depth) {
    List<String> strings = new ArrayList<>();
    for (SyntaxNode element : collection.namedChildrenButComments()) {
      if (element.type().equals("list_splat")) {
        List<String> spread = element.namedChildCount() == 1 ? of(element.namedChild(0), depth + 1) : null;
        if (spread == null) {
          return null;
        }
        strings.addAll(spread);
        continue;
      }
      String text = string.apply(element);
      if (text == null) {
        return null; // an element that is no fixed string: the collection may hold anything there
      }
      strings.add(text);
    }
    return strings;
  }

  /** Whether a name's binding is an import's clause ({@code from m import A} or {@code ... import A as B}). */
  private static boolean isImportClause(SyntaxNode value) {
    return value.type().equals("dotted_name") || value.type().equals("aliased_import");
  }
}
