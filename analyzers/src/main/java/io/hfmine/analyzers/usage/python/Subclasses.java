package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The subclasses a file declares of one of its classes: a base class's method runs on instances
 * of each of them, so what they bind {@code x} to are values its {@code self.x} can hold. Only
 * module-level classes naming a base by its plain name count, followed down the hierarchy
 * (subclasses of subclasses); each class's are looked for once per file.
 */
final class Subclasses {
  /** Most subclasses of one class searched for values of its attributes. */
  private static final int MAX_SUBCLASSES = 64;

  private final PythonSource source;
  /** Per class (by its start byte): its subclasses in the file, found on first use. */
  private final Map<Integer, List<SyntaxNode>> byClass = new HashMap<>();

  Subclasses(PythonSource source) {
    this.source = source;
  }

  /** The module-level classes of the file that derive from {@code owner} by its plain name, directly or not. */
  List<SyntaxNode> of(SyntaxNode owner) {
    return byClass.computeIfAbsent(owner.start(), start -> {
      SyntaxNode module = owner;
      while (module.parent() != null) {
        module = module.parent();
      }
      List<SyntaxNode> classes = new ArrayList<>();
      for (SyntaxNode statement : module.namedChildren()) {
        SyntaxNode definition = statement.type().equals("decorated_definition") ? statement.field("definition") : statement;
        if (definition != null && definition.type().equals("class_definition") && definition.start() != owner.start()) {
          classes.add(definition);
        }
      }
      List<SyntaxNode> found = new ArrayList<>();
      Set<String> bases = new LinkedHashSet<>();
      SyntaxNode ownerName = owner.field("name");
      if (ownerName != null) {
        bases.add(source.text(ownerName));
      }
      boolean grew = true;
      while (grew && found.size() < MAX_SUBCLASSES) {
        grew = false;
        for (SyntaxNode candidate : classes) {
          SyntaxNode candidateName = candidate.field("name");
          if (candidateName == null || found.contains(candidate) || !derivesFrom(candidate, bases)) {
            continue;
          }
          found.add(candidate);
          bases.add(source.text(candidateName));
          grew = true;
        }
      }
      return found;
    });
  }

  private boolean derivesFrom(SyntaxNode definition, Set<String> bases) {
    SyntaxNode superclasses = definition.field("superclasses");
    if (superclasses == null) {
      return false;
    }
    for (SyntaxNode base : superclasses.namedChildren()) {
      if (base.type().equals("identifier") && bases.contains(source.text(base))) {
        return true;
      }
    }
    return false;
  }
}
