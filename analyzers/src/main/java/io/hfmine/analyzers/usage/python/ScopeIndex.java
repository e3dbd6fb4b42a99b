package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

  private final SyntaxNode scope;
  private final Map<String, List<SyntaxNode>> bindings = new HashMap<>();
  private final Map<String, SyntaxNode> parameters = new HashMap<>();
  private final List<SyntaxNode> methods = new ArrayList<>();
  private final List<SyntaxNode> dataclasses = new ArrayList<>();
  private final Map<String, SyntaxNode> classes = new HashMap<>();
  private final PythonSource source;
  private Map<String, List<SyntaxNode>> selfBindings;

  private ScopeIndex(SyntaxNode scope, PythonSource source) {
    this.scope = scope;
    this.source = source;
  }

  static boolean isScope(SyntaxNode node) {
    return isScopeType(node.type());
  }

  static boolean isScopeType(String type) {
    return SCOPE_TYPES.contains(type);
  }

  static ScopeIndex build(SyntaxNode scope, PythonSource source) {
    ScopeIndex index = new ScopeIndex(scope, source);
    String type = scope.type();
    SyntaxNode body = type.equals("module") ? scope : scope.field("body");
    if (type.equals("function_definition")) {
      index.indexParameters(scope.field("parameters"), source);
    }
    if (body != null) {
      index.walk(body, source, index.bindings, index.methods);
    }
    return index;
  }

  SyntaxNode scope() {
    return scope;
  }

  /** Values bound to {@code name} here, or null when the scope never binds it. */
  List<SyntaxNode> bindings(String name) {
    return bindings.get(name);
  }

  boolean hasParameter(String name) {
    return parameters.containsKey(name);
  }

  /** The default of a parameter, or null when it has none. */
  SyntaxNode parameterDefault(String name) {
    return parameters.get(name);
  }

  /** The class this scope defines under {@code name}, when that is the name's only binding here. */
  SyntaxNode classNamed(String name) {
    List<SyntaxNode> values = bindings.get(name);
    return values != null && values.size() == 1 ? classes.get(name) : null;
  }

  /** Classes of this scope decorated as dataclasses (HfArgumentParser's argument classes). */
  List<SyntaxNode> dataclasses() {
    return dataclasses;
  }

  /** Values given to {@code self.<name>} in the class's methods, or null; methods are walked on first use. */
  List<SyntaxNode> selfBindings(String name) {
    if (selfBindings == null) {
      selfBindings = new HashMap<>();
      for (SyntaxNode method : methods) {
        SyntaxNode methodBody = method.field("body");
        if (methodBody != null) {
          Map<String, List<SyntaxNode>> methodBindings = new HashMap<>();
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

  private void indexParameters(SyntaxNode parameterList, PythonSource source) {
    if (parameterList == null) {
      return;
    }
    for (SyntaxNode parameter : parameterList.namedChildren()) {
      switch (parameter.type()) {
        case "identifier" -> parameters.put(source.text(parameter), null);
        case "default_parameter", "typed_default_parameter" -> {
          SyntaxNode name = parameter.field("name");
          if (name != null) {
            parameters.put(source.text(name), parameter.field("value"));
          }
        }
        case "typed_parameter" -> {
          SyntaxNode first = parameter.namedChildCount() > 0 ? parameter.namedChild(0) : null;
          if (first != null && first.type().equals("identifier")) {
            parameters.put(source.text(first), null);
          }
        }
        default -> { }
      }
    }
  }

  private void walk(SyntaxNode body, PythonSource source, Map<String, List<SyntaxNode>> into, List<SyntaxNode> methods) {
    Deque<SyntaxNode> blocks = new ArrayDeque<>();
    blocks.push(body);
    while (!blocks.isEmpty()) {
      SyntaxNode block = blocks.pop();
      for (SyntaxNode statement : block.namedChildren()) {
        String type = statement.type();
        switch (type) {
          case "expression_statement" -> {
            for (SyntaxNode expression : statement.namedChildren()) {
              if (expression.type().equals("assignment")) {
                assignment(expression, source, into);
              } else if (expression.type().equals("augmented_assignment")) {
                bindTarget(expression.field("left"), null, source, into);
              }
            }
          }
          case "function_definition", "class_definition" -> {
            definition(statement, source, into, methods);
          }
          case "decorated_definition" -> {
            SyntaxNode definition = statement.field("definition");
            if (definition != null) {
              definition(definition, source, into, methods);
              if (definition.type().equals("class_definition")
                  && source.text(statement.start(), definition.start()).contains("dataclass")) {
                dataclasses.add(definition);
              }
            }
          }
          case "for_statement" -> {
            bindTarget(statement.field("left"), null, source, into);
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

  private static void pushBlocks(SyntaxNode compound, Deque<SyntaxNode> blocks) {
    for (SyntaxNode child : compound.namedChildren()) {
      String type = child.type();
      if (type.equals("block") || type.endsWith("_clause")) {
        blocks.push(child);
      }
    }
  }

  private void definition(SyntaxNode definition, PythonSource source, Map<String, List<SyntaxNode>> into,
      List<SyntaxNode> methods) {
    SyntaxNode name = definition.field("name");
    if (name != null) {
      into.computeIfAbsent(source.text(name), k -> new ArrayList<>()).add(null);
      if (into == bindings && definition.type().equals("class_definition")) {
        classes.put(source.text(name), definition);
      }
    }
    if (definition.type().equals("function_definition")) {
      methods.add(definition);
    }
  }

  private static void assignment(SyntaxNode assignment, PythonSource source, Map<String, List<SyntaxNode>> into) {
    SyntaxNode right = assignment.field("right");
    // a = b = "x": the inner assignment holds the value for both names.
    SyntaxNode value = right;
    while (value != null && value.type().equals("assignment")) {
      assignment(value, source, into);
      value = value.field("right");
    }
    bindTarget(assignment.field("left"), value, source, into);
  }

  private static void bindTarget(SyntaxNode target, SyntaxNode value, PythonSource source, Map<String, List<SyntaxNode>> into) {
    if (target == null) {
      return;
    }
    switch (target.type()) {
      case "identifier" -> into.computeIfAbsent(source.text(target), k -> new ArrayList<>()).add(value);
      case "attribute" -> {
        SyntaxNode object = target.field("object");
        SyntaxNode attribute = target.field("attribute");
        if (object != null && attribute != null && object.type().equals("identifier")
            && source.textEquals(object, "self")) {
          into.computeIfAbsent("self." + source.text(attribute), k -> new ArrayList<>()).add(value);
        }
      }
      case "pattern_list", "tuple_pattern", "list_pattern", "tuple", "list" -> {
        for (SyntaxNode element : target.namedChildren()) {
          bindTarget(element, null, source, into);
        }
      }
      default -> { }
    }
  }
}
