package io.hfmine.analyzers.usage.python;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The project's own Python modules below the directories {@code usage scan} was given, so that
 * {@code from settings import *} can bring in the names {@code settings.py} imports
 * ({@code from transformers import AutoModel}). Only star imports of modules found in those
 * trees are followed, and of each such module only its module-level imports are read (once per
 * run, shared by the threads); the extractor stays per file. A name a file imports by name
 * from such a module ({@code from config import MODEL_NAME}) takes the string the module binds
 * it to for good, if it does ({@link #constant}), or the strings of the list it so binds it to
 * ({@link #stringList}).
 *
 * <p>Where a module is looked for follows Python: a relative import ({@code from .common import
 * *}, {@code from .. import *}) from the importing file's package; an absolute one ({@code from
 * pkg.mod import *}) from the places a project's code is run with on {@code sys.path}: the
 * importing file's own folder (a script run directly), the folder above its outermost package
 * (folders with {@code __init__.py}), and the scanned directory. A module is {@code name.py} or
 * {@code name/__init__.py}. Nothing outside the scanned directories is ever read.
 */
public final class LocalModules {
  /** Most modules one star import is followed through (a star import of a star import ...). */
  static final int MAX_CHAIN = 16;

  private final List<Path> roots;
  private final long maxFileBytes;
  private final Map<Path, Optional<ModuleImports>> read = new ConcurrentHashMap<>();

  /**
   * @param directories the scanned directories (files given alone have no project around them)
   * @param maxFileBytes larger modules are not read (as {@code usage.max-file-bytes} skips them)
   */
  public LocalModules(List<Path> directories, long maxFileBytes) {
    List<Path> normalized = new ArrayList<>();
    for (Path directory : directories) {
      normalized.add(directory.toAbsolutePath().normalize());
    }
    this.roots = List.copyOf(normalized);
    this.maxFileBytes = maxFileBytes;
  }

  /**
   * What a module binds at module level through imports, the modules it star-imports, and the
   * names it binds to one string or to a list of strings for good and every name it binds at
   * module level ({@link ModuleConstants}).
   */
  record ModuleImports(Map<String, String> names, List<ImportTable.StarImport> stars, List<String> all,
      Map<String, String> constants, Map<String, List<String>> lists, Set<String> bound) {
  }

  /** What {@code from m import *} brings into a file: qualified names by local name, and library star modules. */
  record Exports(Map<String, String> names, List<String> libraryStars) {
    static final Exports NONE = new Exports(Map.of(), List.of());
  }

  /**
   * The names a star import of a project module brings into {@code importingFile}, following
   * that module's own star imports of project modules; NONE when the module is not in the
   * scanned trees.
   *
   * @param reader reads a module's imports from its bytes (the caller's parser)
   */
  Exports exports(String importingFile, ImportTable.StarImport star, Function<byte[], ModuleImports> reader) {
    Path from = Path.of(importingFile).toAbsolutePath().normalize();
    Path root = rootOf(from);
    if (root == null) {
      return Exports.NONE;
    }
    Map<String, String> names = new LinkedHashMap<>();
    Set<String> libraryStars = new LinkedHashSet<>();
    Set<Path> seen = new LinkedHashSet<>();
    collect(find(from, star, root), root, reader, names, libraryStars, seen);
    return names.isEmpty() && libraryStars.isEmpty() ? Exports.NONE : new Exports(names, List.copyOf(libraryStars));
  }

  /**
   * The string {@code name} holds in the project module {@code module} names for
   * {@code importingFile} ({@code from config import MODEL_NAME}, {@code from .settings import
   * MODEL}), found as a star import's module is; null when the module is not in the scanned
   * trees or does not bind the name to one string for good.
   */
  String constant(String importingFile, ImportTable.StarImport module, String name,
      Function<byte[], ModuleImports> reader) {
    ModuleImports imports = imported(importingFile, module, reader);
    return imports == null ? null : imports.constants().get(name);
  }

  /**
   * The strings of the list {@code name} holds in the project module {@code module} names for
   * {@code importingFile} ({@code from nets import SMALL_NETS}), found as {@link #constant}'s
   * module is; null when the module is not in the scanned trees or does not bind the name to a
   * list of strings for good.
   */
  List<String> stringList(String importingFile, ImportTable.StarImport module, String name,
      Function<byte[], ModuleImports> reader) {
    ModuleImports imports = imported(importingFile, module, reader);
    return imports == null ? null : imports.lists().get(name);
  }

  /** What the project module {@code module} names for {@code importingFile} binds; null when it is not in the scanned trees. */
  private ModuleImports imported(String importingFile, ImportTable.StarImport module,
      Function<byte[], ModuleImports> reader) {
    Path from = Path.of(importingFile).toAbsolutePath().normalize();
    Path root = rootOf(from);
    Path file = root == null ? null : find(from, module, root);
    return file == null ? null
        : read.computeIfAbsent(file, m -> Optional.ofNullable(readModule(m, reader))).orElse(null);
  }

  /**
   * The string {@code from m import *} in {@code importingFile} binds {@code name} to: the one
   * string the project module binds it to for good, or the one its own star imports of project
   * modules bring (the last that may bind it, as Python runs them); null when the module is not
   * in the scanned trees, does not export the name, or binds it to anything but one string.
   */
  String starConstant(String importingFile, ImportTable.StarImport star, String name,
      Function<byte[], ModuleImports> reader) {
    Path from = Path.of(importingFile).toAbsolutePath().normalize();
    Path root = rootOf(from);
    return root == null ? null : starConstant(find(from, star, root), root, name, reader, new LinkedHashSet<>());
  }

  private String starConstant(Path module, Path root, String name, Function<byte[], ModuleImports> reader,
      Set<Path> seen) {
    if (module == null || seen.size() >= MAX_CHAIN || !seen.add(module)) {
      return null;
    }
    ModuleImports imports = read.computeIfAbsent(module, m -> Optional.ofNullable(readModule(m, reader))).orElse(null);
    if (imports == null || !exported(name, imports.all())) {
      return null;
    }
    if (imports.bound().contains(name)) {
      return imports.constants().get(name);
    }
    List<ImportTable.StarImport> inner = imports.stars();
    for (int i = inner.size() - 1; i >= 0; i--) {
      Path found = find(module, inner.get(i), root);
      if (mayBind(found, root, name, reader, new LinkedHashSet<>(seen))) {
        return starConstant(found, root, name, reader, seen);
      }
    }
    return null;
  }

  /**
   * Whether {@code from m import *} in {@code importingFile} may bind {@code name}: false only
   * when the module is a project module that does not export it (left out of its
   * {@code __all__}, private, or bound by neither the module nor the project modules it
   * star-imports in turn); a module not in the scanned trees (a library) may bind anything.
   */
  boolean starMayBind(String importingFile, ImportTable.StarImport star, String name,
      Function<byte[], ModuleImports> reader) {
    Path from = Path.of(importingFile).toAbsolutePath().normalize();
    Path root = rootOf(from);
    return root == null || mayBind(find(from, star, root), root, name, reader, new LinkedHashSet<>());
  }

  private boolean mayBind(Path module, Path root, String name, Function<byte[], ModuleImports> reader,
      Set<Path> seen) {
    if (module == null || seen.size() >= MAX_CHAIN) {
      return true;
    }
    if (!seen.add(module)) {
      return false; // a cycle brings nothing new
    }
    ModuleImports imports = read.computeIfAbsent(module, m -> Optional.ofNullable(readModule(m, reader))).orElse(null);
    if (imports == null) {
      return true;
    }
    if (!exported(name, imports.all())) {
      return false;
    }
    if (imports.bound().contains(name)) {
      return true;
    }
    for (ImportTable.StarImport inner : imports.stars()) {
      if (mayBind(find(module, inner, root), root, name, reader, seen)) {
        return true;
      }
    }
    return false;
  }

  /** The names {@code module} (a project module's file, or null) exports, and its star imports' in turn. */
  private void collect(Path module, Path root, Function<byte[], ModuleImports> reader, Map<String, String> names,
      Set<String> libraryStars, Set<Path> seen) {
    if (module == null || !seen.add(module) || seen.size() > MAX_CHAIN) {
      return;
    }
    ModuleImports imports = read.computeIfAbsent(module, m -> Optional.ofNullable(readModule(m, reader))).orElse(null);
    if (imports == null) {
      return;
    }
    imports.names().forEach((local, qualified) -> {
      if (exported(local, imports.all())) {
        names.putIfAbsent(local, qualified);
      }
    });
    for (ImportTable.StarImport inner : imports.stars()) {
      Path found = find(module, inner, root);
      if (inner.level() == 0 && found == null) {
        libraryStars.add(inner.module());
      } else {
        collect(found, root, reader, names, libraryStars, seen);
      }
    }
  }

  /** Python's rule for {@code *}: the names of {@code __all__} when the module sets it, else every name not starting with {@code _}. */
  private static boolean exported(String name, List<String> all) {
    return all != null ? all.contains(name) : !name.startsWith("_");
  }

  private ModuleImports readModule(Path module, Function<byte[], ModuleImports> reader) {
    try {
      if (Files.size(module) > maxFileBytes) {
        return null;
      }
      return reader.apply(Files.readAllBytes(module));
    } catch (IOException | RuntimeException e) {
      return null; // an unreadable or unparsable module exports nothing; the importing file is still scanned
    }
  }

  /** The file of the module a star import names, as Python would find it, or null. */
  Path find(Path from, ImportTable.StarImport star, Path root) {
    Path folder = from.getParent();
    if (folder == null) {
      return null;
    }
    if (star.level() > 0) {
      Path base = folder;
      for (int i = 1; i < star.level() && base != null; i++) {
        base = base.getParent();
      }
      return base == null || !base.startsWith(root) ? null : moduleFile(base, star.module(), root);
    }
    if (star.module().isEmpty()) {
      return null;
    }
    for (Path searched : searchPath(folder, root)) {
      Path found = moduleFile(searched, star.module(), root);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The folders an absolute import is looked up in, in sys.path order. */
  private static List<Path> searchPath(Path folder, Path root) {
    Set<Path> path = new LinkedHashSet<>();
    path.add(folder);
    Path top = folder;
    while (top.startsWith(root) && !top.equals(root) && Files.isRegularFile(top.resolve("__init__.py"))) {
      top = top.getParent();
    }
    path.add(top);
    path.add(root);
    return List.copyOf(path);
  }

  private static Path moduleFile(Path base, String dotted, Path root) {
    Path target = base;
    if (!dotted.isEmpty()) {
      for (String part : dotted.split("\\.")) {
        target = target.resolve(part);
      }
    }
    List<Path> candidates = dotted.isEmpty() ? List.of(target.resolve("__init__.py"))
        : List.of(target.resolveSibling(target.getFileName() + ".py"), target.resolve("__init__.py"));
    for (Path candidate : candidates) {
      // A link could lead out of the checkout: only regular files inside it count.
      if (candidate.normalize().startsWith(root) && Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
        return candidate.normalize();
      }
    }
    return null;
  }

  private Path rootOf(Path file) {
    Path best = null;
    for (Path root : roots) {
      if (file.startsWith(root) && (best == null || root.getNameCount() > best.getNameCount())) {
        best = root;
      }
    }
    return best;
  }
}
