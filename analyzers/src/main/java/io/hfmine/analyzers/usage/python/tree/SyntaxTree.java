package io.hfmine.analyzers.usage.python.tree;

import java.util.Arrays;

/**
 * A parsed file's syntax tree, copied out of tree-sitter into plain arrays as it is explored.
 *
 * <p>Only the nodes the extractor looks at are ever copied: a node's children are read from
 * tree-sitter (one cursor pass) the first time anyone asks for them, and every later question
 * about them (parent, field, span, type) is answered from Java arrays. Copying every node of a
 * file would cost a good part of the parse again; extraction looks at a small share of them.
 * Nodes are numbered in the order they are copied; the root is 0.
 *
 * <p>Holds the native tree until {@link #close}; use it on the thread of the parser that made it.
 */
public final class SyntaxTree implements AutoCloseable {
  private static final int NONE = -1;
  private static final byte UNREAD = 0;
  private static final byte READ = 1;

  final Grammar grammar;
  final byte[] text;
  private final boolean hasError;
  private final ChildReader reader;
  private boolean closed;
  private int size;
  char[] symbols;
  short[] fields;
  int[] starts;
  int[] ends;
  int[] parents;
  private int[] firstChildren;
  /** A node's children are read in one pass, so they are numbered consecutively up to this one. */
  private int[] lastChildren;
  int[] nextSiblings;
  private byte[] childrenState;
  private int[] lineStarts;

  /** Reads one node's children out of the native tree; owned by the binding that parsed it. */
  interface ChildReader {
    /** Adds the children of {@code node}, in order, with {@link #addChild}. */
    void readChildren(SyntaxTree tree, int node);

    /** Frees the native tree. */
    void close();
  }

  SyntaxTree(Grammar grammar, byte[] text, boolean hasError, ChildReader reader, int rootSymbol, int rootStart,
      int rootEnd) {
    this.grammar = grammar;
    this.text = text;
    this.hasError = hasError;
    this.reader = reader;
    int capacity = 256;
    symbols = new char[capacity];
    fields = new short[capacity];
    starts = new int[capacity];
    ends = new int[capacity];
    parents = new int[capacity];
    firstChildren = new int[capacity];
    lastChildren = new int[capacity];
    nextSiblings = new int[capacity];
    childrenState = new byte[capacity];
    add(rootSymbol, 0, rootStart, rootEnd, NONE, NONE);
  }

  public SyntaxNode root() {
    return new SyntaxNode(this, 0);
  }

  /** Whether tree-sitter found syntax errors (the tree then holds ERROR or MISSING nodes). */
  public boolean hasError() {
    return hasError;
  }

  /** The number of nodes copied so far. */
  public int copiedNodes() {
    return size;
  }

  SyntaxNode node(int index) {
    return index == NONE ? null : new SyntaxNode(this, index);
  }

  /** The first child of a node (reading its children on first use), or -1. */
  int firstChild(int node) {
    if (childrenState[node] == UNREAD) {
      if (closed) {
        throw new IllegalStateException("syntax tree already closed");
      }
      childrenState[node] = READ;
      reader.readChildren(this, node);
    }
    return firstChildren[node];
  }

  /** The last child of a node whose children were read ({@link #firstChild} first), or -1. */
  int lastChild(int node) {
    return lastChildren[node];
  }

  /**
   * Adds the next child of {@code parent}; {@code previous} is the child added just before it
   * (-1 for the first). Returns the new node's number.
   */
  int addChild(int symbol, int field, int start, int end, int parent, int previous) {
    return add(symbol, field, start, end, parent, previous);
  }

  private int add(int symbol, int field, int start, int end, int parent, int previous) {
    if (size == symbols.length) {
      grow();
    }
    int index = size++;
    symbols[index] = (char) symbol;
    fields[index] = (short) field;
    starts[index] = start;
    ends[index] = end;
    parents[index] = parent;
    firstChildren[index] = NONE;
    lastChildren[index] = NONE;
    nextSiblings[index] = NONE;
    childrenState[index] = UNREAD;
    if (previous != NONE) {
      nextSiblings[previous] = index;
    } else if (parent != NONE) {
      firstChildren[parent] = index;
    }
    if (parent != NONE) {
      lastChildren[parent] = index;
    }
    return index;
  }

  /** The zero-based line of a byte offset. */
  int row(int offset) {
    int[] lines = lineStarts();
    int found = Arrays.binarySearch(lines, offset);
    return found >= 0 ? found : -found - 2;
  }

  /** The zero-based column, in bytes as tree-sitter counts them, of a byte offset. */
  int column(int offset) {
    return offset - lineStarts()[row(offset)];
  }

  private int[] lineStarts() {
    if (lineStarts == null) {
      int count = 1;
      for (byte b : text) {
        if (b == '\n') {
          count++;
        }
      }
      int[] lines = new int[count];
      int line = 1;
      for (int i = 0; i < text.length; i++) {
        if (text[i] == '\n') {
          lines[line++] = i + 1;
        }
      }
      lineStarts = lines;
    }
    return lineStarts;
  }

  private void grow() {
    int capacity = symbols.length * 2;
    symbols = Arrays.copyOf(symbols, capacity);
    fields = Arrays.copyOf(fields, capacity);
    starts = Arrays.copyOf(starts, capacity);
    ends = Arrays.copyOf(ends, capacity);
    parents = Arrays.copyOf(parents, capacity);
    firstChildren = Arrays.copyOf(firstChildren, capacity);
    lastChildren = Arrays.copyOf(lastChildren, capacity);
    nextSiblings = Arrays.copyOf(nextSiblings, capacity);
    childrenState = Arrays.copyOf(childrenState, capacity);
  }

  /** Frees the native tree; nodes already copied stay readable, unread children do not. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      reader.close();
    }
  }
}
