package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
  static List<String> of(List<SyntaxNode> roots, List<SyntaxNode> loadingCalls, Map<Long, String> loadingApis,
      Map<Long, String> loadingKinds, Map<String, String> tracked, NameScanner names, ImportTable imports,
      PythonSource source, int limit) {
    Map<Long, SyntaxNode> calls = new HashMap<>();
    byte[] bytes = source.bytes();
    java.util.Set<Integer> loadingStarts = new java.util.HashSet<>();
    for (long key : loadingApis.keySet()) {
      loadingStarts.add((int) (key >>> 32));
    }
    for (SyntaxNode root : roots) {
      int from = root.start();
      int to = root.end();
      for (SyntaxNode call : loadingCalls) {
        if (call.start() >= from && call.end() <= to) {
          calls.putIfAbsent(key(call), call);
          climb(call, calls); // X.from_pretrained(...).to(device).eval()
        }
      }
      if (names == null) {
        continue;
      }
      List<String> keywords = names.names();
      names.forEachOccurrence(bytes, from, to, (k, start) -> {
        String name = keywords.get(k);
        int length = name.length();
        // Only names used as a callee or a receiver can start a call chain (not List[int], not x = name).
        if (!tracked.containsKey(name) && !followedByCallOrDot(bytes, start + length)) {
          return;
        }
        if (loadingStarts.contains(start) && !tracked.containsKey(name)) {
          return; // the callee of a loading call, already in the sequence
        }
        SyntaxNode node = root.descendantForByteRange(start, start + length);
        if (node == null || node.start() != start || node.end() != start + length) {
          return;
        }
        String type = node.type();
        if (!type.equals("identifier") && !type.equals("attribute")) {
          return; // inside a string or a comment
        }
        climb(node, calls);
      });
    }
    List<SyntaxNode> ordered = new ArrayList<>(calls.values());
    // Inner calls finish first: f(g(x)) runs g, then f.
    ordered.sort(Comparator.comparingInt(SyntaxNode::end).thenComparingInt(SyntaxNode::start));
    List<String> sequence = new ArrayList<>();
    for (SyntaxNode call : ordered) {
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
  private static void climb(SyntaxNode receiver, Map<Long, SyntaxNode> calls) {
    SyntaxNode current = receiver;
    for (int hops = 0; hops < 16; hops++) {
      SyntaxNode parent = current.parent();
      if (parent == null) {
        return;
      }
      String parentType = parent.type();
      if (parentType.equals("attribute") && sameStart(parent.field("object"), current)) {
        current = parent;
      } else if (parentType.equals("call") && sameSpan(parent.field("function"), current)) {
        calls.putIfAbsent(key(parent), parent);
        current = parent;
      } else {
        return;
      }
    }
  }

  private static boolean sameStart(SyntaxNode a, SyntaxNode b) {
    return a != null && a.start() == b.start() && a.end() == b.end();
  }

  private static boolean sameSpan(SyntaxNode a, SyntaxNode b) {
    return sameStart(a, b);
  }

  private static boolean followedByCallOrDot(byte[] bytes, int offset) {
    int i = offset;
    while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t')) {
      i++;
    }
    return i < bytes.length && (bytes[i] == '(' || bytes[i] == '.');
  }

  private static String label(SyntaxNode call, Map<Long, String> loadingApis, Map<Long, String> loadingKinds,
      Map<String, String> tracked, ImportTable imports, PythonSource source) {
    String api = loadingApis.get(key(call));
    if (api != null) {
      return api;
    }
    SyntaxNode function = call.field("function");
    if (function == null) {
      return null;
    }
    if (function.type().equals("identifier")) {
      String name = source.text(function);
      if (tracked.containsKey(name)) {
        return tracked.get(name) + "()";
      }
      return imports.qualify(name, call);
    }
    if (!function.type().equals("attribute")) {
      return null;
    }
    SyntaxNode attribute = function.field("attribute");
    SyntaxNode object = function.field("object");
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
    return dotted == null ? null : imports.qualify(dotted, call);
  }

  /** The kind of a loading call that a method chain starts from ({@code X.from_pretrained(...).to(d)}), or null. */
  private static String loadedKindOf(SyntaxNode receiver, Map<Long, String> loadingKinds) {
    SyntaxNode current = receiver;
    for (int hops = 0; current != null && hops < 32; hops++) {
      if (current.type().equals("call")) {
        String kind = loadingKinds.get(key(current));
        if (kind != null) {
          return kind;
        }
        SyntaxNode function = current.field("function");
        current = function != null && function.type().equals("attribute")
            ? function.field("object") : null;
      } else {
        return null;
      }
    }
    return null;
  }

  /** Identifies a call node: chained calls share their start, so the end is part of the key. */
  static long key(SyntaxNode call) {
    return ((long) call.start() << 32) | call.end();
  }

  /** The variable a method chain starts from: {@code model} in {@code model.to(d).eval()}, or {@code self.model}. */
  static String receiverRoot(SyntaxNode node, PythonSource source) {
    SyntaxNode current = node;
    for (int hops = 0; current != null && hops < 32; hops++) {
      switch (current.type()) {
        case "identifier" -> {
          return source.text(current);
        }
        case "attribute" -> {
          SyntaxNode object = current.field("object");
          if (object != null && object.type().equals("identifier") && source.textEquals(object, "self")) {
            return source.text(current);
          }
          current = object;
        }
        case "call" -> {
          SyntaxNode function = current.field("function");
          current = function != null && function.type().equals("attribute")
              ? function.field("object") : null;
        }
        default -> {
          return null;
        }
      }
    }
    return null;
  }

  /** {@code a.b.c} for a chain of identifiers, else null. */
  static String dottedName(SyntaxNode node, PythonSource source) {
    StringBuilder name = new StringBuilder();
    SyntaxNode current = node;
    while (current != null && current.type().equals("attribute")) {
      SyntaxNode attribute = current.field("attribute");
      if (attribute == null) {
        return null;
      }
      name.insert(0, "." + source.text(attribute));
      current = current.field("object");
    }
    if (current == null || !current.type().equals("identifier")) {
      return null;
    }
    return name.insert(0, source.text(current)).toString();
  }
}
