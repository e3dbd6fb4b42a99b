package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each imported name of a file stands for: {@code tf} → {@code transformers},
 * {@code AM} → {@code transformers.AutoModel}, plus {@code from m import *} modules.
 *
 * <p>Local classes inheriting from a library class are entered as that class, so
 * {@code MyNet.from_pretrained} is seen as {@code huggingface_hub.PyTorchModelHubMixin.from_pretrained}.
 */
final class ImportTable {
  private final Map<String, String> names = new HashMap<>();
  private final List<String> starModules = new ArrayList<>();
  private final List<StarImport> stars = new ArrayList<>();

  /**
   * {@code from m import *}: the module as written after its dots, and how many dots
   * ({@code from ..common import *} is {@code common} at level 2; 0 for an absolute import).
   */
  record StarImport(String module, int level) {
  }

  void add(SyntaxNode statement, PythonSource source) {
    String type = statement.type();
    if (type.equals("import_statement")) {
      for (SyntaxNode child : statement.namedChildren()) {
        if (child.type().equals("aliased_import")) {
          bindAlias(child, "", source);
        } else if (child.type().equals("dotted_name")) {
          String dotted = source.text(child);
          String head = dotted.contains(".") ? dotted.substring(0, dotted.indexOf('.')) : dotted;
          names.put(head, head);
        }
      }
    } else if (type.equals("import_from_statement")) {
      SyntaxNode module = statement.field("module_name");
      if (module != null && module.type().equals("relative_import")) {
        // Relative imports name the project's own modules: only a star import of one is kept,
        // for LocalModules to follow.
        if (hasWildcard(statement)) {
          stars.add(relativeStar(module, source));
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
        } else if ("name".equals(child.fieldName())) {
          if (childType.equals("aliased_import")) {
            bindAlias(child, prefix, source);
          } else if (childType.equals("dotted_name")) {
            String name = source.text(child);
            names.put(name, prefix + name);
          }
        }
      }
    }
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

  private void bindAlias(SyntaxNode aliased, String prefix, PythonSource source) {
    SyntaxNode name = aliased.field("name");
    SyntaxNode alias = aliased.field("alias");
    if (name != null && alias != null) {
      names.put(source.text(alias), prefix + source.text(name));
    }
  }

  /** Enters a local name as standing for a qualified one (local subclasses of library classes). */
  void alias(String localName, String qualifiedName) {
    names.putIfAbsent(localName, qualifiedName);
  }

  boolean isImported(String name) {
    return names.containsKey(name);
  }

  /** The qualified name of a dotted reference, or null when its head is not imported. */
  String qualify(String dotted) {
    int dot = dotted.indexOf('.');
    String head = dot < 0 ? dotted : dotted.substring(0, dot);
    String target = names.get(head);
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

  Map<String, String> names() {
    return names;
  }
}
