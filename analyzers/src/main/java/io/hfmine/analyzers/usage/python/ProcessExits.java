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
 * of the same name on anything else ({@code parser.exit()}, {@code self.quit()}). Which binding a
 * name means is {@link NameOwner}'s to say, as for the imports a loader's name may mean.
 *
 * <p>One per file: the file's imports are read on the first call that may end the process, found
 * by the word {@code import} as the extractor finds them.
 */
final class ProcessExits {
  private static final Set<String> ENDING = Set.of("sys.exit", "os._exit");
  private static final Set<String> BUILTINS = Set.of("exit", "quit");

  private final PythonSource source;
  /** Whether calls are read at all: the scopes this class indexes for itself are read without. */
  private final boolean reads;
  private ImportTable imports;
  /** The file's scopes by start, indexed for their bindings only. */
  private final Map<Integer, ScopeIndex> scopes = new HashMap<>();

  ProcessExits(PythonSource source) {
    this(source, true);
  }

  private ProcessExits(PythonSource source, boolean reads) {
    this.source = source;
    this.reads = reads;
  }

  /** Whether {@code statement} is a call, standing alone, that ends the process. */
  boolean endsProcess(SyntaxNode statement) {
    if (!reads || !statement.type().equals("expression_statement") || statement.namedChildCount() != 1) {
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
    ScopeIndex owner = NameOwner.of(call, head, source, this::scope);
    if (qualified != null) {
      return ENDING.contains(qualified) && (owner == null || NameOwner.byImport(owner, head, source));
    }
    return BUILTINS.contains(dotted) && owner == null;
  }

  /**
   * A scope indexed for what it binds. Which statements end the process decides only how far
   * each binding reaches, never which bindings there are, so the index is built without asking
   * (asking would index the same scope again, without end).
   */
  private ScopeIndex scope(SyntaxNode scope) {
    return scopes.computeIfAbsent(scope.start(), k -> ScopeIndex.build(scope, source, new ProcessExits(source, false)));
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

  private static SyntaxNode root(SyntaxNode node) {
    SyntaxNode root = node;
    while (root.parent() != null) {
      root = root.parent();
    }
    return root;
  }
}
