package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * The scope a name used at a node belongs to, by Python's rule: the innermost scope around the
 * use that binds the name anywhere in its own body or takes it as a parameter. A class body is
 * seen only by uses directly in it (not by its methods), and a function that declares the name
 * {@code global} or {@code nonlocal} gives its assignments to the outer name, so the lookup
 * passes it over. No owner means the name is a builtin (or unbound).
 *
 * <p>This is the question "which binding does this name mean", asked where the answer decides
 * whether an import or a builtin reaches a use ({@link ImportShadows}, {@link ProcessExits}). The
 * evaluator's own lookup of values, and {@link CallSites}' of the calls that reach a def, keep a
 * function's {@code global} assignments with the function ({@link #indexing}), since
 * {@link ScopeIndex} indexes them there and the values are what they want.
 */
final class NameOwner {
  private NameOwner() {
  }

  /** The scope {@code name} at {@code use} belongs to, or null when no scope around binds it. */
  static ScopeIndex of(SyntaxNode use, String name, PythonSource source, Function<SyntaxNode, ScopeIndex> scopes) {
    return lookup(use, name, scopes, source);
  }

  /**
   * The scope whose {@link ScopeIndex} holds the bindings {@code name} at {@code use} reads: as
   * {@link #of}, but a function's {@code global} or {@code nonlocal} assignments stay its own, as
   * the index keeps them there (the evaluator's lookup of values, and of the calls that reach a def).
   */
  static ScopeIndex indexing(SyntaxNode use, String name, Function<SyntaxNode, ScopeIndex> scopes) {
    return lookup(use, name, scopes, null);
  }

  /** The lookup of both: {@code source} null keeps declared-outer names with the function. */
  private static ScopeIndex lookup(SyntaxNode use, String name, Function<SyntaxNode, ScopeIndex> scopes,
      PythonSource source) {
    List<SyntaxNode> chain = Ancestry.scopeChain(use);
    for (int i = 0; i < chain.size(); i++) {
      SyntaxNode scope = chain.get(i);
      if (i > 0 && scope.type().equals("class_definition")) {
        continue; // class bodies are not visible from their methods
      }
      ScopeIndex index = scopes.apply(scope);
      boolean binds = index.hasParameter(name) || index.bindings(name) != null;
      if (binds && (source == null || !(scope.type().equals("function_definition") && declaresOuter(scope, name, source)))) {
        return index;
      }
    }
    return null;
  }

  /**
   * Whether {@code owner} binds {@code name} only by importing it, as far as a use can tell: some
   * import of its own binds it (try: import x / except: x = None; import x then x = x.load(...)
   * — the import table reads such a scope's import as what the use reaches), or a parameter's
   * default is the outer name itself ({@code def fetch(download=download)}: the import unless a
   * caller passes another). A parameter without that default, or only other bindings, is not.
   */
  static boolean byImport(ScopeIndex owner, String name, PythonSource source) {
    if (owner.hasParameter(name)) {
      SyntaxNode fallback = owner.parameterDefault(name);
      return fallback != null && fallback.type().equals("identifier") && source.textEquals(fallback, name);
    }
    List<SyntaxNode> values = owner.bindings(name);
    return values != null && values.stream().anyMatch(NameOwner::isImportClause);
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
