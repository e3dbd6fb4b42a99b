package io.hfmine.analyzers.usage.python;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.treesitter.TSNode;

/**
 * Parent lookups for one tree.
 *
 * <p>Every call through the tree-sitter binding costs about a microsecond whatever it does, so
 * the native parent lookup (one call, however deep the node) beats any walk done from Java.
 * The class keeps those lookups in one place so that their cost stays visible, and remembers
 * them: one instance serves one tree.
 */
final class Ancestry {

  /** Parents already looked up in this tree, by node id; the root maps to itself. */
  private final Map<Long, TSNode> parents = new HashMap<>();

  /** The parent of a node, or null for the root. */
  TSNode parent(TSNode node) {
    long id = NodeIdentity.id(node);
    TSNode known = parents.get(id);
    if (known == null) {
      // The native lookup walks down from the root, and scope chains of nearby calls share
      // their ancestors, so each node's parent is asked for once per tree.
      TSNode parent = node.getParent();
      known = NodeIdentity.absent(parent) ? node : parent;
      parents.put(id, known);
    }
    return NodeIdentity.id(known) == id ? null : known;
  }

  /** Node types already asked for, by node id: ancestors are shared by the calls of a scope. */
  private final Map<Long, String> types = new HashMap<>();

  /** The node's grammar type, asked of tree-sitter once per node. */
  String type(TSNode node) {
    return types.computeIfAbsent(NodeIdentity.id(node), id -> node.getType());
  }

  /** Enclosing module, class and function nodes, innermost first. */
  List<TSNode> scopeChain(TSNode node) {
    List<TSNode> chain = new ArrayList<>();
    for (TSNode current = parent(node); current != null; current = parent(current)) {
      if (ScopeIndex.isScopeType(type(current))) {
        chain.add(current);
      }
    }
    return chain;
  }

  TSNode enclosingClass(TSNode node) {
    for (TSNode current = parent(node); current != null; current = parent(current)) {
      if (type(current).equals("class_definition")) {
        return current;
      }
    }
    return null;
  }

  /** The innermost function around a node, unless a class body comes first. */
  TSNode enclosingFunction(TSNode node) {
    for (TSNode current = parent(node); current != null; current = parent(current)) {
      String type = type(current);
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
