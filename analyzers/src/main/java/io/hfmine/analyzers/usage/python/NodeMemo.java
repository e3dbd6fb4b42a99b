package io.hfmine.analyzers.usage.python;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.treesitter.TSNode;

/**
 * Remembers, while one file is extracted on this thread, the field children, named children, types and byte spans already
 * asked of tree-sitter.
 *
 * <p>Each such call through the binding costs a microsecond or more (a native null check, the
 * lookup, a Java object built from native code), and the evaluator, the scope index and the API
 * sequence ask the same nodes again. Node ids are addresses that a later tree may reuse, so the
 * memo only works inside {@link #during} and is emptied after each file.
 */
final class NodeMemo {
  private static final ThreadLocal<NodeMemo> CURRENT = new ThreadLocal<>();
  private static final TSNode ABSENT = new TSNode();

  private final Map<Long, Map<String, TSNode>> fields = new HashMap<>();
  private final Map<Long, String> types = new HashMap<>();
  private final Map<Long, Long> spans = new HashMap<>();
  private final Map<Long, List<TSNode>> children = new HashMap<>();

  private NodeMemo() {
  }

  /** Runs one file's extraction with a fresh memo. */
  static <T> T during(Supplier<T> work) {
    NodeMemo previous = CURRENT.get();
    CURRENT.set(new NodeMemo());
    try {
      return work.get();
    } finally {
      CURRENT.set(previous);
    }
  }

  /** The child in a field, or null when the node has none. */
  static TSNode field(TSNode node, String name) {
    NodeMemo memo = CURRENT.get();
    if (memo == null) {
      return lookUp(node, name);
    }
    Map<String, TSNode> known = memo.fields.computeIfAbsent(NodeIdentity.id(node), id -> new HashMap<>(4));
    TSNode child = known.get(name);
    if (child == null) {
      child = lookUp(node, name);
      known.put(name, child == null ? ABSENT : child);
    }
    return child == ABSENT ? null : child;
  }

  static String type(TSNode node) {
    NodeMemo memo = CURRENT.get();
    return memo == null ? node.getType() : memo.types.computeIfAbsent(NodeIdentity.id(node), id -> node.getType());
  }

  static List<TSNode> namedChildren(TSNode node) {
    NodeMemo memo = CURRENT.get();
    return memo == null ? PythonSource.lookUpNamedChildren(node)
        : memo.children.computeIfAbsent(NodeIdentity.id(node), id -> PythonSource.lookUpNamedChildren(node));
  }

  /** The node's start byte. */
  static int start(TSNode node) {
    NodeMemo memo = CURRENT.get();
    return memo == null ? node.getStartByte() : (int) (memo.span(node) >>> 32);
  }

  /** The node's end byte. */
  static int end(TSNode node) {
    NodeMemo memo = CURRENT.get();
    return memo == null ? node.getEndByte() : (int) memo.span(node);
  }

  private long span(TSNode node) {
    return spans.computeIfAbsent(NodeIdentity.id(node),
        id -> ((long) node.getStartByte() << 32) | (node.getEndByte() & 0xFFFFFFFFL));
  }

  private static TSNode lookUp(TSNode node, String name) {
    TSNode child = node.getChildByFieldName(name);
    return NodeIdentity.absent(child) ? null : child;
  }
}
