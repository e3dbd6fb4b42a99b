package io.hfmine.analyzers.usage.python;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * The names a module, class or function binds in its own body: assignments (a null value marks
 * a binding that is not a plain expression, such as a loop variable or a nested def), parameter
 * defaults, and for classes the {@code self.x = ...} assignments made in its methods.
 *
 * <p>Built only for scopes that hold a loading call, by walking statements (never expressions),
 * without recursion so deep nesting cannot overflow the stack.
 */
final class ScopeIndex {
  private static final Set<String> SCOPE_TYPES = Set.of("module", "function_definition", "class_definition");

  private final TSNode scope;
  private final Map<String, List<TSNode>> bindings = new HashMap<>();
  private final Map<String, TSNode> parameters = new HashMap<>();
  private final List<TSNode> methods = new ArrayList<>();
  private final List<TSNode> dataclasses = new ArrayList<>();
  private final PythonSource source;
  private Map<String, List<TSNode>> selfBindings;

  private ScopeIndex(TSNode scope, PythonSource source) {
    this.scope = scope;
    this.source = source;
  }

  static boolean isScope(TSNode node) {
    return isScopeType(NodeMemo.type(node));
  }

  static boolean isScopeType(String type) {
    return SCOPE_TYPES.contains(type);
  }

  static ScopeIndex build(TSNode scope, PythonSource source) {
    ScopeIndex index = new ScopeIndex(scope, source);
    String type = NodeMemo.type(scope);
    TSNode body = type.equals("module") ? scope : PythonSource.field(scope, "body");
    if (type.equals("function_definition")) {
      index.indexParameters(PythonSource.field(scope, "parameters"), source);
    }
    if (body != null) {
      index.walk(body, source, index.bindings, index.methods);
    }
    return index;
  }

  TSNode scope() {
    return scope;
  }

  /** Values bound to {@code name} here, or null when the scope never binds it. */
  List<TSNode> bindings(String name) {
    return bindings.get(name);
  }

  boolean hasParameter(String name) {
    return parameters.containsKey(name);
  }

  /** The default of a parameter, or null when it has none. */
  TSNode parameterDefault(String name) {
    return parameters.get(name);
  }

  /** Classes of this scope decorated as dataclasses (HfArgumentParser's argument classes). */
  List<TSNode> dataclasses() {
    return dataclasses;
  }

  /** Values given to {@code self.<name>} in the class's methods, or null; methods are walked on first use. */
  List<TSNode> selfBindings(String name) {
    if (selfBindings == null) {
      selfBindings = new HashMap<>();
      for (TSNode method : methods) {
        TSNode methodBody = PythonSource.field(method, "body");
        if (methodBody != null) {
          Map<String, List<TSNode>> methodBindings = new HashMap<>();
          walk(methodBody, source, methodBindings, new ArrayList<>());
          methodBindings.forEach((key, values) -> {
            if (key.startsWith("self.")) {
              selfBindings.computeIfAbsent(key.substring(5), k -> new ArrayList<>()).addAll(values);
            }
          });
        }
      }
    }
    return selfBindings.get(name);
  }

  private void indexParameters(TSNode parameterList, PythonSource source) {
    if (parameterList == null) {
      return;
    }
    for (TSNode parameter : PythonSource.namedChildren(parameterList)) {
      switch (NodeMemo.type(parameter)) {
        case "identifier" -> parameters.put(source.text(parameter), null);
        case "default_parameter", "typed_default_parameter" -> {
          TSNode name = PythonSource.field(parameter, "name");
          if (name != null) {
            parameters.put(source.text(name), PythonSource.field(parameter, "value"));
          }
        }
        case "typed_parameter" -> {
          TSNode first = parameter.getNamedChildCount() > 0 ? parameter.getNamedChild(0) : null;
          if (first != null && NodeMemo.type(first).equals("identifier")) {
            parameters.put(source.text(first), null);
          }
        }
        default -> { }
      }
    }
  }

  private void walk(TSNode body, PythonSource source, Map<String, List<TSNode>> into, List<TSNode> methods) {
    Deque<TSNode> blocks = new ArrayDeque<>();
    blocks.push(body);
    while (!blocks.isEmpty()) {
      TSNode block = blocks.pop();
      for (TSNode statement : PythonSource.namedChildren(block)) {
        String type = NodeMemo.type(statement);
        switch (type) {
          case "expression_statement" -> {
            for (TSNode expression : PythonSource.namedChildren(statement)) {
              if (NodeMemo.type(expression).equals("assignment")) {
                assignment(expression, source, into);
              } else if (NodeMemo.type(expression).equals("augmented_assignment")) {
                bindTarget(PythonSource.field(expression, "left"), null, source, into);
              }
            }
          }
          case "function_definition", "class_definition" -> {
            definition(statement, source, into, methods);
          }
          case "decorated_definition" -> {
            TSNode definition = PythonSource.field(statement, "definition");
            if (definition != null) {
              definition(definition, source, into, methods);
              if (NodeMemo.type(definition).equals("class_definition")
                  && source.text(NodeMemo.start(statement), NodeMemo.start(definition)).contains("dataclass")) {
                dataclasses.add(definition);
              }
            }
          }
          case "for_statement" -> {
            bindTarget(PythonSource.field(statement, "left"), null, source, into);
            pushBlocks(statement, blocks);
          }
          default -> {
            if (type.endsWith("_statement") || type.endsWith("_clause") || type.equals("block")) {
              pushBlocks(statement, blocks);
            }
          }
        }
      }
    }
  }

  private static void pushBlocks(TSNode compound, Deque<TSNode> blocks) {
    for (TSNode child : PythonSource.namedChildren(compound)) {
      String type = NodeMemo.type(child);
      if (type.equals("block") || type.endsWith("_clause")) {
        blocks.push(child);
      }
    }
  }

  private static void definition(TSNode definition, PythonSource source, Map<String, List<TSNode>> into,
      List<TSNode> methods) {
    TSNode name = PythonSource.field(definition, "name");
    if (name != null) {
      into.computeIfAbsent(source.text(name), k -> new ArrayList<>()).add(null);
    }
    if (NodeMemo.type(definition).equals("function_definition")) {
      methods.add(definition);
    }
  }

  private static void assignment(TSNode assignment, PythonSource source, Map<String, List<TSNode>> into) {
    TSNode right = PythonSource.field(assignment, "right");
    // a = b = "x": the inner assignment holds the value for both names.
    TSNode value = right;
    while (value != null && NodeMemo.type(value).equals("assignment")) {
      assignment(value, source, into);
      value = PythonSource.field(value, "right");
    }
    bindTarget(PythonSource.field(assignment, "left"), value, source, into);
  }

  private static void bindTarget(TSNode target, TSNode value, PythonSource source, Map<String, List<TSNode>> into) {
    if (target == null) {
      return;
    }
    switch (NodeMemo.type(target)) {
      case "identifier" -> into.computeIfAbsent(source.text(target), k -> new ArrayList<>()).add(value);
      case "attribute" -> {
        TSNode object = PythonSource.field(target, "object");
        TSNode attribute = PythonSource.field(target, "attribute");
        if (object != null && attribute != null && NodeMemo.type(object).equals("identifier")
            && source.textEquals(object, "self")) {
          into.computeIfAbsent("self." + source.text(attribute), k -> new ArrayList<>()).add(value);
        }
      }
      case "pattern_list", "tuple_pattern", "list_pattern", "tuple", "list" -> {
        for (TSNode element : PythonSource.namedChildren(target)) {
          bindTarget(element, null, source, into);
        }
      }
      default -> { }
    }
  }
}
