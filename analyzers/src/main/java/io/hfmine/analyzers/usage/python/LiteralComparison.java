package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.List;
import java.util.function.Function;

/**
 * A branch test comparing an expression with string literals (or named constants, whatever the
 * {@code literal} function given resolves: {@link Comparands}): {@code x == "a"}, {@code "a" == x},
 * {@code x != "a"}, {@code x in ("a", "b")} or {@code x not in [...]} (a list, tuple or set, or a
 * name standing for one: whatever the {@code collection} function given resolves, {@link
 * StringLists}). Read
 * once here for both uses: which values a caller's argument can take into a branch
 * ({@link BranchFeasibility}) and which strings a name holds inside one ({@link EqualityTests}).
 *
 * @param subject the expression compared (the side that is no literal; the left one of {@code in})
 * @param operator {@code ==}, {@code !=}, {@code in} or {@code not in}
 * @param literals the one string of {@code ==} and {@code !=}; the strings of the collection of
 *     {@code in} and {@code not in}, in order
 * @param subjectFirst whether the subject is written on the left
 */
record LiteralComparison(SyntaxNode subject, String operator, List<String> literals, boolean subjectFirst) {

  /** The comparison {@code test} writes, or null when it is no such comparison. */
  static LiteralComparison of(SyntaxNode test, PythonSource source, Function<SyntaxNode, String> literal,
      Function<SyntaxNode, List<String>> collection) {
    if (test == null || !test.type().equals("comparison_operator")) {
      return null;
    }
    List<SyntaxNode> operands = test.namedChildrenButComments();
    if (operands.size() != 2) {
      return null;
    }
    SyntaxNode left = operands.get(0);
    SyntaxNode right = operands.get(1);
    String operator = source.operatorBetween(left, right);
    return switch (operator == null ? "" : operator) {
      case "==", "!=" -> {
        String onRight = literal.apply(right);
        String onLeft = onRight == null ? literal.apply(left) : null;
        yield onRight != null ? new LiteralComparison(left, operator, List.of(onRight), true)
            : onLeft != null ? new LiteralComparison(right, operator, List.of(onLeft), false) : null;
      }
      case "in", "not in" -> {
        List<String> strings = collection.apply(right);
        yield strings == null ? null : new LiteralComparison(left, operator, strings, true);
      }
      default -> null;
    };
  }
}
