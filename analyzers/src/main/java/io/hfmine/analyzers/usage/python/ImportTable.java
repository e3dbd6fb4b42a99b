package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What each imported name of a file stands for: {@code tf} → {@code transformers},
 * {@code AM} → {@code transformers.AutoModel}, plus {@code from m import *} modules.
 *
 * <p>An import inside a function binds its names in that function (and the functions nested in
 * it) only, as Python scopes it: two functions that each import {@code AutoTokenizer}, one from
 * a mirror library and one from {@code transformers}, each call their own. An import in a class
 * body or a module-level block counts for the whole file.
 *
 * <p>Local classes inheriting from a library class are entered as that class, so
 * {@code MyNet.from_pretrained} is seen as {@code huggingface_hub.PyTorchModelHubMixin.from_pretrained}.
 */
final class ImportTable {
  private final Map<String, String> names = new HashMap<>();
  /** Names imported inside a function body, by the function's start byte. */
  private final Map<Integer, Map<String, String>> local = new HashMap<>();
  private final List<String> starModules = new ArrayList<>();
  private final List<StarImport> stars = new ArrayList<>();
  /** {@code from m import NAME} at module level, by local name, for a project module's constants. */
  private final Map<String, FromImport> fromImports = new HashMap<>();
  /** Local names bound by more than one import, or by one inside a function or class body. */
  private final Set<String> notFromOneModule = new HashSet<>();
  /** Where each star import's statement starts, in the order of {@link #stars}. */
  private final List<Integer> starStarts = new ArrayList<>();

  /**
   * {@code from m import *}: the module as written after its dots, and how many dots
   * ({@code from ..common import *} is {@code common} at level 2; 0 for an absolute import).
   */
  record StarImport(String module, int level) {
  }

  /** {@code from m import name}: the module (as a star import of it would name it) and the name taken from it. */
  record FromImport(StarImport module, String name, int at) {
  }

  /**
   * The imports of a file, read from where the word {@code import} stands in it ({@code
   * importWords}, byte offsets): the statement each such word belongs to, a few nodes up; a word
   * in a string, a comment or a longer name belongs to none.
   */
  static ImportTable read(SyntaxNode root, PythonSource source, Iterable<Integer> importWords) {
    ImportTable imports = new ImportTable();
    for (int offset : importWords) {
      SyntaxNode node = root.descendantForByteRange(offset, offset + "import".length());
      for (int hops = 0; node != null && hops <= 3; hops++, node = node.parent()) {
        String type = node.type();
        if (type.equals("import_statement") || type.equals("import_from_statement")) {
          imports.add(node, source);
          break;
        }
        if (type.equals("module") || type.equals("block")) {
          break;
        }
      }
    }
    return imports;
  }

  void add(SyntaxNode statement, PythonSource source) {
    SyntaxNode function = Ancestry.enclosingFunction(statement);
    Map<String, String> scopeNames = function == null ? this.names
        : local.computeIfAbsent(function.start(), start -> new HashMap<>());
    // An import in an except clause is the fallback for one that failed (`try: from transformers
    // import X` / `except ImportError: from local_models import X`): the name keeps what an
    // earlier import bound it to, so the library's calls stay the library's.
    BiConsumer<String, String> names = inExceptClause(statement, function) ? scopeNames::putIfAbsent : scopeNames::put;
    String type = statement.type();
    recordFromImport(statement, source, function == null && !inClassBody(statement));
    if (type.equals("import_statement")) {
      for (SyntaxNode child : statement.namedChildren()) {
        if (child.type().equals("aliased_import")) {
          bindAlias(child, "", source, names);
        } else if (child.type().equals("dotted_name")) {
          String dotted = source.text(child);
          String head = dotted.contains(".") ? dotted.substring(0, dotted.indexOf('.')) : dotted;
          names.accept(head, head);
        }
      }
    } else if (type.equals("import_from_statement")) {
      SyntaxNode module = statement.field("module_name");
      if (module != null && module.type().equals("relative_import")) {
        // Relative imports name the project's own modules: only a star import of one is kept,
        // for LocalModules to follow.
        if (hasWildcard(statement)) {
          stars.add(relativeStar(module, source));
          starStarts.add(statement.start());
        }
        return;
      }
      if (module == null || !module.type().equals("dotted_name")) {
        return;
      }
      String prefix = source.text(module) + ".";
      for (SyntaxNode child : statement.children()) {
        String childType = child.type();
        if (childType.equals("wildcard_import")) {
          starModules.add(source.text(module));
          stars.add(new StarImport(source.text(module), 0));
          starStarts.add(statement.start());
        } else if ("name".equals(child.fieldName())) {
          if (childType.equals("aliased_import")) {
            bindAlias(child, prefix, source, names);
          } else if (childType.equals("dotted_name")) {
            String name = source.text(child);
            names.accept(name, prefix + name);
          }
        }
      }
    }
  }

