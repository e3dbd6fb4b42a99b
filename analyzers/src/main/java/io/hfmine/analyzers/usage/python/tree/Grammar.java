package io.hfmine.analyzers.usage.python.tree;

import java.util.HashMap;
import java.util.Map;

/** The node-type and field names of one tree-sitter grammar, read once per parser. */
public final class Grammar {
  private static final String ERROR = "ERROR";

  private final String[] symbolNames;
  private final boolean[] named;
  private final String[] fieldNames;
  private final Map<String, Integer> fieldIds = new HashMap<>();

  /**
   * @param symbolNames name of each symbol id
   * @param named whether nodes of each symbol are named (not punctuation or keywords)
   * @param fieldNames name of each field id; index 0 is "no field" and may be null
   */
  Grammar(String[] symbolNames, boolean[] named, String[] fieldNames) {
    this.symbolNames = new String[symbolNames.length];
    for (int i = 0; i < symbolNames.length; i++) {
      // Interned: node types are compared all the time, and equal references compare at once.
      this.symbolNames[i] = symbolNames[i] == null ? "" : symbolNames[i].intern();
    }
    this.named = named.clone();
    this.fieldNames = fieldNames.clone();
    for (int i = 1; i < fieldNames.length; i++) {
      if (fieldNames[i] != null) {
        fieldIds.putIfAbsent(fieldNames[i], i);
      }
    }
  }

  /** The name of a symbol; tree-sitter's built-in error symbol (past the grammar's own) is ERROR. */
  String symbolName(int symbol) {
    return symbol < symbolNames.length ? symbolNames[symbol] : ERROR;
  }

  boolean isNamed(int symbol) {
    return symbol >= named.length || named[symbol];
  }

  /** The id of a field name, or -1 when the grammar has no such field. */
  int fieldId(String name) {
    Integer id = fieldIds.get(name);
    return id == null ? -1 : id;
  }

  /** The name of a field id, or null for 0 ("no field"). */
  String fieldName(int id) {
    return id <= 0 || id >= fieldNames.length ? null : fieldNames[id];
  }
}
