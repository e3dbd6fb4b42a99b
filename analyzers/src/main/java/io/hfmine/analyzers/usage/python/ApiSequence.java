package io.hfmine.analyzers.usage.python;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  private static final Set<String> LEAVES = Set.of("string", "comment", "identifier", "integer", "float",
      "true", "false", "none");

  private ApiSequence() {
  }

  static List<String> of(List<TSNode> roots, Map<Long, String> loadingApis, Map<Long, String> loadingKinds,
      Map<String, String> tracked,
      ImportTable imports, PythonSource source, int limit) {
    List<TSNode> calls = new ArrayList<>();
    Deque<TSNode> stack = new ArrayDeque<>();
    for (int i = roots.size() - 1; i >= 0; i--) {
      stack.push(roots.get(i));
    }
    while (!stack.isEmpty()) {
      TSNode node = stack.pop();
      String type = node.getType();
      if (type.equals("call")) {
        calls.add(node);
      }
      if (LEAVES.contains(type)) {
        continue;
      }
      int count = node.getNamedChildCount();
      for (int i = count - 1; i >= 0; i--) {
        stack.push(node.getNamedChild(i));
      }
    }
    // Inner calls finish first: f(g(x)) runs g, then f.
    calls.sort(Comparator.comparingInt(TSNode::getEndByte));
    List<String> sequence = new ArrayList<>();
    for (TSNode call : calls) {
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
    if (function.getType().equals("identifier")) {
      String name = source.text(function);
      if (tracked.containsKey(name)) {
        return tracked.get(name) + "()";
      }
      return imports.qualify(name);
    }
    if (!function.getType().equals("attribute")) {
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
      if (current.getType().equals("call")) {
        String kind = loadingKinds.get(key(current));
        if (kind != null) {
          return kind;
        }
        TSNode function = PythonSource.field(current, "function");
        current = function != null && function.getType().equals("attribute")
            ? PythonSource.field(function, "object") : null;
      } else {
        return null;
      }
    }
    return null;
  }

  /** Identifies a call node: chained calls share their start, so the end is part of the key. */
  static long key(TSNode call) {
    return ((long) call.getStartByte() << 32) | call.getEndByte();
  }

  /** The variable a method chain starts from: {@code model} in {@code model.to(d).eval()}, or {@code self.model}. */
  static String receiverRoot(TSNode node, PythonSource source) {
    TSNode current = node;
    for (int hops = 0; current != null && hops < 32; hops++) {
      switch (current.getType()) {
        case "identifier" -> {
          return source.text(current);
        }
        case "attribute" -> {
          TSNode object = PythonSource.field(current, "object");
          if (object != null && object.getType().equals("identifier") && source.textEquals(object, "self")) {
            return source.text(current);
          }
          current = object;
        }
        case "call" -> {
          TSNode function = PythonSource.field(current, "function");
          current = function != null && function.getType().equals("attribute")
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
    while (current != null && current.getType().equals("attribute")) {
      TSNode attribute = PythonSource.field(current, "attribute");
      if (attribute == null) {
        return null;
      }
      name.insert(0, "." + source.text(attribute));
      current = PythonSource.field(current, "object");
    }
    if (current == null || !current.getType().equals("identifier")) {
      return null;
    }
    return name.insert(0, source.text(current)).toString();
  }
}
