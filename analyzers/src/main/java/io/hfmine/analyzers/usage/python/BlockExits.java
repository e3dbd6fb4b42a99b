package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far a binding can travel when a statement that leaves for good follows it in a block that
 * holds it: only within that block, up to that statement, so a name bound in a branch that ends by
 * returning does not reach the code after the branch ({@code if kind == "x": name = ...; return
 * load(name)} then {@code load(name)} below). Such a statement is a {@code return}, a {@code raise},
 * a call that ends the process ({@link ProcessExits}: {@code sys.exit(...)}, {@code exit()} ...),
 * or an {@code if} whose every branch, a final {@code else} included, holds one of these.
 *
 * <p>Only what certainly leaves confines a binding. A {@code try} around the binding (in its
 * scope) confines nothing, since a handler or a {@code finally} may run with the value bound (and
 * {@code sys.exit} raises {@code SystemExit}, which a handler may catch); nor does a block that a
 * {@code break} or {@code continue} between the binding and the end of the exit can leave for a
 * loop outside it. An {@code if} without an {@code else} leaves nothing for good: when no test
 * holds, control goes on below it.
 */
final class BlockExits {
  /** The span a binding can reach: from its block's start to the end of the exit after it. */
  record Span(int start, int end) {
    static final Span FREE = new Span(Integer.MIN_VALUE, Integer.MAX_VALUE);

    boolean holds(int offset) {
      return offset >= start && offset <= end;
    }
  }

  /** Most {@code if} statements nested in one another read for an exit; deeper ones leave nothing for good. */
  private static final int MAX_NESTED_IFS = 32;

  private final SyntaxNode scope;
  private final ProcessExits processExits;
  // the return and raise statements directly in each block asked about, in order
  private final Map<SyntaxNode, List<SyntaxNode>> exits = new HashMap<>();
  // whether a try statement of the scope holds each block asked about
  private final Map<SyntaxNode, Boolean> inTry = new HashMap<>();
  // every break and continue of the scope: its offset and the start of the loop it leaves
  private List<int[]> jumps;

  /**
   * @param scope the function, class or module whose body holds the blocks asked about
   * @param processExits the file's calls that end the process
   */
  BlockExits(SyntaxNode scope, ProcessExits processExits) {
    this.scope = scope;
    this.processExits = processExits;
  }

  /**
   * Whether a statement leaves its block for good, whatever loop is around it: a return or raise,
   * a call that ends the process, or an if whose every branch (a final else included) holds such
   * a statement directly in its block. The one reading of it, for the bindings a statement
   * confines and for the guards of {@link BranchFeasibility}.
   */
  static boolean leavesForGood(SyntaxNode statement, ProcessExits processExits) {
    return leavesForGood(statement, processExits, 0);
  }

  private static boolean leavesForGood(SyntaxNode statement, ProcessExits processExits, int nesting) {
    return switch (statement.type()) {
      case "return_statement", "raise_statement" -> true;
      case "expression_statement" -> processExits.endsProcess(statement);
      case "if_statement" -> nesting < MAX_NESTED_IFS && everyBranchLeaves(statement, processExits, nesting + 1);
      default -> false;
    };
  }

  /** An if chain with an else, each of whose blocks holds a statement that leaves for good. */
  private static boolean everyBranchLeaves(SyntaxNode statement, ProcessExits processExits, int nesting) {
    if (!blockLeaves(statement.field("consequence"), processExits, nesting)) {
      return false;
    }
    boolean otherwise = false;
    for (SyntaxNode clause : statement.namedChildren()) {
      switch (clause.type()) {
        case "elif_clause" -> {
          if (!blockLeaves(clause.field("consequence"), processExits, nesting)) {
            return false;
          }
        }
        case "else_clause" -> {
          if (!blockLeaves(clause.field("body"), processExits, nesting)) {
            return false;
          }
          otherwise = true;
        }
        default -> { }
      }
    }
    return otherwise;
  }

  private static boolean blockLeaves(SyntaxNode block, ProcessExits processExits, int nesting) {
    if (block == null) {
      return false;
    }
    for (SyntaxNode statement : block.namedChildren()) {
      if (leavesForGood(statement, processExits, nesting)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a binding can be seen: within the innermost block around it that a return or raise
   * after it leaves for good, up to that statement; {@link Span#FREE} when no such block holds it.
   *
   * @param block the block whose statement binds the name
   * @param effective the offset from which the binding holds
   */
  Span reach(SyntaxNode block, int effective) {
    if (inTry.computeIfAbsent(block, this::insideTry)) {
      return Span.FREE;
    }
    for (SyntaxNode current = block; current != null; current = current.parent()) {
      if (current.equals(scope) || scope.equals(current.parent())) {
        break; // the scope's own body: what follows its exits is dead code, so they confine nothing
      }
      if (current.type().equals("block")) {
        SyntaxNode exit = firstExitAfter(current, effective);
        if (exit != null) {
          // up to the exit's end: a branch of an if that leaves may break out before it leaves
          return jumpsOutBetween(current, effective, exit.end()) ? Span.FREE : new Span(current.start(), exit.end());
        }
      }
    }
    return Span.FREE;
  }

  private SyntaxNode firstExitAfter(SyntaxNode block, int effective) {
    List<SyntaxNode> own = exits.computeIfAbsent(block, k -> {
      List<SyntaxNode> found = new ArrayList<>();
      for (SyntaxNode statement : k.namedChildren()) {
        if (leavesForGood(statement, processExits)) {
          found.add(statement);
        }
      }
      return found;
    });
    for (SyntaxNode statement : own) {
      if (statement.start() >= effective) {
        return statement;
      }
    }
    return null;
  }

  private boolean insideTry(SyntaxNode block) {
    for (SyntaxNode current = block; current != null && !current.equals(scope); current = current.parent()) {
      if (current.type().equals("try_statement")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a break or continue between two offsets of the block leaves it for a loop outside it. */
  private boolean jumpsOutBetween(SyntaxNode block, int from, int to) {
    for (int[] jump : jumps()) {
      if (jump[0] >= from && jump[0] < to && jump[0] >= block.start() && jump[0] < block.end() && jump[1] < block.start()) {
        return true;
      }
    }
    return false;
  }

  private List<int[]> jumps() {
    if (jumps == null) {
      jumps = new ArrayList<>();
      Deque<SyntaxNode> pending = new ArrayDeque<>(scope.namedChildren());
      while (!pending.isEmpty()) {
        SyntaxNode node = pending.pop();
        String type = node.type();
        if (type.equals("break_statement") || type.equals("continue_statement")) {
          jumps.add(new int[] {node.start(), leftLoopStart(node)});
        } else if (!ScopeIndex.isScopeType(type) && !type.equals("lambda") && !type.endsWith("expression")) {
          pending.addAll(node.namedChildren());
        }
      }
    }
    return jumps;
  }

  /** The start of the loop a break or continue leaves: the innermost one whose body holds it. */
  private int leftLoopStart(SyntaxNode jump) {
    SyntaxNode inner = jump;
    for (SyntaxNode current = jump.parent(); current != null && !current.equals(scope); current = current.parent()) {
      String type = current.type();
      if ((type.equals("for_statement") || type.equals("while_statement")) && "body".equals(inner.fieldName())) {
        return current.start();
      }
      inner = current;
    }
    return Integer.MIN_VALUE; // no loop around it in this scope: it leaves every block
  }
}
