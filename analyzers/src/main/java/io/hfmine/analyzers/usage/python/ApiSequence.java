package io.hfmine.analyzers.usage.python;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.hfmine.analyzers.usage.prefilter.KeywordAutomaton;
import org.treesitter.TSNode;

/**
 * The normalised calls of a scope in evaluation order, following the loaded objects:
 * {@code transformers.AutoTokenizer.from_pretrained, tokenizer(), model.generate, tokenizer.decode}.
 *
 * <p>Loading calls appear as their API, calls on a loaded object as {@code <kind>.<method>} (or
 * {@code <kind>()} when the object is called), calls to imported names as their qualified name.
 * Other calls (local helpers, builtins) are left out: they say nothing about how models are used.
 */
final class ApiSequence {
  private ApiSequence() {
  }

  /**
   * Finds the calls of the scope by jumping to occurrences of the names that matter (loaded
   * objects, imported names) instead of visiting every node, then labels them in evaluation order.
   */
  static List<String> of(List<TSNode> roots, List<TSNode> loadingCalls, Map<Long, String> loadingApis,
      Map<Long, String> loadingKinds, Map<String, String> tracked, KeywordAutomaton names, ImportTable imports,
      PythonSource source, Ancestry ancestry, int limit) {
    Map<Long, TSNode> calls = new HashMap<>();
    byte[] bytes = source.bytes();
    java.util.Set<Integer> loadingStarts = new java.util.HashSet<>();
    for (long key : loadingApis.keySet()) {
      loadingStarts.add((int) (key >>> 32));
    }
    for (TSNode root : roots) {
      int from = NodeMemo.start(root);
      int to = NodeMemo.end(root);
      for (TSNode call : loadingCalls) {
        if (NodeMemo.start(call) >= from && NodeMemo.end(call) <= to) {
          calls.putIfAbsent(key(call), call);
          climb(call, calls, ancestry); // X.from_pretrained(...).to(device).eval()
        }
      }
      if (names == null) {
        continue;
      }
      List<String> keywords = names.keywords();
      names.forEachMatch(bytes, from, to, (k, start) -> {
        String name = keywords.get(k);
        int length = name.length();
        // Only names used as a callee or a receiver can start a call chain (not List[int], not x = name).
        if (!isBounded(bytes, start, length) || !(tracked.containsKey(name) || followedByCallOrDot(bytes, start + length))) {
          return;
        }
        if (loadingStarts.contains(start) && !tracked.containsKey(name)) {
          return; // the callee of a loading call, already in the sequence
        }
        TSNode node = root.getDescendantForByteRange(start, start + length);
        if (node == null || NodeMemo.start(node) != start || NodeMemo.end(node) != start + length) {
          return;
        }
        String type = NodeMemo.type(node);
        if (!type.equals("identifier") && !type.equals("attribute")) {
          return; // inside a string or a comment
        }
        climb(node, calls, ancestry);
      });
    }
    List<TSNode> ordered = new ArrayList<>(calls.values());
    // Inner calls finish first: f(g(x)) runs g, then f.
    ordered.sort(Comparator.comparingInt(NodeMemo::end).thenComparingInt(NodeMemo::start));
    List<String> sequence = new ArrayList<>();
    for (TSNode call : ordered) {
      if (sequence.size() >= limit) {
        break;
      }
      String label = label(call, loadingApis, loadingKinds, tracked, imports, source);
      if (label != null) {
        sequence.add(label);
      }
    }
    return sequence;
  }

  /** Adds the calls made on a receiver by going up its chain: {@code x.a(...).b(...)}. */
  private static void climb(TSNode receiver, Map<Long, TSNode> calls, Ancestry ancestry) {
    TSNode current = receiver;
    for (int hops = 0; hops < 16; hops++) {
      TSNode parent = ancestry.parent(current);
      if (parent == null) {
        return;
      }
      String parentType = ancestry.type(parent);
      if (parentType.equals("attribute") && sameStart(PythonSource.field(parent, "object"), current)) {
        current = parent;
      } else if (parentType.equals("call") && sameSpan(PythonSource.field(parent, "function"), current)) {
        calls.putIfAbsent(key(parent), parent);
        current = parent;
      } else {
        return;
      }
    }
  }

  private static boolean sameStart(TSNode a, TSNode b) {
    return a != null && NodeMemo.start(a) == NodeMemo.start(b) && NodeMemo.end(a) == NodeMemo.end(b);
  }

