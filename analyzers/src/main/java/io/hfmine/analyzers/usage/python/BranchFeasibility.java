package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Whether a value of a name or dotted attribute (a caller's value for a parameter, a constant, a
 * default) can reach a use of it inside the branches of an
 * {@code if}/{@code elif}/{@code else} chain that test the name itself against literals
 * ({@code name == "x"}, {@code !=}, {@code in [...]}, {@code not in (...)}) or look into it
 * ({@code "t5" in name}, {@code "x" not in name.lower()}, {@code name.startswith(("a", "b"))},
 * {@code endswith}), and tests built of those with {@code not}, {@code and} and {@code or}: the
 * use's branch test must hold for it and every earlier test of the chain fail; and where an
 * earlier {@code if} of the same block leaves it in every branch ({@code return}, {@code raise}
 * ...), every one of that chain's tests must fail. Any other test decides nothing, so the value
 * is kept. Several names may be known at once (the arguments one call passes a function): a test
 * over two of them ({@code task == "qa" and "bert" in name}) is decided only by both.
 */
final class BranchFeasibility {
  private final PythonSource source;
  private final Function<SyntaxNode, String> literal;
  private final Function<SyntaxNode, List<String>> collection;
  private final NameTargets names;
  private final ProcessExits processExits;

  /**
   * @param literal the fixed string an operand stands for ({@link Comparands}), or null
   * @param collection the strings the collection of an {@code in} test holds ({@link StringLists}), or null
   * @param processExits the file's calls that end the process, which leave a branch as a return does
   */
  BranchFeasibility(PythonSource source, Function<SyntaxNode, String> literal,
      Function<SyntaxNode, List<String>> collection, ProcessExits processExits) {
    this.source = source;
    this.names = new NameTargets(source);
    this.literal = literal;
    this.collection = collection;
    this.processExits = processExits;
  }

  /**
   * Whether {@code value} for {@code name} (a name or a dotted attribute) cannot reach {@code use},
   * by the tests of the function, class body or module the use is written in: a scope around
   * that one has its own names.
   */
  boolean excludes(SyntaxNode use, String name, String value) {
    return excludes(use, Map.of(name, value));
  }

  /**
   * Whether the values {@code known} gives its names (each a name or a dotted attribute) cannot
   * all reach {@code use} together, by the same tests as {@link #excludes(SyntaxNode, String, String)}.
   */
  boolean excludes(SyntaxNode use, Map<String, String> known) {
    SyntaxNode inner = use;
    for (SyntaxNode current = use.parent(); current != null; current = current.parent()) {
      if (ScopeIndex.isScope(current)) {
        return false;
      }
      if (current.type().equals("if_statement")) {
        // A branch that binds a subject anew tests its old value, not the one used.
        Map<String, String> tested = unassigned(current, known);
        if (!tested.isEmpty() && contradicts(current, inner, tested)) {
          return true;
        }
      }
      if (current.type().equals("block") && guardedOut(current, inner, known)) {
        return true;
      }
      inner = current;
    }
    return false;
  }

  /**
   * The names the tests that {@link #excludes} reads for {@code use} are written with: the
   * identifiers of the branch tests around it and of the leaving {@code if}s before it, up to its
   * scope. Knowing their values is what lets those tests decide.
   */
  Set<String> testedNames(SyntaxNode use) {
    Set<String> tested = new LinkedHashSet<>();
    SyntaxNode inner = use;
    for (SyntaxNode current = use.parent(); current != null && !ScopeIndex.isScope(current); current = current.parent()) {
      if (current.type().equals("if_statement") && !inner.equals(current.field("condition"))) {
        conditions(current).forEach(condition -> NameTargets.identifiers(condition, source, tested));
      }
      if (current.type().equals("block")) {
        List<SyntaxNode> statements = current.namedChildrenButComments();
        for (int i = statements.indexOf(inner) - 1; i >= 0; i--) {
          SyntaxNode statement = statements.get(i);
          if (statement.type().equals("if_statement")
              && everyBranchLeavesOrRebinds(statement, null)) {
            conditions(statement).forEach(condition -> NameTargets.identifiers(condition, source, tested));
          }
        }
      }
      inner = current;
    }
    return tested;
  }

  /** The known names {@code statement} does not bind anywhere in it. */
  private Map<String, String> unassigned(SyntaxNode statement, Map<String, String> known) {
    Map<String, String> kept = new HashMap<>();
    known.forEach((name, value) -> {
      if (!names.assigns(statement, name)) {
        kept.put(name, value);
      }
    });
    return kept;
  }

