package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Calls that end the process, so that nothing after them runs: {@code sys.exit(...)} and {@code
 * os._exit(...)} through the file's imports ({@code import sys}, {@code import sys as system},
 * {@code from sys import exit}), and the builtins {@code exit(...)} and {@code quit(...)}. The name
 * called must mean the module or the builtin there: a scope around the call that binds it in
 * another way (a parameter called {@code sys}, a {@code def quit()} of the file, an import of
 * {@code exit} from elsewhere) makes the call end nothing that can be told, and so does a method
 * of the same name on anything else ({@code parser.exit()}, {@code self.quit()}).
 *
 * <p>One per file: the file's imports are read on the first call that may end the process, found
 * by the word {@code import} as the extractor finds them.
 */
final class ProcessExits {
  private static final Set<String> ENDING = Set.of("sys.exit", "os._exit");
  private static final Set<String> BUILTINS = Set.of("exit", "quit");

  private final PythonSource source;
  private ImportTable imports;
  /** Where the file binds each name asked about. */
  private final Map<String, List<Binding>> bindings = new HashMap<>();

  ProcessExits(PythonSource source) {
    this.source = source;
  }

  /** Whether {@code statement} is a call, standing alone, that ends the process. */
  boolean endsProcess(SyntaxNode statement) {
    if (!statement.type().equals("expression_statement") || statement.namedChildCount() != 1) {
      return false;
    }
    SyntaxNode call = statement.namedChild(0);
    SyntaxNode function = call.type().equals("call") ? call.field("function") : null;
    String dotted = function == null ? null : ApiSequence.dottedName(function, source);
    String last = dotted == null ? null : dotted.substring(dotted.lastIndexOf('.') + 1);
    if (last == null || !(last.equals("exit") || last.equals("_exit") || last.equals("quit"))) {
      return false; // the common case, decided without reading the imports
    }
    String qualified = imports(call).qualify(dotted, call);
    String head = dotted.contains(".") ? dotted.substring(0, dotted.indexOf('.')) : dotted;
    if (qualified != null) {
      return ENDING.contains(qualified) && !boundAround(call, head, false);
    }
    return BUILTINS.contains(dotted) && !boundAround(call, head, true);
  }

  private ImportTable imports(SyntaxNode at) {
    if (imports == null) {
      List<Integer> words = new ArrayList<>();
      new NameScanner(List.of("import")).forEachOccurrence(source.bytes(), 0, source.bytes().length,
          (n, offset) -> words.add(offset));
      imports = ImportTable.read(root(at), source, words);
    }
    return imports;
  }

  /**
   * Whether a scope around {@code at} binds {@code name}: by any binding, or ({@code imports}
   * false) by any but an import, the module's or the function's own that {@link ImportTable}
   * already read.
   */
  private boolean boundAround(SyntaxNode at, String name, boolean imports) {
    List<SyntaxNode> around = Ancestry.scopeChain(at);
    for (Binding binding : bindings.computeIfAbsent(name, n -> bindingsOf(at, n))) {
      int place = around.indexOf(binding.scope());
      boolean visible = place == 0 || (place > 0 && !binding.scope().type().equals("class_definition"));
      if (visible && (imports || !binding.byImport())) {
        return true;
      }
    }
    return false;
  }

  /** Where a name is bound: the scope the binding belongs to, and whether an import binds it. */
  private record Binding(SyntaxNode scope, boolean byImport) {
  }

  /** Every binding of {@code name} in the file ({@link NameTargets#isBinding}). */
  private List<Binding> bindingsOf(SyntaxNode at, String name) {
    SyntaxNode root = root(at);
    List<Binding> found = new ArrayList<>();
    new NameScanner(List.of(name)).forEachOccurrence(source.bytes(), 0, source.bytes().length, (n, offset) -> {
      SyntaxNode node = root.descendantForByteRange(offset, offset + name.length());
      if (node == null || !node.type().equals("identifier") || !NameTargets.isBinding(node)) {
        return;
      }
      List<SyntaxNode> chain = Ancestry.scopeChain(node);
      SyntaxNode parent = node.parent();
      boolean definitionName = "name".equals(node.fieldName())
          && (parent.type().equals("function_definition") || parent.type().equals("class_definition"));
      int own = definitionName ? 1 : 0; // a def's name is bound in the scope around the def
      if (own < chain.size()) {
        found.add(new Binding(chain.get(own), isInImport(node)));
      }
    });
    return found;
  }

  private static boolean isInImport(SyntaxNode node) {
    for (SyntaxNode current = node.parent(); current != null; current = current.parent()) {
      String type = current.type();
      if (type.equals("import_statement") || type.equals("import_from_statement")) {
        return true;
      }
      if (!type.equals("dotted_name") && !type.equals("aliased_import")) {
        return false;
      }
    }
    return false;
  }

  private static SyntaxNode root(SyntaxNode node) {
    SyntaxNode root = node;
    while (root.parent() != null) {
      root = root.parent();
    }
    return root;
  }
}
