package io.hfmine.analyzers.usage.python;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treesitter.TSNode;

/** The arguments of one call: positional nodes, keyword nodes by name, and any splats. */
record CallArguments(List<TSNode> positional, Map<String, TSNode> keywords, TSNode splat) {

  static CallArguments of(TSNode call, PythonSource source) {
    List<TSNode> positional = new ArrayList<>();
    Map<String, TSNode> keywords = new LinkedHashMap<>();
    TSNode splat = null;
    TSNode arguments = PythonSource.field(call, "arguments");
    if (arguments != null && NodeMemo.type(arguments).equals("argument_list")) {
      for (TSNode argument : PythonSource.namedChildren(arguments)) {
        switch (NodeMemo.type(argument)) {
          case "keyword_argument" -> {
            TSNode name = PythonSource.field(argument, "name");
            TSNode value = PythonSource.field(argument, "value");
            if (name != null && value != null) {
              keywords.put(source.text(name), value);
            }
          }
          case "list_splat", "dictionary_splat" -> splat = splat == null ? argument : splat;
          case "comment" -> { }
          default -> {
            if (splat == null || !NodeMemo.type(splat).equals("list_splat")) {
              positional.add(argument);
            }
          }
        }
      }
    }
    return new CallArguments(positional, keywords, splat);
  }

  /** The argument at a keyword (preferred) or position, or null. */
  TSNode find(Integer position, String keyword) {
    if (keyword != null && keywords.containsKey(keyword)) {
      return keywords.get(keyword);
    }
    if (position != null && position < positional.size()) {
      return positional.get(position);
    }
    return null;
  }
}
