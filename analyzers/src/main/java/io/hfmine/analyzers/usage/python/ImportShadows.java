package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * Whether a function around a use binds the name itself, so that the file's import of that name
 * does not reach the use: {@code def run(pipeline): pipeline(prompt)} calls whatever the caller
 * passed, and {@code for pipeline in stages: pipeline(x)} each stage, not transformers' loader.
 * Python makes a name a function binds anywhere in its body (a parameter, an assignment, a loop
 * or {@code with} target) local to the whole function, and the functions nested in it see that
 * binding, not the module's. A function that imports the name itself, whatever else it binds to
 * it, leaves the use to that import ({@link ImportTable#qualify}); a {@code global} or {@code
 * nonlocal} declaration makes the function's assignments the outer name's; a parameter whose
 * default is the imported name itself ({@code def fetch(download=download)}) is the import unless
 * a caller passes another; and a class the function defines under the name may subclass a library
 * class, which the extractor reads as that class. A class body's names do not reach its methods,
 * so only functions are asked.
 */
final class ImportShadows {
  private ImportShadows() {
  }

  /** Whether a function around {@code use} binds {@code name} other than by importing it. */
  static boolean hidden(SyntaxNode use, String name, PythonSource source, Function<SyntaxNode, ScopeIndex> scopes) {
    for (SyntaxNode scope : Ancestry.scopeChain(use)) {
      if (!scope.type().equals("function_definition")) {
        continue;
      }
      ScopeIndex index = scopes.apply(scope);
      if (index.hasParameter(name)) {
        // def f(download=download): what the caller passes, else the import itself.
        SyntaxNode fallback = index.parameterDefault(name);
        return fallback == null || !fallback.type().equals("identifier") || !source.textEquals(fallback, name);
      }
      List<SyntaxNode> values = index.bindings(name);
      // A class the function defines under the name may subclass a library class, which the
      // extractor reads as that class (its own alias in the import table).
      if (values == null || index.classNamed(name) != null || declaresOuter(scope, name, source)) {
        continue;
      }
      // Imported here too (try: import x / except: x = None; import x then x = x.load(...)): the
      // function's own import is what the use reaches, as the import table reads it.
      return values.stream().noneMatch(ImportShadows::isImportClause);
    }
    return false;
  }

  /** The clause of an import statement that binds a name (what the scope index keeps as its value). */
  private static boolean isImportClause(SyntaxNode value) {
    SyntaxNode parent = value == null ? null : value.parent();
    String type = parent == null ? "" : parent.type();
    return type.equals("import_statement") || type.equals("import_from_statement");
  }

  /** Whether the function's own body (not a function nested in it) declares the name global or nonlocal. */
  private static boolean declaresOuter(SyntaxNode function, String name, PythonSource source) {
    SyntaxNode body = function.field("body");
    if (body == null) {
      return false;
    }
    Deque<SyntaxNode> pending = new ArrayDeque<>();
    pending.push(body);
    while (!pending.isEmpty()) {
      SyntaxNode node = pending.pop();
      String type = node.type();
      if (type.equals("global_statement") || type.equals("nonlocal_statement")) {
        for (SyntaxNode declared : node.namedChildren()) {
          if (declared.type().equals("identifier") && source.textEquals(declared, name)) {
            return true;
          }
        }
      } else if (!ScopeIndex.isScopeType(type) && (type.endsWith("_statement") || type.endsWith("_clause")
          || type.equals("block"))) {
        for (SyntaxNode child : node.namedChildren()) {
          pending.push(child);
        }
      }
    }
    return false;
  }
}