  /**
   * Keeps a module-level {@code from m import NAME [as local]} (absolute or relative); a name
   * bound by any other import, or by an import in a function or class body, is marked so that
   * no module's constant is taken for it.
   */
  private void recordFromImport(SyntaxNode statement, PythonSource source, boolean moduleLevel) {
    SyntaxNode written = statement.type().equals("import_from_statement") ? statement.field("module_name") : null;
    StarImport module = null;
    if (written != null && written.type().equals("relative_import")) {
      module = relativeStar(written, source);
    } else if (written != null && written.type().equals("dotted_name")) {
      module = new StarImport(source.text(written), 0);
    }
    StarImport origin = module;
    ScopeIndex.importedNames(statement, source, (local, clause) -> {
      SyntaxNode name = clause.type().equals("aliased_import") ? clause.field("name") : clause;
      if (name == null) {
        return;
      }
      String taken = source.text(name);
      FromImport entry = origin == null || taken.contains(".") ? null : new FromImport(origin, taken, statement.start());
      FromImport earlier = fromImports.get(local);
      if (!moduleLevel || entry == null
          || (earlier != null && !(earlier.module().equals(entry.module()) && earlier.name().equals(entry.name())))) {
        notFromOneModule.add(local);
      } else {
        fromImports.put(local, entry);
      }
    });
  }

  private static boolean inClassBody(SyntaxNode statement) {
    for (SyntaxNode current = statement.parent(); current != null; current = current.parent()) {
      if (current.type().equals("class_definition")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a name the file uses comes from when one module-level {@code from m import name} binds
   * it and no other import does; null otherwise.
   */
  FromImport fromImport(String local) {
    return notFromOneModule.contains(local) ? null : fromImports.get(local);
  }

  /** The star imports written after {@code at}: each may bind a name again that an import before it bound. */
  List<StarImport> starsAfter(int at) {
    List<StarImport> after = new ArrayList<>();
    for (int i = 0; i < stars.size(); i++) {
      if (starStarts.get(i) > at) {
        after.add(stars.get(i));
      }
    }
    return after;
  }

  private static boolean hasWildcard(SyntaxNode statement) {
    for (SyntaxNode child : statement.children()) {
      if (child.type().equals("wildcard_import")) {
        return true;
      }
    }
    return false;
  }

  private static StarImport relativeStar(SyntaxNode relative, PythonSource source) {
    int level = 0;
    String module = "";
    for (SyntaxNode child : relative.children()) {
      if (child.type().equals("import_prefix")) {
        level = (int) source.text(child).chars().filter(c -> c == '.').count();
      } else if (child.type().equals("dotted_name")) {
        module = source.text(child);
      }
    }
    return new StarImport(module, level);
  }

  private static void bindAlias(SyntaxNode aliased, String prefix, PythonSource source, BiConsumer<String, String> names) {
    SyntaxNode name = aliased.field("name");
    SyntaxNode alias = aliased.field("alias");
    if (name != null && alias != null) {
      names.accept(source.text(alias), prefix + source.text(name));
    }
  }

  private static boolean inExceptClause(SyntaxNode statement, SyntaxNode function) {
    for (SyntaxNode node = statement.parent(); node != null && node != function; node = node.parent()) {
      if (node.type().equals("except_clause")) {
        return true;
      }
    }
    return false;
  }

  /** Enters a local name as standing for a qualified one (local subclasses of library classes). */
  void alias(String localName, String qualifiedName) {
    names.putIfAbsent(localName, qualifiedName);
  }

  /**
   * The qualified name of a dotted reference at {@code at}, or null when its head is not
   * imported there: the imports of the functions around it, innermost first, then the file's.
   */
  String qualify(String dotted, SyntaxNode at) {
    int dot = dotted.indexOf('.');
    String head = dot < 0 ? dotted : dotted.substring(0, dot);
    String target = null;
    if (!local.isEmpty()) {
      for (SyntaxNode current = at.parent(); current != null && target == null; current = current.parent()) {
        if (current.type().equals("function_definition")) {
          Map<String, String> scope = local.get(current.start());
          target = scope == null ? null : scope.get(head);
        }
      }
    }
    if (target == null) {
      target = names.get(head);
    }
    if (target == null) {
      return null;
    }
    return dot < 0 ? target : target + dotted.substring(dot);
  }

  /** Modules imported with {@code *}: a bare name may come from any of them. */
  List<String> starModules() {
    return starModules;
  }

  /** Every star import, absolute and relative, in file order. */
  List<StarImport> stars() {
    return stars;
  }

  /** Adds a module whose names a star import brings in (a library module reached through a project module). */
  void addStarModule(String module) {
    if (!starModules.contains(module)) {
      starModules.add(module);
    }
  }

  /** The names imported at module level (and in class bodies). */
  Map<String, String> names() {
    return names;
  }

  /** Every import binding of the file, module-level and inside functions: a name may occur in several. */
  List<Map.Entry<String, String>> allBindings() {
    List<Map.Entry<String, String>> all = new ArrayList<>(names.entrySet());
    local.values().forEach(scope -> all.addAll(scope.entrySet()));
    return all;
  }
}
