package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;

/**
 * The test under which a bound value is assigned, read from the nearest branch around it in its
 * scope: an {@code if}'s or {@code elif}'s condition, {@code else} with the condition it is the
 * else of, {@code except}. Null when no branch holds the binding (it always runs).
 */
final class BranchTests {
  private BranchTests() {
  }

  static String of(SyntaxNode value, PythonSource source) {
    SyntaxNode child = value;
    for (SyntaxNode current = value.parent(); current != null; child = current, current = current.parent()) {
      String type = current.type();
      if (ScopeIndex.isScopeType(type)) {
        return null;
      }
      if (!child.type().equals("block")) {
        continue;
      }
      switch (type) {
        case "if_statement", "elif_clause" -> {
          SyntaxNode condition = current.field("condition");
          return condition == null ? null : source.text(condition);
        }
        case "else_clause" -> {
          SyntaxNode owner = current.parent();
          SyntaxNode condition = owner == null ? null : owner.field("condition");
          return condition == null || !owner.type().equals("if_statement") ? "else"
              : "else of " + source.text(condition);
        }
        case "except_clause" -> {
          return "except";
        }
        default -> {
          // a loop, with or try body: the binding runs whenever the block does
        }
      }
    }
    return null;
  }
}
