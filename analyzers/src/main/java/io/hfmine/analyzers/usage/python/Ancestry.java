package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayList;
import java.util.List;

/** The scopes around a node: its module, classes and functions. */
final class Ancestry {

  private Ancestry() {
  }

  /** Enclosing module, class and function nodes, innermost first. */
  static List<SyntaxNode> scopeChain(SyntaxNode node) {
    List<SyntaxNode> chain = new ArrayList<>();
    for (SyntaxNode current = node.parent(); current != null; current = current.parent()) {
      if (ScopeIndex.isScopeType(current.type())) {
        chain.add(current);
      }
    }
    return chain;
  }

  static SyntaxNode enclosingClass(SyntaxNode node) {
    for (SyntaxNode current = node.parent(); current != null; current = current.parent()) {
      if (current.type().equals("class_definition")) {
        return current;
      }
    }
    return null;
  }

  /** The innermost function around a node, unless a class body comes first. */
  static SyntaxNode enclosingFunction(SyntaxNode node) {
    for (SyntaxNode current = node.parent(); current != null; current = current.parent()) {
      String type = current.type();
      if (type.equals("function_definition")) {
        return current;
      }
      if (type.equals("class_definition")) {
        return null;
      }
    }
    return null;
  }

  /** The class a function is a method of (defined right in its body, decorated or not), else null. */
  static SyntaxNode methodOwner(SyntaxNode function) {
    SyntaxNode definition = function.parent() != null && function.parent().type().equals("decorated_definition")
        ? function.parent() : function;
    SyntaxNode block = definition.parent();
    SyntaxNode owner = block == null ? null : block.parent();
    return owner != null && block.type().equals("block") && owner.type().equals("class_definition") ? owner : null;
  }
}
