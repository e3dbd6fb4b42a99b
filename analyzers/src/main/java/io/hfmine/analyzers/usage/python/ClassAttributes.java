package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the classes of a file bind an attribute to: in a class's body and as {@code self.x} (or
 * {@code cls.x}) in its methods, else in its nearest base of the file; and so what {@code
 * self.x} may hold in a method, {@code self} being an instance of the class or of any of its
 * subclasses in the file. The id evaluator reads attribute values this way, and the loaders kept
 * on {@code self} ({@link PartialApplications}) are followed to their calls by the same reading.
 */
final class ClassAttributes {
  private final Function<SyntaxNode, ScopeIndex> scopes;
  private final ClassHierarchy classes;

  ClassAttributes(Function<SyntaxNode, ScopeIndex> scopes, ClassHierarchy classes) {
    this.scopes = scopes;
    this.classes = classes;
  }

  /**
   * What a class binds {@code name} to, in its body and as {@code self.name}/{@code cls.name} in
   * its methods; or null. Both count: an instance's own attribute hides the class's only once a
   * method has set it, so a class-level {@code model = None} beside {@code self.model = ...} in
   * {@code __init__} is the placeholder the method fills in, not the one value.
   */
  List<SyntaxNode> bindings(SyntaxNode owner, String name) {
    ScopeIndex index = scopes.apply(owner);
    List<SyntaxNode> body = index.bindings(name);
    List<SyntaxNode> methods = index.selfBindings(name);
    if (body == null || methods == null) {
      return body != null ? body : methods;
    }
    List<SyntaxNode> both = new ArrayList<>(body);
    both.addAll(methods);
    return both;
  }

  /** What {@code type} binds {@code name} to, else its nearest base class of the file; null when none does. */
  List<SyntaxNode> lookup(SyntaxNode type, String name) {
    List<SyntaxNode> values = bindings(type, name);
    if (values != null) {
      return values;
    }
    for (SyntaxNode base : classes.basesOf(type)) {
      List<SyntaxNode> bound = bindings(base, name);
      if (bound != null) {
        return bound;
      }
    }
    return null;
  }

  /** The classes {@code self} may be an instance of in a method of {@code owner}: it and its subclasses in the file. */
  List<SyntaxNode> family(SyntaxNode owner) {
    List<SyntaxNode> family = new ArrayList<>();
    family.add(owner);
    family.addAll(classes.subclassesOf(owner));
    return family;
  }

  /**
   * Every value {@code self.name} may hold in a method of {@code owner}: what each class of its
   * {@link #family} binds {@code name} to, or inherits. Null when no class of the family has
   * such an attribute.
   */
  List<SyntaxNode> selfValues(SyntaxNode owner, String name) {
    List<SyntaxNode> values = null;
    for (SyntaxNode type : family(owner)) {
      List<SyntaxNode> own = lookup(type, name);
      if (own != null) {
        values = values == null ? new ArrayList<>() : values;
        values.addAll(own);
      }
    }
    return values;
  }
}
