package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.List;

/**
 * The code shown with a usage: its enclosing function, or at module level a window of
 * statements around the one holding the call; capped to a number of lines around the call.
 *
 * @param roots the nodes whose calls make the API sequence
 * @param key identifies the scope so that calls in the same one share their sequence
 */
record SnippetScope(String snippet, List<SyntaxNode> roots, long key) {

  static SnippetScope of(SyntaxNode call, PythonSource source, int maxLines, int window) {
    SyntaxNode function = Ancestry.enclosingFunction(call);
    int start;
    int end;
    List<SyntaxNode> roots;
    long key;
    if (function != null) {
      SyntaxNode shown = function;
      SyntaxNode parent = function.parent();
      if (parent != null && parent.type().equals("decorated_definition")) {
        shown = parent;
      }
      start = shown.start();
      end = shown.end();
      roots = List.of(function);
      key = function.start();
    } else {
      SyntaxNode statement = call;
      SyntaxNode container = statement.parent();
      while (container != null && !container.type().equals("module")
          && !container.type().equals("block")) {
        statement = container;
        container = container.parent();
      }
      if (container == null) {
        return new SnippetScope(source.text(call), List.of(call), -call.start() - 1L);
      }
      List<SyntaxNode> siblings = container.namedChildren();
      int index = 0;
      for (int i = 0; i < siblings.size(); i++) {
        if (siblings.get(i).start() == statement.start()) {
          index = i;
          break;
        }
      }
      int from = Math.max(0, index - window);
      int to = Math.min(siblings.size() - 1, index + window);
      start = siblings.get(from).start();
      end = siblings.get(to).end();
      roots = siblings.subList(from, to + 1);
      key = -(((long) start << 32) | end) - 2L;
    }
    return new SnippetScope(cut(source, start, end, call.start(), maxLines), List.copyOf(roots), key);
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
