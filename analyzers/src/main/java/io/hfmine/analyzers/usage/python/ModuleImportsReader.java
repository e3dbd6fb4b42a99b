package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a project module binds at module level through imports, for a star import of it
 * ({@link LocalModules}): the import statements of the module's body, also inside its
 * top-level {@code if}/{@code try} blocks ({@code try: from transformers import AutoModel}),
 * never inside functions or classes; {@code __all__} when it is a list of string literals; and
 * the names it binds to one string, or a list of strings, for good ({@link ModuleConstants}), for
 * a named import of it.
 */
final class ModuleImportsReader {
  private static final int MAX_NESTING = 4;
  private static final Pattern STRING = Pattern.compile("[uU]?(\"|')(\\w+)\\1");

  private ModuleImportsReader() {
  }

  static LocalModules.ModuleImports read(SyntaxNode module, PythonSource source) {
    ImportTable imports = new ImportTable();
    List<String> all = new ArrayList<>();
    boolean[] allKnown = {false};
    visit(module, source, imports, all, allKnown, 0);
    ModuleConstants constants = ModuleConstants.read(module, source);
    return new LocalModules.ModuleImports(Map.copyOf(imports.names()), List.copyOf(imports.stars()),
        allKnown[0] ? List.copyOf(all) : null, constants.strings(), constants.lists(), constants.bound());
  }

  private static void visit(SyntaxNode body, PythonSource source, ImportTable imports, List<String> all,
      boolean[] allKnown, int nesting) {
    for (SyntaxNode statement : body.namedChildren()) {
      switch (statement.type()) {
        case "import_statement", "import_from_statement" -> imports.add(statement, source);
        case "expression_statement" -> dunderAll(statement, source, all, allKnown);
        case "if_statement", "try_statement", "else_clause", "elif_clause", "except_clause", "finally_clause",
             "block" -> {
          if (nesting < MAX_NESTING) {
            visit(statement, source, imports, all, allKnown, nesting + 1);
          }
        }
        default -> { }
      }
    }
  }

  /** {@code __all__ = ["A", "B"]}; any other form leaves the module exporting every public name. */
  private static void dunderAll(SyntaxNode statement, PythonSource source, List<String> all, boolean[] allKnown) {
    SyntaxNode assignment = statement.namedChildCount() == 1 ? statement.namedChild(0) : null;
    if (assignment == null || !assignment.type().equals("assignment")) {
      return;
    }
    SyntaxNode left = assignment.field("left");
    SyntaxNode right = assignment.field("right");
    if (left == null || right == null || !source.textEquals(left, "__all__")
        || !(right.type().equals("list") || right.type().equals("tuple"))) {
      return;
    }
    List<String> names = new ArrayList<>();
    for (SyntaxNode element : right.namedChildren()) {
      if (!element.type().equals("string")) {
        return;
      }
      Matcher literal = STRING.matcher(source.text(element));
      if (!literal.matches()) {
        return;
      }
      names.add(literal.group(2));
    }
    all.clear();
    all.addAll(names);
    allKnown[0] = true;
  }
}
