package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The names a project module binds to one string for good, so that another file's
 * {@code from config import MODEL_NAME} can read it ({@link LocalModules}), and those it binds
 * for good to a list of strings ({@code NETS = ["a", "b"]}, {@code ALL = NETS + OTHERS}), which a
 * test or a loop of that file reads as a collection ({@link StringLists}). Whatever another
 * module reads is the name's value after the whole module ran, so a name counts only when
 * nothing else in the module can rebind it: one assignment, a statement of the module's own body
 * (not inside an {@code if}, a loop or a {@code try}), of a plain string literal (or such a list);
 * no other binding of it anywhere at module level, no {@code global} of it in a function, no
 * walrus or {@code del} of it, no import of it, and no star import after it (which could bring it
 * again). A list's names ({@code NETS} in {@code NETS + OTHERS}) must be such constants of the
 * module too.
 */
record ModuleConstants(Map<String, String> strings, Map<String, List<String>> lists, Set<String> bound) {

  /** The module's constants, and every name it binds at module level (a star import of it may bring each). */
  static ModuleConstants read(SyntaxNode module, PythonSource source) {
    ScopeIndex index = ScopeIndex.build(module, source);
    ExpressionEvaluator literals = new ExpressionEvaluator(source, new ArgparseDefaults(),
        new ClickOptions(source, new ImportTable()));
    int[] lastStar = {-1};
    Set<String> rebound = reboundOtherwise(module, source, lastStar);
    Map<String, SyntaxNode> forGood = new HashMap<>();
    for (SyntaxNode statement : module.namedChildren()) {
      if (!statement.type().equals("expression_statement") || statement.namedChildCount() != 1) {
        continue;
      }
      SyntaxNode assignment = statement.namedChild(0);
      if (!assignment.type().equals("assignment")) {
        continue;
      }
      SyntaxNode left = assignment.field("left");
      SyntaxNode right = assignment.field("right");
      if (left == null || right == null || !left.type().equals("identifier")) {
        continue;
      }
      String name = source.text(left);
      List<SyntaxNode> values = index.bindings(name);
      if (values == null || values.size() != 1 || rebound.contains(name) || statement.start() < lastStar[0]) {
        continue;
      }
      forGood.put(name, right);
    }
    Function<SyntaxNode, SyntaxNode> constant = node -> node.type().equals("identifier")
        ? forGood.get(source.text(node)) : null;
    Function<SyntaxNode, String> string = node -> {
      SyntaxNode value = constant.apply(node);
      return literals.stringLiteral(value != null ? value : node);
    };
    StringLists collections = new StringLists(source, string, constant, clause -> null);
    Map<String, String> constants = new HashMap<>();
    Map<String, List<String>> lists = new HashMap<>();
    forGood.forEach((name, right) -> {
      String text = literals.stringLiteral(right);
      List<String> strings = text == null ? collections.of(right) : null;
      if (text != null) {
        constants.put(name, text);
      } else if (strings != null && !strings.isEmpty()) {
        lists.put(name, List.copyOf(strings));
      }
    });
    Set<String> bound = new HashSet<>(rebound);
    bound.addAll(index.boundNames());
    return new ModuleConstants(Map.copyOf(constants), Map.copyOf(lists), Set.copyOf(bound));
  }

  /**
   * Names bound anywhere in the module in ways that may rebind the module's name: imports (in a
   * function too, conservatively), {@code global} and {@code nonlocal} declarations, walrus
   * targets, {@code del}; and in
   * {@code lastStar} where the last star import starts.
   */
  private static Set<String> reboundOtherwise(SyntaxNode module, PythonSource source, int[] lastStar) {
    Set<String> names = new HashSet<>();
    Deque<SyntaxNode> pending = new ArrayDeque<>();
    pending.push(module);
    while (!pending.isEmpty()) {
      SyntaxNode node = pending.pop();
      switch (node.type()) {
        case "global_statement", "nonlocal_statement", "delete_statement" -> NameTargets.identifiers(node, source, names);
        case "named_expression" -> {
          SyntaxNode name = node.field("name");
          if (name != null) {
            names.add(source.text(name));
          }
        }
        case "import_statement", "import_from_statement" -> {
          ScopeIndex.importedNames(node, source, (name, place) -> names.add(name));
          for (SyntaxNode child : node.children()) {
            if (child.type().equals("wildcard_import")) {
              lastStar[0] = Math.max(lastStar[0], node.start());
            }
          }
          continue;
        }
        default -> { }
      }
      for (SyntaxNode child : node.namedChildren()) {
        pending.push(child);
      }
    }
    return names;
  }
}
