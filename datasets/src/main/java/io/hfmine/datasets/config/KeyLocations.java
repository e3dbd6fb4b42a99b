package io.hfmine.datasets.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The line of every key of a YAML file, by dotted path ({@code hf.dedup.threshold}), so a bad
 * value can be reported where the user wrote it; a key given twice in one mapping is an error.
 */
final class KeyLocations {
  private static final YAMLFactory YAML = new YAMLFactory();

  private KeyLocations() {
  }

  /** Dotted path to "FILE line N" for every mapping key of {@code text}. */
  static Map<String, String> of(String text, String file) {
    Map<String, String> locations = new LinkedHashMap<>();
    Deque<Scope> scopes = new ArrayDeque<>();
    try (JsonParser parser = YAML.createParser(text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        switch (token) {
          case START_OBJECT -> scopes.push(new Scope(childPath(scopes), true));
          case START_ARRAY -> scopes.push(new Scope(childPath(scopes), false));
          case END_OBJECT, END_ARRAY -> {
            scopes.pop();
            if (!scopes.isEmpty()) {
              scopes.peek().key = null;
            }
          }
          case FIELD_NAME -> {
            Scope scope = scopes.peek();
            String key = parser.currentName();
            int line = parser.currentTokenLocation().getLineNr();
            String path = scope.path.isEmpty() ? key : scope.path + "." + key;
            Integer first = scope.lines.putIfAbsent(key, line);
            if (first != null) {
              throw new ConfigException(file + " line " + line + ": key '" + path + "' is given twice (also on line "
                  + first + "); remove one");
            }
            scope.key = key;
            locations.put(path, file + " line " + line);
          }
          default -> {
            if (!scopes.isEmpty()) {
              scopes.peek().key = null;
            }
          }
        }
      }
    } catch (IOException e) {
      // The tree reader reports malformed YAML with its line; locations are only a help.
      return locations;
    }
    return locations;
  }

  private static String childPath(Deque<Scope> scopes) {
    if (scopes.isEmpty()) {
      return "";
    }
    Scope parent = scopes.peek();
    // Keys inside lists are located by the list's own key.
    if (!parent.object || parent.key == null) {
      return parent.path;
    }
    return parent.path.isEmpty() ? parent.key : parent.path + "." + parent.key;
  }

  private static final class Scope {
    final String path;
    final boolean object;
    final Map<String, Integer> lines = new HashMap<>();
    String key;

    Scope(String path, boolean object) {
      this.path = path;
      this.object = object;
    }
  }
}
