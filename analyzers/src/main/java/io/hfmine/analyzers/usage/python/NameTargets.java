package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Where a plain or dotted name ({@code model}, {@code Settings.checkpoint}, {@code self.name}) is written
 * alike inside a piece of syntax: read anywhere in it, or bound by it. The branch readers ask
 * both before they let a test on the name speak for its value at a use.
 */
final class NameTargets {
  private final PythonSource source;

  NameTargets(PythonSource source) {
    this.source = source;
  }

  /**
   * Whether an identifier is a name being bound where it is written: an assignment's or a loop's
   * target (or a name inside one), an import, a parameter, a definition's name, an {@code as}
   * target, a {@code :=} name, or a {@code global}/{@code nonlocal} declaration.
   */
  static boolean isBinding(SyntaxNode identifier) {
    SyntaxNode node = identifier;
    SyntaxNode parent = node.parent();
    while (parent != null && TARGET_PARTS.contains(parent.type())) {
      node = parent;
      parent = node.parent();
    }
    if (parent == null) {
      return false;
    }
    String field = node.fieldName();
    return switch (parent.type()) {
      case "assignment", "augmented_assignment", "for_statement", "for_in_clause" -> "left".equals(field);
      case "function_definition", "class_definition", "default_parameter", "typed_default_parameter",
          "named_expression" -> "name".equals(field);
      case "import_statement", "import_from_statement", "aliased_import", "global_statement", "nonlocal_statement",
          "parameters", "lambda_parameters", "typed_parameter", "as_pattern_target" -> true;
      default -> false;
    };
  }

  /** What a bound name can sit in on its way up to the statement binding it. */
  private static final Set<String> TARGET_PARTS = Set.of("pattern_list", "tuple_pattern", "list_pattern",
      "list_splat_pattern", "dictionary_splat_pattern", "dotted_name");

  /** The same name as the use: an identifier, or a dotted name spelled alike. */
  boolean isName(SyntaxNode node, String name) {
    return (node.type().equals("identifier") || node.type().equals("attribute")) && source.textEquals(node, name);
  }

  /** Every identifier written inside {@code node}, itself included, added to {@code into}. */
  static void identifiers(SyntaxNode node, PythonSource source, Set<String> into) {
    Deque<SyntaxNode> pending = new ArrayDeque<>();
    pending.push(node);
    while (!pending.isEmpty()) {
      SyntaxNode current = pending.pop();
      if (current.type().equals("identifier")) {
        into.add(source.text(current));
      }
      for (SyntaxNode child : current.namedChildren()) {
        pending.push(child);
      }
    }
  }

  /** Whether the name occurs anywhere inside {@code node}. */
  boolean mentions(SyntaxNode node, String name) {
    if (node == null) {
      return false;
    }
    if (isName(node, name)) {
      return true;
    }
    for (SyntaxNode child : node.namedChildren()) {
      if (mentions(child, name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether anything inside {@code node} binds the name: an assignment or augmented assignment,
   * a loop's or comprehension's target, a {@code with ... as} target or {@code :=}.
   */
  boolean assigns(SyntaxNode node, String name) {
    SyntaxNode target = switch (node.type()) {
      case "assignment", "augmented_assignment", "for_statement", "for_in_clause" -> node.field("left");
      case "named_expression" -> node.field("name");
      case "as_pattern_target" -> node;
      default -> null;
    };
    if (target != null && mentions(target, name)) {
      return true;
    }
    for (SyntaxNode child : node.namedChildren()) {
      if (assigns(child, name)) {
        return true;
      }
    }
    return false;
  }
}