  private static boolean sameSpan(TSNode a, TSNode b) {
    return sameStart(a, b);
  }

  private static boolean isBounded(byte[] bytes, int start, int length) {
    boolean before = start == 0 || !identifierByte(bytes[start - 1]) && bytes[start - 1] != '.';
    int end = start + length;
    boolean after = end >= bytes.length || !identifierByte(bytes[end]);
    return before && after;
  }

  private static boolean followedByCallOrDot(byte[] bytes, int offset) {
    int i = offset;
    while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t')) {
      i++;
    }
    return i < bytes.length && (bytes[i] == '(' || bytes[i] == '.');
  }

  private static boolean identifierByte(byte b) {
    return b == '_' || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b < 0;
  }

  private static String label(TSNode call, Map<Long, String> loadingApis, Map<Long, String> loadingKinds,
      Map<String, String> tracked, ImportTable imports, PythonSource source) {
    String api = loadingApis.get(key(call));
    if (api != null) {
      return api;
    }
    TSNode function = PythonSource.field(call, "function");
    if (function == null) {
      return null;
    }
    if (NodeMemo.type(function).equals("identifier")) {
      String name = source.text(function);
      if (tracked.containsKey(name)) {
        return tracked.get(name) + "()";
      }
      return imports.qualify(name);
    }
    if (!NodeMemo.type(function).equals("attribute")) {
      return null;
    }
    TSNode attribute = PythonSource.field(function, "attribute");
    TSNode object = PythonSource.field(function, "object");
    String receiver = receiverRoot(object, source);
    if (attribute == null) {
      return null;
    }
    String chainedOn = loadedKindOf(object, loadingKinds);
    if (chainedOn != null) {
      return chainedOn + "." + source.text(attribute);
    }
    if (receiver != null && tracked.containsKey(receiver)) {
      return tracked.get(receiver) + "." + source.text(attribute);
    }
    if (tracked.containsKey(source.text(function))) {
      return tracked.get(source.text(function)) + "()";
    }
    String dotted = dottedName(function, source);
    return dotted == null ? null : imports.qualify(dotted);
  }

  /** The kind of a loading call that a method chain starts from ({@code X.from_pretrained(...).to(d)}), or null. */
  private static String loadedKindOf(TSNode receiver, Map<Long, String> loadingKinds) {
    TSNode current = receiver;
    for (int hops = 0; current != null && hops < 32; hops++) {
      if (NodeMemo.type(current).equals("call")) {
        String kind = loadingKinds.get(key(current));
        if (kind != null) {
          return kind;
        }
        TSNode function = PythonSource.field(current, "function");
        current = function != null && NodeMemo.type(function).equals("attribute")
            ? PythonSource.field(function, "object") : null;
      } else {
        return null;
      }
    }
    return null;
  }

  /** Identifies a call node: chained calls share their start, so the end is part of the key. */
  static long key(TSNode call) {
    return ((long) NodeMemo.start(call) << 32) | NodeMemo.end(call);
  }

  /** The variable a method chain starts from: {@code model} in {@code model.to(d).eval()}, or {@code self.model}. */
  static String receiverRoot(TSNode node, PythonSource source) {
    TSNode current = node;
    for (int hops = 0; current != null && hops < 32; hops++) {
      switch (NodeMemo.type(current)) {
        case "identifier" -> {
          return source.text(current);
        }
        case "attribute" -> {
          TSNode object = PythonSource.field(current, "object");
          if (object != null && NodeMemo.type(object).equals("identifier") && source.textEquals(object, "self")) {
            return source.text(current);
          }
          current = object;
        }
        case "call" -> {
          TSNode function = PythonSource.field(current, "function");
          current = function != null && NodeMemo.type(function).equals("attribute")
              ? PythonSource.field(function, "object") : null;
        }
        default -> {
          return null;
        }
      }
    }
    return null;
  }

  /** {@code a.b.c} for a chain of identifiers, else null. */
  static String dottedName(TSNode node, PythonSource source) {
    StringBuilder name = new StringBuilder();
    TSNode current = node;
    while (current != null && NodeMemo.type(current).equals("attribute")) {
      TSNode attribute = PythonSource.field(current, "attribute");
      if (attribute == null) {
        return null;
      }
      name.insert(0, "." + source.text(attribute));
      current = PythonSource.field(current, "object");
    }
    if (current == null || !NodeMemo.type(current).equals("identifier")) {
      return null;
    }
    return name.insert(0, source.text(current)).toString();
  }
}
