package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;

/**
 * The class a method's own receiver stands for: {@code cls} in a {@code @classmethod} and
 * {@code super()} (or {@code super(Model, cls)}) in any method of the class are that class as far
 * as its loaders go, since a subclass of the file and the class's bases inherit the same loading
 * methods. So {@code cls.from_pretrained(name)} in a factory of a class built on a library model
 * is that library's loader, as {@code Model.from_pretrained(name)} is.
 */
final class ClassReceivers {

  private ClassReceivers() {
  }

  /**
   * {@code Model.method} for a callee {@code cls.method} or {@code super().method} written in a
   * method of class {@code Model}; null for any other callee.
   */
  static String asClassCallee(SyntaxNode callee, PythonSource source) {
    SyntaxNode object = callee.type().equals("attribute") ? callee.field("object") : null;
    SyntaxNode attribute = callee.type().equals("attribute") ? callee.field("attribute") : null;
    SyntaxNode method = object == null ? null : Ancestry.enclosingFunction(callee);
    SyntaxNode owner = method == null ? null : Ancestry.methodOwner(method);
    SyntaxNode name = owner == null ? null : owner.field("name");
    if (name == null || attribute == null) {
      return null;
    }
    boolean receiver = object.type().equals("identifier") && isClassmethod(method, source) && firstParameterIs(method, object, source)
        || isSuperCall(object, source);
    return receiver ? source.text(name) + "." + source.text(attribute) : null;
  }

  /** {@code super()}, or {@code super(...)} with its two arguments. */
  private static boolean isSuperCall(SyntaxNode node, PythonSource source) {
    SyntaxNode function = node.type().equals("call") ? node.field("function") : null;
    return function != null && function.type().equals("identifier") && source.textEquals(function, "super");
  }

  private static boolean isClassmethod(SyntaxNode method, PythonSource source) {
    SyntaxNode decorated = method.parent();
    if (decorated == null || !decorated.type().equals("decorated_definition")) {
      return false;
    }
    for (SyntaxNode decorator : decorated.namedChildren()) {
      if (decorator.type().equals("decorator") && decorator.namedChildCount() == 1
          && decorator.namedChild(0).type().equals("identifier")
          && source.textEquals(decorator.namedChild(0), "classmethod")) {
        return true;
      }
    }
    return false;
  }

  private static boolean firstParameterIs(SyntaxNode method, SyntaxNode object, PythonSource source) {
    SyntaxNode parameters = method.field("parameters");
    if (parameters == null || parameters.namedChildCount() == 0) {
      return false;
    }
    SyntaxNode first = parameters.namedChild(0);
    return first.type().equals("identifier") && source.text(first).equals(source.text(object));
  }
}
