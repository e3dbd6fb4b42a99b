package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The base classes a file declares for one of its classes, in the order an attribute is looked
 * up in them: a method's {@code self.x} that its own class binds nowhere is the nearest base's
 * {@code x}. Only module-level classes named as a base by their plain name count, followed up
 * the hierarchy depth first and left to right (Python's order for the single inheritance this
 * mostly is); each class's are looked for once per file.
 */
final class BaseClasses {
  /** Most base classes of one class searched for values of its attributes. */
  private static final int MAX_BASES = 64;

  private final PythonSource source;
  /** Per class (by its start byte): its bases in the file, nearest first, found on first use. */
  private final Map<Integer, List<SyntaxNode>> byClass = new HashMap<>();
  /** The module-level classes of the file by name (the last definition of a name), found on first use. */
  private Map<String, SyntaxNode> classes;

  BaseClasses(PythonSource source) {
    this.source = source;
  }

  /** The module-level classes of the file {@code owner} derives from by their plain names, nearest first. */
  List<SyntaxNode> of(SyntaxNode owner) {
    return byClass.computeIfAbsent(owner.start(), start -> {
      Map<String, SyntaxNode> named = classes(owner);
      List<SyntaxNode> found = new ArrayList<>();
      Set<Integer> seen = new HashSet<>(List.of(owner.start()));
      Deque<SyntaxNode> pending = new ArrayDeque<>(direct(owner, named));
      while (!pending.isEmpty() && found.size() < MAX_BASES) {
        SyntaxNode base = pending.pop();
        if (!seen.add(base.start())) {
          continue;
        }
        found.add(base);
        List<SyntaxNode> further = direct(base, named);
        for (int i = further.size() - 1; i >= 0; i--) {
          pending.push(further.get(i));
        }
      }
      return found;
    });
  }

  private List<SyntaxNode> direct(SyntaxNode definition, Map<String, SyntaxNode> named) {
    SyntaxNode superclasses = definition.field("superclasses");
    if (superclasses == null) {
      return List.of();
    }
    List<SyntaxNode> bases = new ArrayList<>();
    for (SyntaxNode base : superclasses.namedChildren()) {
      SyntaxNode found = base.type().equals("identifier") ? named.get(source.text(base)) : null;
      if (found != null) {
        bases.add(found);
      }
    }
    return bases;
  }

  private Map<String, SyntaxNode> classes(SyntaxNode any) {
    if (classes == null) {
      SyntaxNode module = any;
      while (module.parent() != null) {
        module = module.parent();
      }
      classes = new HashMap<>();
      for (SyntaxNode statement : module.namedChildren()) {
        SyntaxNode definition = statement.type().equals("decorated_definition") ? statement.field("definition") : statement;
        SyntaxNode name = definition == null ? null : definition.field("name");
        if (name != null && definition.type().equals("class_definition")) {
          classes.put(source.text(name), definition);
        }
      }
    }
    return classes;
  }
}
