package io.hfmine.analyzers.usage.python;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.treesitter.TSNode;

/**
 * The identity of a tree-sitter node, read on the Java side.
 *
 * <p>A node's id is the address of its subtree slot: unique within one tree, and zero for the
 * null node. Reading it from the node object answers "is this the null node?" and "have I seen
 * this node?" without a native call, which costs about a microsecond each through the binding.
 */
final class NodeIdentity {
  private static final VarHandle ID;

  static {
    try {
      ID = MethodHandles.privateLookupIn(TSNode.class, MethodHandles.lookup())
          .findVarHandle(TSNode.class, "idPtr", long.class);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this tree-sitter binding has no TSNode.idPtr field", e);
    }
  }

  private NodeIdentity() {
  }

  static long id(TSNode node) {
    return (long) ID.get(node);
  }

  /** Whether the node is missing: a Java null or tree-sitter's null node. */
  static boolean absent(TSNode node) {
    return node == null || id(node) == 0L;
  }
}
