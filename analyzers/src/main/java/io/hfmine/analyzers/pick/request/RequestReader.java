package io.hfmine.analyzers.pick.request;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hfmine.analyzers.pick.constraint.Constraint;
import io.hfmine.analyzers.pick.constraint.ConstraintSettings;
import io.hfmine.analyzers.pick.license.LicenseTable;
import io.hfmine.analyzers.pick.template.AttributeKind;
import io.hfmine.analyzers.pick.template.AttributeSpec;
import io.hfmine.analyzers.pick.template.Template;
import io.hfmine.datasets.config.Config;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads requests written in the template, from YAML or JSON files or from a JSON object built from
 * command-line flags. Text and list attributes are matched; special attributes become constraints
 * ({@link ConstraintReader}). Every error names the request and the field.
 */
public final class RequestReader {
  private final Template template;
  private final ConstraintReader constraints;

  public RequestReader(Template template, LicenseTable licenses, ConstraintSettings settings) {
    this.template = template;
    this.constraints = new ConstraintReader(licenses, settings);
  }

  /** Reads a request file (YAML, of which JSON is a subset); its id defaults to the file name. */
  public PickRequest read(Path file) {
    RequestFile request = load(file);
    return parse(request.node(), file.toString(), idOf(file), request.places(file.toString()));
  }

  /**
   * A request file as read, before it is checked (flags may still be added to it), with the line
   * each top-level field starts on, so errors point at it.
   */
  public record RequestFile(ObjectNode node, Map<String, Integer> lines) {
    /** "FILE line N" of each field, as {@link #parse} names fields in errors. */
    public Map<String, String> places(String origin) {
      Map<String, String> places = new LinkedHashMap<>();
      lines.forEach((field, line) -> places.put(field, origin + " line " + line));
      return places;
    }
  }

  /** Reads a request file; YAML errors name the file and line. */
  public static RequestFile load(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new RequestException("cannot read request " + file + ": " + e.getMessage(), e);
    }
    ObjectMapper yaml = Config.yamlMapper();
    JsonNode node;
    Map<String, Integer> lines = new LinkedHashMap<>();
    try {
      node = yaml.readTree(text);
      try (JsonParser parser = yaml.createParser(text)) {
        int depth = 0;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
          if (token.isStructStart()) {
            depth++;
          } else if (token.isStructEnd()) {
            depth--;
          } else if (token == JsonToken.FIELD_NAME && depth == 1) {
            lines.putIfAbsent(parser.currentName(), parser.currentTokenLocation().getLineNr());
          }
        }
      }
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
      throw new RequestException(file + where + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new RequestException("cannot read request " + file + ": " + e.getMessage(), e);
    }
    if (!(node instanceof ObjectNode object)) {
      throw new RequestException(file + ": a request is a mapping of template attributes to values");
    }
    return new RequestFile(object, lines);
  }

  /** The id a request file gets when it does not name one: its file name without extension. */
  public static String idOf(Path file) {
    return file.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
  }

  /** A request from its JSON form; {@code origin} names it in errors. */
  public PickRequest parse(ObjectNode node, String origin, String defaultId) {
    return parse(node, origin, defaultId, Map.of());
  }

  /**
   * A request from its JSON form; errors name a field where {@code places} puts it ("FILE line 3",
   * "the command line"), else in {@code origin}.
   */
  public PickRequest parse(ObjectNode node, String origin, String defaultId, Map<String, String> places) {
    Map<String, List<String>> matched = new LinkedHashMap<>();
    List<Constraint> found = new ArrayList<>();
    String id = defaultId;
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String key = field.getKey();
      JsonNode value = field.getValue();
      if (value == null || value.isNull()) {
        continue;
      }
      if (key.equals("id")) {
        id = value.asText();
        continue;
      }
      if (key.equals("note")) {
        continue;
      }
      String where = places.getOrDefault(key, origin);
      AttributeSpec spec = template.attribute(key).orElseThrow(() -> new RequestException(where + ": field `" + key
          + "` is not a template attribute (attributes: " + String.join(", ", template.names()) + "; also id, note)"));
      try {
        if (spec.special()) {
          found.add(constraints.read(spec.name(), value));
        } else if (spec.kind() == AttributeKind.TEXT || spec.kind() == AttributeKind.LIST) {
          List<String> values = ConstraintReader.strings(value);
          if (!values.isEmpty()) {
            matched.put(key, values);
          }
        } else {
          throw new IllegalArgumentException("is neither matched nor checked (a " + spec.kind().name().toLowerCase()
              + " attribute that is not special); leave it out");
        }
      } catch (IllegalArgumentException e) {
        throw new RequestException(where + ": field `" + key + "`: " + e.getMessage(), e);
      }
    }
    if (matched.isEmpty() && found.isEmpty()) {
      throw new RequestException(origin + ": the request names no attribute to match or check");
    }
    ObjectNode json = node.deepCopy();
    json.put("id", id);
    return new PickRequest(id, matched, found, json);
  }
}
