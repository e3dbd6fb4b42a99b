package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.function.Function;

/**
 * Whether a function around a use binds the name itself, so that the file's import of that name
 * does not reach the use: {@code def run(pipeline): pipeline(prompt)} calls whatever the caller
 * passed, and {@code for pipeline in stages: pipeline(x)} each stage, not transformers' loader.
 * Python makes a name a function binds anywhere in its body (a parameter, an assignment, a loop
 * or {@code with} target) local to the whole function, and the functions nested in it see that
 * binding, not the module's ({@link NameOwner}). A function that imports the name itself, whatever
 * else it binds to it, or takes it as a parameter defaulting to the import, leaves the use to that
 * import ({@link NameOwner#byImport}); and a class the function defines under the name may
 * subclass a library class, which the extractor reads as that class. The module's own bindings
 * are the import table's to read ({@link ImportTable#qualify}), and a class body's names hide
 * nothing here.
 */
final class ImportShadows {
  private ImportShadows() {
  }

  /** Whether a function around {@code use} binds {@code name} other than by importing it. */
  static boolean hidden(SyntaxNode use, String name, PythonSource source, Function<SyntaxNode, ScopeIndex> scopes) {
    ScopeIndex owner = NameOwner.of(use, name, source, scopes);
    if (owner == null || !owner.scope().type().equals("function_definition")) {
      return false;
    }
    boolean localClass = !owner.hasParameter(name) && owner.classNamed(name) != null;
    return !localClass && !NameOwner.byImport(owner, name, source);
  }
}
