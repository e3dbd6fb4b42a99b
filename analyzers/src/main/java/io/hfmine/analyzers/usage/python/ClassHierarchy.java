package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The classes a file declares at module level and how they derive from each other by plain
 * name, both ways: a base class's method runs on instances of each of its subclasses, so what
 * they bind {@code x} to are values its {@code self.x} can hold; and a class that binds {@code x}
 * nowhere takes its nearest base's {@code x}. The file's classes are listed once, each class's
 * relatives looked for once.
 */
final class ClassHierarchy {
  /** Most subclasses, and most bases, of one class searched for values of its attributes. */
  private static final int MAX_RELATIVES = 64;

  private final PythonSource source;
  /** Per class (by its start byte): its subclasses in the file, found on first use. */
  private final Map<Integer, List<SyntaxNode>> subclasses = new HashMap<>();
  /** Per class (by its start byte): its bases in the file, nearest first, found on first use. */
  private final Map<Integer, List<SyntaxNode>> bases = new HashMap<>();
  /** The module-level class definitions, in file order, found on first use. */
  private List<SyntaxNode> classes;
  /** The same by name (the last definition of a name). */
  private Map<String, SyntaxNode> byName;

  ClassHierarchy(PythonSource source) {
    this.source = source;
  }

  /** The module-level classes of the file that derive from {@code owner} by its plain name, directly or not. */
  List<SyntaxNode> subclassesOf(SyntaxNode owner) {
    return subclasses.computeIfAbsent(owner.start(), start -> {
      List<SyntaxNode> found = new ArrayList<>();
      Set<String> names = new LinkedHashSet<>();
      SyntaxNode ownerName = owner.field("name");
      if (ownerName != null) {
        names.add(source.text(ownerName));
      }
      boolean grew = true;
      while (grew && found.size() < MAX_RELATIVES) {
        grew = false;
        for (SyntaxNode candidate : classes(owner)) {
          SyntaxNode candidateName = candidate.field("name");
          if (candidate.start() == owner.start() || candidateName == null || found.contains(candidate)
              || !derivesFrom(candidate, names)) {
            continue;
          }
          found.add(candidate);
          names.add(source.text(candidateName));
          grew = true;
        }
      }
      return found;
    });
  }

  /**
   * The module-level classes of the file {@code owner} derives from by their plain names, nearest
   * first: depth first, left to right (Python's order for the single inheritance this mostly is).
   */
  List<SyntaxNode> basesOf(SyntaxNode owner) {
    return bases.computeIfAbsent(owner.start(), start -> {
      classes(owner);
      List<SyntaxNode> found = new ArrayList<>();
      Set<Integer> seen = new HashSet<>(List.of(owner.start()));
      Deque<SyntaxNode> pending = new ArrayDeque<>(directBases(owner));
      while (!pending.isEmpty() && found.size() < MAX_RELATIVES) {
        SyntaxNode base = pending.pop();
        if (!seen.add(base.start())) {
          continue;
        }
        found.add(base);
        List<SyntaxNode> further = directBases(base);
        for (int i = further.size() - 1; i >= 0; i--) {
          pending.push(further.get(i));
        }
      }
      return found;
    });
  }

  private List<SyntaxNode> directBases(SyntaxNode definition) {
    List<SyntaxNode> found = new ArrayList<>();
    for (SyntaxNode base : plainBaseNames(definition)) {
      SyntaxNode named = byName.get(source.text(base));
      if (named != null) {
        found.add(named);
      }
    }
    return found;
  }

  private boolean derivesFrom(SyntaxNode definition, Set<String> names) {
    for (SyntaxNode base : plainBaseNames(definition)) {
      if (names.contains(source.text(base))) {
        return true;
      }
    }
    return false;
  }

  /** The bases a class names by a plain identifier ({@code class A(B, pkg.C)} gives {@code B}). */
  private static List<SyntaxNode> plainBaseNames(SyntaxNode definition) {
    SyntaxNode superclasses = definition.field("superclasses");
    if (superclasses == null) {
      return List.of();
    }
    List<SyntaxNode> names = new ArrayList<>();
    for (SyntaxNode base : superclasses.namedChildren()) {
      if (base.type().equals("identifier")) {
        names.add(base);
      }
    }
    return names;
  }

  private List<SyntaxNode> classes(SyntaxNode any) {
    if (classes == null) {
      SyntaxNode module = any;
      while (module.parent() != null) {
        module = module.parent();
      }
      classes = new ArrayList<>();
      byName = new HashMap<>();
      for (SyntaxNode statement : module.namedChildren()) {
        SyntaxNode definition = statement.type().equals("decorated_definition") ? statement.field("definition") : statement;
        if (definition != null && definition.type().equals("class_definition")) {
          classes.add(definition);
          SyntaxNode name = definition.field("name");
          if (name != null) {
            byName.put(source.text(name), definition);
          }
        }
      }
    }
    return classes;
  }
}
