package io.hfmine.analyzers.usage.python.tree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One node of a {@link SyntaxTree}: a tree and a node number, equal when both are. */
public final class SyntaxNode {
  private final SyntaxTree tree;
  private final int index;

  SyntaxNode(SyntaxTree tree, int index) {
    this.tree = tree;
    this.index = index;
  }

  /** The grammar's name for the node's kind, e.g. {@code call} or {@code identifier}; ERROR for errors. */
  public String type() {
    return tree.grammar.symbolName(tree.symbols[index]);
  }

  /** Whether the node is named (an expression, a statement) rather than punctuation or a keyword. */
  public boolean isNamed() {
    return tree.grammar.isNamed(tree.symbols[index]);
  }

  public int start() {
    return tree.starts[index];
  }

  public int end() {
    return tree.ends[index];
  }

  /** Zero-based line of the node's first byte. */
  public int startRow() {
    return tree.row(start());
  }

  /** Zero-based column, in bytes, of the node's first byte. */
  public int startColumn() {
    return tree.column(start());
  }

  /** The parent, or null for the root. */
  public SyntaxNode parent() {
    return tree.node(tree.parents[index]);
  }

  /** The field this node fills in its parent (e.g. {@code function} of a call), or null. */
  public String fieldName() {
    return tree.grammar.fieldName(tree.fields[index]);
  }

  /** The first child in a field, or null when the node has none. */
  public SyntaxNode field(String name) {
    int id = tree.grammar.fieldId(name);
    if (id < 0) {
      return null;
    }
    for (int child = tree.firstChild(index); child >= 0; child = tree.nextSiblings[child]) {
      if (tree.fields[child] == id) {
        return new SyntaxNode(tree, child);
      }
    }
    return null;
  }

  /** Every child, named or not, in source order. */
  public List<SyntaxNode> children() {
    return collect(false);
  }

  /** The named children in source order (comments included, as tree-sitter counts them). */
  public List<SyntaxNode> namedChildren() {
    return collect(true);
  }

  /** The named children but comments: a literal's elements, a target's names, a test's operands. */
  public List<SyntaxNode> namedChildrenButComments() {
    return namedChildren().stream().filter(c -> !c.type().equals("comment")).toList();
  }

  /** Whether this is a list, tuple or set written out ({@code ["a", "b"]}), whose elements a loop or {@code in} walks. */
  public boolean isSequenceLiteral() {
    String type = type();
    return type.equals("list") || type.equals("tuple") || type.equals("set");
  }

  public int namedChildCount() {
    int count = 0;
    for (int child = tree.firstChild(index); child >= 0; child = tree.nextSiblings[child]) {
      if (tree.grammar.isNamed(tree.symbols[child])) {
        count++;
      }
    }
    return count;
  }

  /** The i-th named child, or null when there are fewer. */
  public SyntaxNode namedChild(int position) {
    int seen = 0;
    for (int child = tree.firstChild(index); child >= 0; child = tree.nextSiblings[child]) {
      if (tree.grammar.isNamed(tree.symbols[child]) && seen++ == position) {
        return new SyntaxNode(tree, child);
      }
    }
    return null;
  }

  /**
   * The smallest node under this one that spans the byte range, as tree-sitter's
   * {@code ts_node_descendant_for_byte_range} finds it; this node when no child does.
   */
  public SyntaxNode descendantForByteRange(int rangeStart, int rangeEnd) {
    if (rangeStart > rangeEnd) {
      return null;
    }
    int node = index;
    boolean descended = true;
    while (descended) {
      descended = false;
      int first = tree.firstChild(node);
      if (first < 0) {
        break;
      }
      // Siblings' ends never decrease: skip by binary search to the first child ending at or
      // after the range (a module's children are its thousands of statements).
      int last = tree.lastChild(node);
      int low = first;
      int high = last + 1;
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (tree.ends[middle] < rangeEnd) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      for (int child = low; child <= last; child++) {
        int childStart = tree.starts[child];
        int childEnd = tree.ends[child];
        if (childEnd < rangeEnd) {
          continue;
        }
        // An empty node must reach the range start; others must go past it.
        boolean empty = childStart == childEnd;
        if (empty ? childEnd < rangeStart : childEnd <= rangeStart) {
          continue;
        }
        if (rangeStart < childStart) {
          break;
        }
        node = child;
        descended = true;
        break;
      }
    }
    return new SyntaxNode(tree, node);
  }

  private List<SyntaxNode> collect(boolean namedOnly) {
    int first = tree.firstChild(index);
    if (first < 0) {
      return List.of();
    }
    List<SyntaxNode> children = new ArrayList<>(4);
    for (int child = first; child >= 0; child = tree.nextSiblings[child]) {
      if (!namedOnly || tree.grammar.isNamed(tree.symbols[child])) {
        children.add(new SyntaxNode(tree, child));
      }
    }
    return Collections.unmodifiableList(children);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SyntaxNode node && node.tree == tree && node.index == index;
  }

  @Override
  public int hashCode() {
    return index;
  }

  @Override
  public String toString() {
    return type() + "[" + start() + ".." + end() + "]";
  }
}
