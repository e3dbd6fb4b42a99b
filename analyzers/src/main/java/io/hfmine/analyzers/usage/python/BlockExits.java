package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far a binding can travel when a {@code return} or {@code raise} follows it in a block that
 * holds it: nothing after that statement, and nothing before the binding, ever sees the value, so
 * a name bound in a branch that ends by returning does not reach the code after the branch
 * ({@code if kind == "x": name = ...; return load(name)} then {@code load(name)} below).
 *
 * <p>Only what certainly leaves confines a binding. A {@code try} around the binding (in its
 * scope) confines nothing, since a handler or a {@code finally} may run with the value bound; nor
 * does a block a {@code break} or {@code continue} between the binding and the exit can leave
 * for a loop outside it.
 */
final class BlockExits {
  /** No exit confines the binding: every later offset of the scope may see it. */
  static final int FREE = Integer.MAX_VALUE;

  private final SyntaxNode scope;
  // the return and raise statements directly in each block asked about, in order
  private final Map<SyntaxNode, List<SyntaxNode>> exits = new HashMap<>();
  private final Map<SyntaxNode, Boolean> tried = new HashMap<>();

  /** @param scope the function, class or module whose body holds the blocks asked about */
  BlockExits(SyntaxNode scope) {
    this.scope = scope;
  }

  /**
   * The end offset of the first statement that leaves for good after a binding, or {@link #FREE}.
   *
   * @param block the block (or module) whose statement binds the name
   * @param effective the offset from which the binding holds
   */
  int confinedEnd(SyntaxNode block, int effective) {
    if (tried.computeIfAbsent(block, this::insideTry)) {
      return FREE;
    }
    for (SyntaxNode current = block; current != null; current = current.parent()) {
      if (current.type().equals("block") || current.type().equals("module")) {
        SyntaxNode exit = firstExitAfter(current, effective);
        if (exit != null) {
          return leavesEarlier(current, effective, exit.start()) ? FREE : exit.end();
        }
      }
      if (current.equals(scope)) {
        break;
      }
    }
    return FREE;
  }

  private SyntaxNode firstExitAfter(SyntaxNode block, int effective) {
    List<SyntaxNode> own = exits.computeIfAbsent(block, k -> {
      List<SyntaxNode> found = new ArrayList<>();
      for (SyntaxNode statement : k.namedChildren()) {
        if (statement.type().equals("return_statement") || statement.type().equals("raise_statement")) {
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

  /** Whether a break or continue between the binding and the exit leaves the block for an outer loop. */
  private static boolean leavesEarlier(SyntaxNode block, int from, int to) {
    for (SyntaxNode statement : block.namedChildren()) {
      if (statement.end() > from && statement.start() < to && jumpsOut(statement)) {
        return true;
      }
    }
    return false;
  }

  private static boolean jumpsOut(SyntaxNode node) {
    String type = node.type();
    if (type.equals("break_statement") || type.equals("continue_statement")) {
      return true;
    }
    if (type.equals("for_statement") || type.equals("while_statement")) {
      // its own breaks and continues stay inside; only its else clause's could leave
      for (SyntaxNode child : node.namedChildren()) {
        if (child.type().equals("else_clause") && jumpsOut(child)) {
          return true;
        }
      }
      return false;
    }
    if (ScopeIndex.isScopeType(type) || type.equals("lambda")) {
      return false;
    }
    for (SyntaxNode child : node.namedChildren()) {
      if (jumpsOut(child)) {
        return true;
      }
    }
    return false;
  }
}
