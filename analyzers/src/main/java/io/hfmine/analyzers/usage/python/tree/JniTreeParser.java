package io.hfmine.analyzers.usage.python.tree;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSInputEncoding;
import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSReader;
import org.treesitter.TSSymbolType;
import org.treesitter.TSTree;
import org.treesitter.TSTreeCursor;
import org.treesitter.TreeSitterPython;

/** Parses through the tree-sitter Java binding's JNI methods: works on every JDK, slower per node. */
final class JniTreeParser implements PythonTreeParser {
  private static final int CHUNK = 64 * 1024;

  private final TSParser parser;
  private final Grammar grammar;
  private final byte[] buffer = new byte[CHUNK];

  JniTreeParser() {
    parser = new TSParser();
    TSLanguage language = new TreeSitterPython();
    if (!parser.setLanguage(language)) {
      parser.close();
      throw new IllegalStateException("tree-sitter-python is not compatible with this tree-sitter runtime");
    }
    grammar = grammarOf(language);
  }

  @Override
  public SyntaxTree parse(byte[] utf8, Duration timeout) {
    TSTree tree = nativeParse(utf8, timeout);
    if (tree == null) {
      return null;
    }
    TSNode root = tree.getRootNode();
    Children children = new Children(tree, root);
    return new SyntaxTree(grammar, utf8, root.hasError(), children, root.getSymbol(), root.getStartByte(),
        root.getEndByte());
  }

  @Override
  public boolean parseOnly(byte[] utf8, Duration timeout) {
    TSTree tree = nativeParse(utf8, timeout);
    if (tree != null) {
      tree.close();
    }
    return tree != null;
  }

  private TSTree nativeParse(byte[] utf8, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    // The binding needs a reader (a null one crashes the JVM), so feed the bytes in chunks.
    TSReader reader = (buf, offset, position) -> {
      int n = Math.min(buf.length, utf8.length - offset);
      if (n <= 0) {
        return 0;
      }
      System.arraycopy(utf8, offset, buf, 0, n);
      return n;
    };
    TSTree tree = parser.parseWithOptions(buffer, null, reader, TSInputEncoding.TSInputEncodingUTF8,
        state -> System.nanoTime() > deadline);
    if (tree == null) {
      // A cancelled parse leaves state behind that the next parse would try to resume.
      parser.reset();
    }
    return tree;
  }

  /** Reads children with the binding's cursor; keeps each copied node's binding object by number. */
  private static final class Children implements SyntaxTree.ChildReader {
    private final TSTree tree;
    private final List<TSNode> nodes = new ArrayList<>();
    private TSTreeCursor cursor;

    Children(TSTree tree, TSNode root) {
      this.tree = tree;
      nodes.add(root);
    }

    @Override
    public void readChildren(SyntaxTree copy, int node) {
      TSNode parent = nodes.get(node);
      if (cursor == null) {
        cursor = new TSTreeCursor(parent);
      } else {
        cursor.reset(parent);
      }
      if (!cursor.gotoFirstChild()) {
        return;
      }
      int previous = -1;
      do {
        TSNode child = cursor.currentNode();
        previous = copy.addChild(child.getSymbol(), cursor.currentFieldId(), child.getStartByte(), child.getEndByte(),
            node, previous);
        while (nodes.size() <= previous) {
          nodes.add(null);
        }
        nodes.set(previous, child);
      } while (cursor.gotoNextSibling());
    }

    @Override
    public void close() {
      if (cursor != null) {
        cursor.close();
      }
      tree.close();
    }
  }

  private static Grammar grammarOf(TSLanguage language) {
    int symbols = language.symbolCount();
    String[] names = new String[symbols];
    boolean[] named = new boolean[symbols];
    for (int i = 0; i < symbols; i++) {
      names[i] = language.symbolName(i);
      named[i] = language.symbolType(i) == TSSymbolType.TSSymbolTypeRegular;
    }
    String[] fields = new String[language.fieldCount() + 1];
    for (int i = 1; i < fields.length; i++) {
      fields[i] = language.fieldNameForId(i);
    }
    return new Grammar(names, named, fields);
  }

  @Override
  public String binding() {
    return "jni";
  }

  @Override
  public String nativeLibrary() {
    return TreeSitterNatives.SHIPPED_DESCRIPTION;
  }

  @Override
  public void close() {
    parser.close();
  }
}
