package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which class of the file an object is an instance of, as far as the file says it: {@code cfg}
 * bound once to {@code RunConfig(...)}, a parameter declared {@code config: RunConfig} (or
 * {@code Optional["RunConfig"]}, {@code RunConfig | None}) that its function never rebinds, and
 * {@code self.config} when every value a class gives it is one of those (a {@code None}
 * placeholder aside). Configuration objects handed from class to class are read this way, so
 * {@code self.config.encoder_name} reaches the default the configuration's {@code __init__}
 * gives it.
 */
final class InstanceClasses {
  private final ExpressionEvaluator evaluator;
  private final PythonSource source;

  InstanceClasses(ExpressionEvaluator evaluator, PythonSource source) {
    this.evaluator = evaluator;
    this.source = source;
  }

  /** How the instance is known: made by the file ({@code RunConfig(...)}) or handed in by a caller. */
  enum Origin { CONSTRUCTED, DECLARED }

  /**
   * The class an object is an instance of, how that is known, and the one call that made it
   * (null when declared, or made by several calls).
   */
  record Instance(SyntaxNode type, Origin origin, SyntaxNode call) {
  }

  /** The instance {@code object} holds, or null when the file does not say which class it is. */
  Instance of(SyntaxNode object) {
    return switch (object.type()) {
      case "identifier" -> named(object, source.text(object));
      case "attribute" -> selfAttribute(object);
      default -> null;
    };
  }

  private Instance named(SyntaxNode at, String name) {
    ScopeIndex owner = evaluator.owningScope(at, name);
    List<SyntaxNode> values = owner == null ? null : owner.bindings(name);
    if (values != null) {
      return values.size() == 1 ? constructed(values.get(0)) : null;
    }
    SyntaxNode declared = owner == null ? null : declaredClass(owner.parameterType(name));
    return declared == null ? null : new Instance(declared, Origin.DECLARED, null);
  }

  /** {@code RunConfig(...)} with {@code RunConfig} a class of the file. */
  private Instance constructed(SyntaxNode value) {
    if (value == null || !value.type().equals("call")) {
      return null;
    }
    SyntaxNode function = value.field("function");
    if (function == null || !function.type().equals("identifier")) {
      return null;
    }
    SyntaxNode type = evaluator.classNamed(function, source.text(function));
    return type == null ? null : new Instance(type, Origin.CONSTRUCTED, value);
  }

  /**
   * {@code self.config}: the one class every binding of the class gives it (a parameter's
   * declared class, a constructed instance); a declared one anywhere makes the whole declared.
   */
  private Instance selfAttribute(SyntaxNode attribute) {
    SyntaxNode object = attribute.field("object");
    SyntaxNode name = attribute.field("attribute");
    if (object == null || name == null || !object.type().equals("identifier")
        || !source.textEquals(object, "self")) {
      return null;
    }
    SyntaxNode owner = Ancestry.enclosingClass(attribute);
    List<SyntaxNode> values = owner == null ? null : evaluator.attributes().bindings(owner, source.text(name));
    if (values == null) {
      return null;
    }
    SyntaxNode type = null;
    Origin origin = Origin.CONSTRUCTED;
    List<SyntaxNode> calls = new ArrayList<>();
    for (SyntaxNode value : values) {
      if (value == null) {
        return null;
      }
      if (value.type().equals("none")) {
        continue;
      }
      Instance each = value.type().equals("identifier") ? named(value, source.text(value)) : constructed(value);
      if (each == null || (type != null && type.start() != each.type().start())) {
        return null;
      }
      type = each.type();
      origin = each.origin() == Origin.DECLARED ? Origin.DECLARED : origin;
      calls.add(each.call());
    }
    if (type == null) {
      return null;
    }
    return new Instance(type, origin, origin == Origin.CONSTRUCTED && calls.size() == 1 ? calls.get(0) : null);
  }

  /**
   * The one class of the file an annotation names: {@code RunConfig}, {@code "RunConfig"},
   * {@code Optional[RunConfig]}, {@code Union[RunConfig, None]}, {@code RunConfig | None}. A
   * container of instances ({@code List[RunConfig]}) is no instance, so other subscripts name none.
   */
  private SyntaxNode declaredClass(SyntaxNode annotation) {
    if (annotation == null) {
      return null;
    }
    Set<SyntaxNode> named = new LinkedHashSet<>();
    if (!collect(annotation, named) || named.size() != 1) {
      return null;
    }
    return named.iterator().next();
  }

  /** Adds the classes an annotation's alternatives name; false when one is no class of the file. */
  private boolean collect(SyntaxNode node, Set<SyntaxNode> into) {
    switch (node.type()) {
      case "type", "parenthesized_expression" -> {
        return node.namedChildCount() == 1 && collect(node.namedChild(0), into);
      }
      case "none" -> {
        return true;
      }
      case "identifier" -> {
        return named(evaluator.classNamed(node, source.text(node)), into);
      }
      case "string" -> {
        String quoted = evaluator.stringLiteral(node);
        return named(quoted == null ? null : evaluator.classNamed(node, quoted.strip()), into);
      }
      case "binary_operator" -> {
        SyntaxNode left = node.field("left");
        SyntaxNode right = node.field("right");
        return left != null && right != null && collect(left, into) && collect(right, into);
      }
      case "generic_type", "subscript" -> {
        return optional(node, into);
      }
      default -> {
        return false;
      }
    }
  }

  private static boolean named(SyntaxNode type, Set<SyntaxNode> into) {
    if (type == null) {
      return false;
    }
    into.add(type);
    return true;
  }

  /** {@code Optional[X]} or {@code Union[X, None]} (also as {@code typing.Optional}). */
  private boolean optional(SyntaxNode node, Set<SyntaxNode> into) {
    SyntaxNode head = node.namedChildCount() > 0 ? node.namedChild(0) : null;
    if (head == null) {
      return false;
    }
    String name = source.text(head);
    name = name.substring(name.lastIndexOf('.') + 1);
    if (!name.equals("Optional") && !name.equals("Union")) {
      return false;
    }
    List<SyntaxNode> parts = node.namedChildren();
    for (int i = 1; i < parts.size(); i++) {
      SyntaxNode part = parts.get(i);
      List<SyntaxNode> members = part.type().equals("type_parameter") ? part.namedChildren() : List.of(part);
      for (SyntaxNode member : members) {
        if (!collect(member, into)) {
          return false;
        }
      }
    }
    return true;
  }
}