  /**
   * Whether an earlier statement of the block holding {@code part} is an {@code if} chain whose
   * every branch leaves the block ({@code return}, {@code raise}, {@code continue}, {@code break})
   * and one of whose tests holds for the value: the value then never gets past it
   * ({@code if "t5" in name: return T5Model...; return AutoModel.from_pretrained(name)}).
   */
  private boolean guardedOut(SyntaxNode block, SyntaxNode part, Map<String, String> known) {
    List<SyntaxNode> statements = block.namedChildrenButComments();
    int at = statements.indexOf(part);
    Map<String, String> tested = known;
    for (int i = at - 1; i >= 0; i--) {
      SyntaxNode statement = statements.get(i);
      if (statement.type().equals("if_statement")
          && everyBranchLeavesOrRebinds(statement, tested.keySet())) {
        for (SyntaxNode condition : conditions(statement)) {
          if (test(condition, tested) == Boolean.TRUE) {
            return true;
          }
        }
      }
      // The guards before a statement that binds a name tested an older value of it.
      tested = unassigned(statement, tested);
      if (tested.isEmpty()) {
        return false;
      }
    }
    return false;
  }

  /** The tests of an if chain, the if's and each elif's, in order. */
  private static List<SyntaxNode> conditions(SyntaxNode statement) {
    List<SyntaxNode> conditions = new ArrayList<>();
    conditions.add(statement.field("condition"));
    for (SyntaxNode clause : statement.namedChildren()) {
      if (clause.type().equals("elif_clause")) {
        conditions.add(clause.field("condition"));
      }
    }
    conditions.removeIf(c -> c == null);
    return conditions;
  }

