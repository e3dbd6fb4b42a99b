package io.hfmine.analyzers.usage.python;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.treesitter.TSNode;

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

  void add(TSNode statement, PythonSource source) {
    String type = NodeMemo.type(statement);
    if (type.equals("import_statement")) {
      for (TSNode child : PythonSource.namedChildren(statement)) {
        if (NodeMemo.type(child).equals("aliased_import")) {
          bindAlias(child, "", source);
        } else if (NodeMemo.type(child).equals("dotted_name")) {
          String dotted = source.text(child);
          String head = dotted.contains(".") ? dotted.substring(0, dotted.indexOf('.')) : dotted;
          names.put(head, head);
        }
      }
    } else if (type.equals("import_from_statement")) {
      TSNode module = PythonSource.field(statement, "module_name");
      if (module == null || !NodeMemo.type(module).equals("dotted_name")) {
        return; // relative imports name the project's own modules
      }
      String prefix = source.text(module) + ".";
      int count = statement.getChildCount();
      for (int i = 0; i < count; i++) {
        TSNode child = statement.getChild(i);
        String childType = NodeMemo.type(child);
        if (childType.equals("wildcard_import")) {
          starModules.add(source.text(module));
        } else if ("name".equals(statement.getFieldNameForChild(i))) {
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

  private void bindAlias(TSNode aliased, String prefix, PythonSource source) {
    TSNode name = PythonSource.field(aliased, "name");
    TSNode alias = PythonSource.field(aliased, "alias");
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

  Map<String, String> names() {
    return names;
  }
}
