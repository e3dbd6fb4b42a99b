package io.hfmine.datasets.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns binding failures into one line naming the file, line and key: {@code study.yaml line 4: http.read-timeout-seconds: ...}. */
final class ConfigErrors {
  private static final Pattern LEADING_KEY = Pattern.compile("^(?:configuration: )?([a-z0-9-]+(?:\\.[a-z0-9-]+)+)\\b");

  private final Map<String, String> origins;
  private final JsonNode root;

  ConfigErrors(Map<String, String> origins, JsonNode root) {
    this.origins = origins;
    this.root = root;
  }

  String describe(String section, JsonMappingException e) {
    if (e instanceof ValueInstantiationException && e.getCause() != null && e.getCause().getMessage() != null) {
      return locate(section, e.getCause().getMessage());
    }
    String key = section + path(e);
    String problem;
    if (e instanceof UnrecognizedPropertyException unknown) {
      key = key.substring(0, Math.max(0, key.lastIndexOf('.')));
      List<String> known = new ArrayList<>(new TreeSet<>(unknown.getKnownPropertyIds().stream().map(Object::toString).toList()));
      return where(key + "." + unknown.getPropertyName()) + ": " + key + ": unknown key '" + unknown.getPropertyName() + "'"
          + didYouMean(unknown.getPropertyName(), known) + " (keys: " + String.join(", ", known) + ")";
    } else if (e instanceof InvalidFormatException invalid) {
      problem = "expected " + expected(invalid.getTargetType()) + ", got '" + invalid.getValue() + "'";
    } else if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
      JsonNode value = root;
      for (String part : key.split("\\.")) {
        value = value.path(part);
      }
      problem = (value.isMissingNode() ? "is missing; " : value.isNull() ? "has no value; " : "")
          + "expected " + expected(mismatched.getTargetType());
    } else {
      problem = firstLine(e.getOriginalMessage());
    }
    return where(key) + ": " + key + ": " + problem;
  }

  /** A record's own message (which starts with the dotted key it is about), placed where that key was written. */
  String locate(String section, String message) {
    String text = message == null ? "invalid value" : firstLine(message);
    Matcher key = LEADING_KEY.matcher(text);
    if (key.find()) {
      return where(key.group(1)) + ": " + text.substring(key.start(1));
    }
    return where(section) + ": " + section + ": " + text;
  }

  /** The place of a key, or of its nearest enclosing key that has one. */
  String where(String dottedPath) {
    String path = dottedPath;
    while (!path.isEmpty()) {
      String origin = origins.get(path);
      if (origin != null) {
        return origin;
      }
      int dot = path.lastIndexOf('.');
      path = dot < 0 ? "" : path.substring(0, dot);
    }
    return "configuration";
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        path.append('.').append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String expected(Class<?> type) {
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "text";
    }
    if (type.isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        names.add(enumName((Enum<?>) constant));
      }
      return "one of " + String.join(", ", names);
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (type.isRecord() || Map.class.isAssignableFrom(type)) {
      return "a mapping of keys (key: value lines under it)";
    }
    return type.getSimpleName();
  }

  private static String enumName(Enum<?> constant) {
    try {
      JsonProperty property = constant.getDeclaringClass().getField(constant.name()).getAnnotation(JsonProperty.class);
      if (property != null && !property.value().isEmpty()) {
        return property.value();
      }
    } catch (NoSuchFieldException e) {
      // an enum constant always has its field
    }
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** " (did you mean 'x'?)" for the closest name within two edits, else "". */
  static String didYouMean(String name, Collection<String> candidates) {
    String best = null;
    int bestDistance = 3;
    for (String candidate : candidates) {
      int distance = editDistance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    return best == null ? "" : " (did you mean '" + best + "'?)";
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  static String firstLine(String message) {
    if (message == null) {
      return "invalid value";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
