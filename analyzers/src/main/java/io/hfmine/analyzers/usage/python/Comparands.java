package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.List;

/**
 * The fixed string an operand of a branch test stands for ({@code if name == DEFAULT_MODEL:},
 * {@code if name in [Model.SMALL, Model.LARGE]:}): a string literal; a name the module binds
 * once, to a string literal, where no nearer scope binds it; or {@code C.X} where the module's
 * one class {@code C} binds {@code X} once in its body, to a string literal, and nowhere as
 * {@code self.X}, and {@code C} is no enumeration or one whose members are strings
 * ({@code class Model(str, Enum)}, {@code StrEnum}). A plain enumeration's member never equals a
 * string, so a test against it pins nothing. Null for anything else.
 */
final class Comparands {
  private final ExpressionEvaluator evaluator;
  private final PythonSource source;

  Comparands(ExpressionEvaluator evaluator, PythonSource source) {
    this.evaluator = evaluator;
    this.source = source;
  }

  String of(SyntaxNode node) {
    String literal = evaluator.stringLiteral(node);
    if (literal != null) {
      return literal;
    }
    SyntaxNode value = constant(node);
    return value == null ? null : evaluator.stringLiteral(value);
  }

  /**
   * The one value a name the module binds once, or a class's {@code C.X}, is bound to, on the
   * terms above (the import's clause for a name the module imports); null for anything else. A
   * collection's strings ({@link StringLists}) are read through it too: {@code arch in NETS}.
   */
  SyntaxNode constant(SyntaxNode node) {
    if (node.type().equals("identifier")) {
      ScopeIndex owner = moduleOwner(node, source.text(node));
      return owner == null ? null : only(owner.bindings(source.text(node)));
    }
    SyntaxNode object = node.type().equals("attribute") ? node.field("object") : null;
    SyntaxNode attribute = object == null ? null : node.field("attribute");
    if (attribute == null || !object.type().equals("identifier")) {
      return null;
    }
    String className = source.text(object);
    ScopeIndex owner = moduleOwner(node, className);
    SyntaxNode definition = owner == null ? null : owner.classNamed(className);
    if (definition == null || !holdsStrings(definition)) {
      return null;
    }
    ScopeIndex body = evaluator.index(definition);
    String name = source.text(attribute);
    return body.selfBindings(name) == null ? only(body.bindings(name)) : null;
  }

  /** The module's scope when it is where {@code name} is looked up at {@code at}, else null. */
  private ScopeIndex moduleOwner(SyntaxNode at, String name) {
    ScopeIndex owner = evaluator.owningScope(at, name);
    return owner != null && owner.scope().type().equals("module") ? owner : null;
  }

  private static SyntaxNode only(List<SyntaxNode> values) {
    return values != null && values.size() == 1 ? values.get(0) : null;
  }

  /** Whether a class's attributes compare as what they are bound to: no enumeration, or a string one. */
  private boolean holdsStrings(SyntaxNode definition) {
    SyntaxNode bases = definition.field("superclasses");
    if (bases == null) {
      return true;
    }
    boolean enumeration = false;
    boolean strings = false;
    for (SyntaxNode base : bases.namedChildrenButComments()) {
      String text = source.text(base);
      String last = text.substring(text.lastIndexOf('.') + 1);
      strings |= text.equals("str") || last.equals("StrEnum");
      enumeration |= last.endsWith("Enum") || last.endsWith("Flag");
    }
    return !enumeration || strings;
  }
}
