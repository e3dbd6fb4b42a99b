package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Whether a value a caller passes for a parameter can reach a use inside the branches of an
 * {@code if}/{@code elif}/{@code else} chain that test the parameter itself against literals
 * ({@code name == "x"}, {@code !=}, {@code in [...]}, {@code not in (...)}): the use's branch
 * test must hold for it and every earlier test of the chain fail. Any other test decides
 * nothing, so the value is kept.
 */
final class BranchFeasibility {
  private final PythonSource source;
  private final Function<SyntaxNode, String> literal;

  /** @param literal the value of a plain string literal, or null */
  BranchFeasibility(PythonSource source, Function<SyntaxNode, String> literal) {
    this.source = source;
    this.literal = literal;
  }

  /** Whether {@code value} for {@code name} cannot reach {@code use} inside {@code function}. */
  boolean excludes(SyntaxNode use, SyntaxNode function, String name, String value) {
    SyntaxNode inner = use;
    for (SyntaxNode current = use.parent(); current != null && !current.equals(function); current = current.parent()) {
      if (ScopeIndex.isScope(current)) {
        return false; // a nested def or class: its own name may differ from the parameter
      }
      if (current.type().equals("if_statement") && contradicts(current, inner, name, value)) {
        return true;
      }
      inner = current;
    }
    return false;
  }

  /** {@code part} is the child of the if statement holding the use. */
  private boolean contradicts(SyntaxNode statement, SyntaxNode part, String name, String value) {
    List<SyntaxNode> mustFail = new ArrayList<>();
    SyntaxNode mustHold = null;
    if (part.equals(statement.field("condition"))) {
      return false;
    }
    if (part.equals(statement.field("consequence"))) {
      mustHold = statement.field("condition");
    } else {
      mustFail.add(statement.field("condition"));
      for (SyntaxNode clause : statement.namedChildren()) {
        if (clause.equals(part)) {
          if (clause.type().equals("elif_clause")) {
            mustHold = clause.field("condition");
          }
          break;
        }
        if (clause.type().equals("elif_clause")) {
          mustFail.add(clause.field("condition"));
        }
      }
    }
    if (mustHold != null && test(mustHold, name, value) == Boolean.FALSE) {
      return true;
    }
    for (SyntaxNode test : mustFail) {
      if (test != null && test(test, name, value) == Boolean.TRUE) {
        return true;
      }
    }
    return false;
  }

  /** The test's outcome for the value, or null when it is no comparison of the name with literals. */
  private Boolean test(SyntaxNode test, String name, String value) {
    LiteralComparison comparison = LiteralComparison.of(test, source, literal);
    if (comparison == null || !comparison.subjectFirst() || !comparison.subject().type().equals("identifier")
        || !source.textEquals(comparison.subject(), name)) {
      return null;
    }
    boolean among = comparison.literals().contains(value);
    return switch (comparison.operator()) {
      case "==", "in" -> among;
      case "!=", "not in" -> !among;
      default -> null;
    };
  }
}
