package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The arguments of one call: positional nodes, keyword nodes by name, and any splats. */
record CallArguments(List<SyntaxNode> positional, Map<String, SyntaxNode> keywords, SyntaxNode splat) {

  static CallArguments of(SyntaxNode call, PythonSource source) {
    List<SyntaxNode> positional = new ArrayList<>();
    Map<String, SyntaxNode> keywords = new LinkedHashMap<>();
    SyntaxNode splat = null;
    SyntaxNode arguments = call.field("arguments");
    if (arguments != null && arguments.type().equals("argument_list")) {
      for (SyntaxNode argument : arguments.namedChildren()) {
        switch (argument.type()) {
          case "keyword_argument" -> {
            SyntaxNode name = argument.field("name");
            SyntaxNode value = argument.field("value");
            if (name != null && value != null) {
              keywords.put(source.text(name), value);
            }
          }
          case "list_splat", "dictionary_splat" -> splat = splat == null ? argument : splat;
          case "comment" -> { }
          default -> {
            if (splat == null || !splat.type().equals("list_splat")) {
              positional.add(argument);
            }
          }
        }
      }
    }
    return new CallArguments(positional, keywords, splat);
  }

  /** The argument at a keyword (preferred) or position, or null. */
  SyntaxNode find(Integer position, String keyword) {
    if (keyword != null && keywords.containsKey(keyword)) {
      return keywords.get(keyword);
    }
    if (position != null && position < positional.size()) {
      return positional.get(position);
    }
    return null;
  }
}