  /**
   * Whether each branch of an if chain without an else leaves the enclosing block or binds each
   * of {@code names} anew in its own body ({@code if path == "default": path = "acme/x"}): a value
   * a test holds for never gets past the chain as it was, so the chain guards what reaches it
   * from before. With {@code names} null, a branch binding any plain or dotted name counts. A use
   * after an if/else that always leaves is never reached at all, so an else makes no guard.
   */
  private boolean everyBranchLeavesOrRebinds(SyntaxNode statement, Set<String> names) {
    List<SyntaxNode> bodies = new ArrayList<>();
    bodies.add(statement.field("consequence"));
    for (SyntaxNode clause : statement.namedChildren()) {
      if (clause.type().equals("else_clause")) {
        return false;
      }
      if (clause.type().equals("elif_clause")) {
        bodies.add(clause.field("consequence"));
      }
    }
    for (SyntaxNode body : bodies) {
      if (body == null || !(leaves(body) || rebinds(body, names))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a statement of the block itself (not one nested in it) assigns each of {@code names}. */
  private boolean rebinds(SyntaxNode block, Set<String> names) {
    Set<String> assigned = new LinkedHashSet<>();
    for (SyntaxNode statement : block.namedChildrenButComments()) {
      SyntaxNode assignment = statement.type().equals("expression_statement") && statement.namedChildCount() == 1
          ? statement.namedChild(0) : null;
      SyntaxNode left = assignment != null && assignment.type().equals("assignment") ? assignment.field("left") : null;
      if (left != null && (left.type().equals("identifier") || left.type().equals("attribute"))) {
        assigned.add(source.text(left));
      }
    }
    return names == null ? !assigned.isEmpty() : !names.isEmpty() && assigned.containsAll(names);
  }

  private boolean leaves(SyntaxNode block) {
    if (block == null) {
      return false;
    }
    List<SyntaxNode> statements = block.namedChildrenButComments();
    if (statements.isEmpty()) {
      return false;
    }
    SyntaxNode last = statements.get(statements.size() - 1);
    return BlockExits.leavesForGood(last, processExits) || last.type().equals("continue_statement")
        || last.type().equals("break_statement");
  }

  /** {@code part} is the child of the if statement holding the use. */
  private boolean contradicts(SyntaxNode statement, SyntaxNode part, Map<String, String> known) {
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
    if (mustHold != null && test(mustHold, known) == Boolean.FALSE) {
      return true;
    }
    for (SyntaxNode test : mustFail) {
      if (test != null && test(test, known) == Boolean.TRUE) {
        return true;
      }
    }
    return false;
  }

  /** The test's outcome for the value, or null when the test does not decide it. */
  private Boolean test(SyntaxNode test, Map<String, String> known) {
    switch (test.type()) {
      case "parenthesized_expression" -> {
        List<SyntaxNode> inner = test.namedChildrenButComments();
        return inner.size() == 1 ? test(inner.get(0), known) : null;
      }
      case "not_operator" -> {
        SyntaxNode argument = test.field("argument");
        Boolean outcome = argument == null ? null : test(argument, known);
        return outcome == null ? null : !outcome;
      }
      case "boolean_operator" -> {
        return combined(test, known);
      }
      case "call" -> {
        return affix(test, known);
      }
      default -> {
        Boolean compared = comparison(test, known);
        return compared != null ? compared : containment(test, known);
      }
    }
  }

  /** {@code a and b}, {@code a or b}: decided when one side decides it or both do. */
  private Boolean combined(SyntaxNode test, Map<String, String> known) {
    SyntaxNode left = test.field("left");
    SyntaxNode right = test.field("right");
    if (left == null || right == null) {
      return null;
    }
    boolean and = "and".equals(source.operatorBetween(left, right));
    Boolean first = test(left, known);
    Boolean second = test(right, known);
    Boolean decisive = and ? Boolean.FALSE : Boolean.TRUE;
    if (decisive.equals(first) || decisive.equals(second)) {
      return decisive;
    }
    return first != null && second != null ? !decisive : null;
  }

  /** {@code name == "x"}, {@code name in ("x", "y")} and their negations. */
  private Boolean comparison(SyntaxNode test, Map<String, String> known) {
    LiteralComparison comparison = LiteralComparison.of(test, source, literal, collection);
    // Either side of == may be the literal; `in` always has the subject on the left.
    String value = comparison == null ? null : valueOf(comparison.subject(), known);
    if (value == null) {
      return null;
    }
    boolean among = comparison.literals().contains(value);
    return switch (comparison.operator()) {
      case "==", "in" -> among;
      case "!=", "not in" -> !among;
      default -> null;
    };
  }

  /** {@code "t5" in name} and {@code "t5" not in name.lower()}: a substring test of the value. */
  private Boolean containment(SyntaxNode test, Map<String, String> known) {
    if (!test.type().equals("comparison_operator")) {
      return null;
    }
    List<SyntaxNode> operands = test.namedChildrenButComments();
    if (operands.size() != 2) {
      return null;
    }
    String part = literal.apply(operands.get(0));
    String whole = part == null ? null : subjectValue(operands.get(1), known);
    if (whole == null) {
      return null;
    }
    String operator = source.operatorBetween(operands.get(0), operands.get(1));
    return switch (operator == null ? "" : operator) {
      case "in" -> whole.contains(part);
      case "not in" -> !whole.contains(part);
      default -> null;
    };
  }

  /** {@code name.startswith("x")}, {@code name.lower().endswith(("a", "b"))}. */
  private Boolean affix(SyntaxNode call, Map<String, String> known) {
    SyntaxNode function = call.field("function");
    if (function == null || !function.type().equals("attribute")) {
      return null;
    }
    String method = source.text(function.field("attribute"));
    if (!method.equals("startswith") && !method.equals("endswith")) {
      return null;
    }
    String whole = subjectValue(function.field("object"), known);
    CallArguments arguments = CallArguments.of(call, source);
    if (whole == null || arguments.positional().size() != 1 || !arguments.keywords().isEmpty() || arguments.splat() != null) {
      return null;
    }
    SyntaxNode argument = arguments.positional().get(0);
    List<SyntaxNode> options = argument.type().equals("tuple") ? argument.namedChildrenButComments() : List.of(argument);
    boolean any = false;
    for (SyntaxNode option : options) {
      String affix = literal.apply(option);
      if (affix == null) {
        return null; // an option known only at run time may match
      }
      any |= method.equals("startswith") ? whole.startsWith(affix) : whole.endsWith(affix);
    }
    return any;
  }

  /**
   * What {@code expression} holds with the {@code known} values: a known name's value, folded by
   * {@code .lower()}, {@code .upper()} or {@code .casefold()}; else null.
   */
  private String subjectValue(SyntaxNode expression, Map<String, String> known) {
    if (expression == null) {
      return null;
    }
    String value = valueOf(expression, known);
    if (value != null) {
      return value;
    }
    if (!expression.type().equals("call") || !CallArguments.of(expression, source).positional().isEmpty()) {
      return null;
    }
    SyntaxNode function = expression.field("function");
    if (function == null || !function.type().equals("attribute")) {
      return null;
    }
    String inner = subjectValue(function.field("object"), known);
    if (inner == null) {
      return null;
    }
    return switch (source.text(function.field("attribute"))) {
      case "lower", "casefold" -> inner.toLowerCase(Locale.ROOT);
      case "upper" -> inner.toUpperCase(Locale.ROOT);
      default -> null;
    };
  }

  /** The value {@code known} gives the name or dotted attribute {@code expression} is; null: none. */
  private String valueOf(SyntaxNode expression, Map<String, String> known) {
    for (Map.Entry<String, String> entry : known.entrySet()) {
      if (names.isName(expression, entry.getKey())) {
        return entry.getValue();
      }
    }
    return null;
  }
}
