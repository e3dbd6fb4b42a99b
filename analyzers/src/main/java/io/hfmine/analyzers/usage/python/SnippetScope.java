package io.hfmine.analyzers.usage.python;

import java.util.List;
import org.treesitter.TSNode;

/**
 * The code shown with a usage: its enclosing function, or at module level a window of
 * statements around the one holding the call; capped to a number of lines around the call.
 *
 * @param roots the nodes whose calls make the API sequence
 * @param key identifies the scope so that calls in the same one share their sequence
 */
record SnippetScope(String snippet, List<TSNode> roots, long key) {

  static SnippetScope of(TSNode call, PythonSource source, Ancestry ancestry, int maxLines, int window) {
    TSNode function = ancestry.enclosingFunction(call);
    int start;
    int end;
    List<TSNode> roots;
    long key;
    if (function != null) {
      TSNode shown = function;
      TSNode parent = ancestry.parent(function);
      if (parent != null && ancestry.type(parent).equals("decorated_definition")) {
        shown = parent;
      }
      start = NodeMemo.start(shown);
      end = NodeMemo.end(shown);
      roots = List.of(function);
      key = NodeMemo.start(function);
    } else {
      TSNode statement = call;
      TSNode container = ancestry.parent(statement);
      while (container != null && !ancestry.type(container).equals("module")
          && !ancestry.type(container).equals("block")) {
        statement = container;
        container = ancestry.parent(container);
      }
      if (container == null) {
        return new SnippetScope(source.text(call), List.of(call), -NodeMemo.start(call) - 1L);
      }
      List<TSNode> siblings = PythonSource.namedChildren(container);
      int index = 0;
      for (int i = 0; i < siblings.size(); i++) {
        if (NodeMemo.start(siblings.get(i)) == NodeMemo.start(statement)) {
          index = i;
          break;
        }
      }
      int from = Math.max(0, index - window);
      int to = Math.min(siblings.size() - 1, index + window);
      start = NodeMemo.start(siblings.get(from));
      end = NodeMemo.end(siblings.get(to));
      roots = siblings.subList(from, to + 1);
      key = -(((long) start << 32) | end) - 2L;
    }
    return new SnippetScope(cut(source, start, end, NodeMemo.start(call), maxLines), List.copyOf(roots), key);
  }

  private static String cut(PythonSource source, int start, int end, int callOffset, int maxLines) {
    String text = source.text(source.lineStart(start), end);
    String[] lines = text.split("\n", -1);
    if (lines.length <= maxLines) {
      return text.stripTrailing();
    }
    int callLine = source.text(source.lineStart(start), callOffset).split("\n", -1).length - 1;
    int first = Math.max(0, Math.min(callLine - maxLines / 3, lines.length - maxLines));
    StringBuilder out = new StringBuilder();
    for (int i = first; i < first + maxLines; i++) {
      out.append(lines[i]).append('\n');
    }
    return out.toString().stripTrailing();
  }
}
