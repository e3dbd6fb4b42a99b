package io.hfmine.analyzers.usage.python;

import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;

/**
 * Parent lookups for one tree.
 *
 * <p>Every call through the tree-sitter binding costs about a microsecond whatever it does, so
 * the native parent lookup (one call, however deep the node) beats any walk done from Java.
 * The class keeps those lookups in one place so that their cost stays visible.
 */
final class Ancestry {

  /** The parent of a node, or null for the root. */
  TSNode parent(TSNode node) {
    TSNode parent = node.getParent();
    return parent == null || parent.isNull() ? null : parent;
  }

  /** Enclosing module, class and function nodes, innermost first. */
  List<TSNode> scopeChain(TSNode node) {
    List<TSNode> chain = new ArrayList<>();
    for (TSNode current = parent(node); current != null; current = parent(current)) {
      if (ScopeIndex.isScope(current)) {
        chain.add(current);
      }
    }
    return chain;
  }

  TSNode enclosingClass(TSNode node) {
    for (TSNode current = parent(node); current != null; current = parent(current)) {
      if (current.getType().equals("class_definition")) {
        return current;
      }
    }
    return null;
  }

  /** The innermost function around a node, unless a class body comes first. */
  TSNode enclosingFunction(TSNode node) {
    for (TSNode current = parent(node); current != null; current = parent(current)) {
      String type = current.getType();
      if (type.equals("function_definition")) {
        return current;
      }
      if (type.equals("class_definition")) {
        return null;
      }
    }
    return null;
  }
}
