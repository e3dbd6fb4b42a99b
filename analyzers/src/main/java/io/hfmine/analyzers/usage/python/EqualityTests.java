package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The strings a name is pinned to where it is read: inside the body of an {@code if} or
 * {@code elif} whose test compares it with string literals ({@code if card == "acme/model":},
 * {@code card == "a" or card == "b"}, {@code card in ("a", "b")}, one side of an {@code and}),
 * the name holds one of them whatever was bound to it before, since the body runs only then; so
 * it does after an {@code assert} of such a test in the same block or one around it.
 * Code that picks a model from a run-time setting often loads it by the tested name. A dotted
 * name ({@code args.model}, {@code self.task}) counts the same way.
 *
 * <p>Only a name read in the same scope as the test counts, and only when nothing inside that
 * body assigns it (a rebinding before the read, or after it in a loop of the body, would make it
 * something else): for a dotted name, neither the name it starts from nor the attribute itself;
 * a comprehension's or lambda's own variable of the same name is another name.
 */
final class EqualityTests {
  /** A string the name is pinned to, and the comparison that pins it. */
  record Pinned(String value, String test) {
  }

  private final PythonSource source;
  private final Function<SyntaxNode, String> stringLiteral;
  private final Function<SyntaxNode, List<String>> collection;
  private final NameTargets names;

  /**
   * @param stringLiteral the fixed string an operand stands for ({@link Comparands}), null for anything else
   * @param collection the strings the collection of an {@code in} test holds ({@link StringLists}), or null
   */
  EqualityTests(PythonSource source, Function<SyntaxNode, String> stringLiteral,
      Function<SyntaxNode, List<String>> collection) {
    this.source = source;
    this.names = new NameTargets(source);
    this.stringLiteral = stringLiteral;
    this.collection = collection;
  }

  /**
   * The strings the test of the innermost branch around {@code use} that compares {@code name}
   * pins it to, distinct, in the test's order; null when no such branch holds the use.
   *
   * @param scope the index of the use's own scope, for the bindings inside the branch's body
   */
  List<Pinned> of(SyntaxNode use, ScopeIndex scope) {
    String root = root(use);
    if (root == null) {
      return null;
    }
    String name = source.text(use);
    SyntaxNode child = use;
    for (SyntaxNode current = use.parent(); current != null; child = current, current = current.parent()) {
      String type = current.type();
      if (type.equals("block") || type.equals("module")) {
        List<Pinned> asserted = asserted(current, child, use, root, name, scope);
        if (asserted != null || type.equals("module")) {
          return asserted;
        }
        continue;
      }
      if (ScopeIndex.isScopeType(type) || type.equals("lambda") || type.endsWith("_comprehension")
          || type.equals("generator_expression")) {
        return null;
      }
      boolean body = (type.equals("if_statement") || type.equals("elif_clause"))
          && child.equals(current.field("consequence"));
      if (type.equals("if_statement") && !body && testedBefore(current, child, name)) {
        return null; // in an elif or else after a test of the name: an outer pin may include what it excluded
      }
      if (!body) {
        continue;
      }
      List<Pinned> pinned = pins(current.field("condition"), name);
      if (pinned != null) {
        boolean rebound = scope.bindsWithin(root, child.start(), child.end())
            || (!root.equals(name) && names.assigns(child, name));
        return rebound ? null : pinned;
      }
    }
    return null;
  }

  /**
   * What the last {@code assert} before {@code statement} in {@code block} that compares the name
   * pins it to ({@code assert model in SUPPORTED}): the statements after it run only when it
   * holds. Null when no such assert precedes the statement, or the name is bound again between
   * the assert and the use.
   */
  private List<Pinned> asserted(SyntaxNode block, SyntaxNode statement, SyntaxNode use, String root, String name,
      ScopeIndex scope) {
    List<SyntaxNode> statements = block.namedChildren();
    int at = statements.indexOf(statement);
    for (int i = at - 1; i >= 0; i--) {
      SyntaxNode earlier = statements.get(i);
      if (!earlier.type().equals("assert_statement") || earlier.namedChildCount() == 0) {
        continue;
      }
      List<Pinned> pinned = pins(earlier.namedChild(0), name);
      if (pinned == null) {
        continue;
      }
      boolean rebound = scope.bindsWithin(root, earlier.end(), use.start());
      for (int j = i + 1; j <= at && !rebound && !root.equals(name); j++) {
        rebound = names.assigns(statements.get(j), name);
      }
      return rebound ? null : pinned;
    }
    return null;
  }

  /** Whether a test of the {@code if} statement before its {@code alternative} (an elif or else) reads {@code name}. */
  private boolean testedBefore(SyntaxNode statement, SyntaxNode alternative, String name) {
    if (names.mentions(statement.field("condition"), name)) {
      return true;
    }
    for (SyntaxNode clause : statement.namedChildren()) {
      if (clause.start() >= alternative.start()) {
        break;
      }
      if (clause.type().equals("elif_clause") && names.mentions(clause.field("condition"), name)) {
        return true;
      }
    }
    return false;
  }

  /** What a test pins {@code name} to when it is true; null when it does not pin it. */
  private List<Pinned> pins(SyntaxNode test, String name) {
    if (test == null) {
      return null;
    }
    return switch (test.type()) {
      case "parenthesized_expression" -> test.namedChildCount() == 1 ? pins(test.namedChild(0), name) : null;
      case "comparison_operator" -> compared(test, name);
      case "boolean_operator" -> {
        List<Pinned> left = pins(test.field("left"), name);
        List<Pinned> right = pins(test.field("right"), name);
        String operator = source.operatorBetween(test.field("left"), test.field("right"));
        if ("and".equals(operator)) {
          yield left != null ? left : right; // both sides hold: either one pins it
        }
        if ("or".equals(operator) && left != null && right != null) {
          Map<String, Pinned> both = new LinkedHashMap<>();
          left.forEach(pin -> both.putIfAbsent(pin.value(), pin));
          right.forEach(pin -> both.putIfAbsent(pin.value(), pin));
          yield List.copyOf(both.values());
        }
        yield null;
      }
      default -> null;
    };
  }

  /** {@code name == "s"}, {@code "s" == name} or {@code name in ("s", "t")} (a list or set too, or a name bound to one). */
  private List<Pinned> compared(SyntaxNode test, String name) {
    LiteralComparison comparison = LiteralComparison.of(test, source, stringLiteral, collection);
    if (comparison == null || !names.isName(comparison.subject(), name)
        || !(comparison.operator().equals("==") || comparison.operator().equals("in"))) {
      return null;
    }
    List<Pinned> pinned = new ArrayList<>();
    for (String value : comparison.literals()) {
      if (pinned.stream().noneMatch(pin -> pin.value().equals(value))) {
        pinned.add(new Pinned(value, source.text(test)));
      }
    }
    return pinned.isEmpty() ? null : pinned;
  }

  /** The name a plain or dotted name starts from; null for anything else ({@code f().x}, {@code a[0].x}). */
  private String root(SyntaxNode node) {
    if (node.type().equals("identifier")) {
      return source.text(node);
    }
    SyntaxNode object = node.type().equals("attribute") ? node.field("object") : null;
    return object == null || node.field("attribute") == null ? null : root(object);
  }

}
