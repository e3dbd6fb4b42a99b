package io.hfmine.datasets.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.hfmine.datasets.files.TextInput;
import io.hfmine.datasets.hashing.Hashes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The effective configuration: shipped defaults, overlaid by a user file, overlaid by flags.
 *
 * <p>Each area binds its own section to a record with {@link #section(String, Class)}, so the
 * YAML keys (kebab-case) stay the single place where defaults are written down. The whole file is
 * checked up front against the registry of sections ({@link ConfigSchema}); every error names
 * the file and line where the offending key was written.
 */
public final class Config {
  /** Classpath location of the shipped defaults (the repository's {@code config/hfmine.yaml}). */
  public static final String DEFAULTS = "config/hfmine.yaml";

  private static final ObjectMapper YAML = YAMLMapper.builder()
      .addModule(new JavaTimeModule())
      .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();

  private final ObjectNode root;
  private final Map<String, String> origins;
  // A configuration never changes (flags make a copy), so a section bound and checked once stays
  // right: the up-front check and the command that uses a section share one binding, and files a
  // check reads (a taxonomy, guidelines) are read once per run.
  private final Map<Binding, Object> bound = new ConcurrentHashMap<>();

  private record Binding(String dottedPath, Class<?> type) {
  }

  private Config(ObjectNode root, Map<String, String> origins) {
    this.root = root;
    this.origins = origins;
  }

  /** The shipped defaults alone. */
  public static Config defaults() {
    try (InputStream in = Config.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
      if (in == null) {
        throw new ConfigException("shipped configuration " + DEFAULTS + " is missing from the classpath");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shipped defaults overlaid by {@code userFile} when it is not null. */
  public static Config load(Path userFile) {
    Config config = defaults();
    return userFile == null ? config : config.overlay(fileOnly(userFile));
  }

  /** One file alone, without the shipped defaults. */
  static Config fileOnly(Path userFile) {
    if (!Files.isRegularFile(userFile)) {
      throw new ConfigException("configuration file " + userFile + " does not exist");
    }
    String text;
    try {
      text = TextInput.readString(userFile);
    } catch (IOException e) {
      throw new ConfigException("configuration " + e.getMessage(), e);
    }
    return parse(text, userFile.toString());
  }

  /** A copy with {@code value} set at a dotted path such as {@code hf.endpoint}; used for flags. */
  public Config with(String dottedPath, Object value) {
    ObjectNode copy = root.deepCopy();
    String[] parts = dottedPath.split("\\.");
    ObjectNode node = copy;
    for (int i = 0; i < parts.length - 1; i++) {
      JsonNode child = node.get(parts[i]);
      node = child instanceof ObjectNode object ? object : node.putObject(parts[i]);
    }
    node.set(parts[parts.length - 1], YAML.valueToTree(value));
    Map<String, String> where = new LinkedHashMap<>(origins);
    where.put(dottedPath, "the command line (" + dottedPath + ")");
    return new Config(copy, where);
  }

  /**
   * Binds the section at a dotted path to {@code type}: unknown keys, wrong types and values the
   * record refuses are errors naming the file, line and key. A record that implements
   * {@link ValidatedSettings} is checked further. A section bound once is not bound again: every
   * later call gets the same settings.
   */
  public <T> T section(String dottedPath, Class<T> type) {
    Binding binding = new Binding(dottedPath, type);
    Object held = bound.get(binding);
    if (held != null) {
      return type.cast(held);
    }
    T value = bind(dottedPath, type);
    Object first = bound.putIfAbsent(binding, value);
    return first == null ? value : type.cast(first);
  }

  private <T> T bind(String dottedPath, Class<T> type) {
    JsonNode node = node(dottedPath);
    T value;
    try {
      value = YAML.treeToValue(node.isMissingNode() || node.isNull() ? JsonNodeFactory.instance.objectNode() : node, type);
    } catch (JsonMappingException e) {
      throw new ConfigException(new ConfigErrors(origins, root).describe(dottedPath, e), e);
    } catch (JsonProcessingException e) {
      throw new ConfigException(where(dottedPath) + ": " + dottedPath + ": " + e.getOriginalMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(new ConfigErrors(origins, root).locate(dottedPath, e.getMessage()), e);
    }
    if (value instanceof ValidatedSettings validated) {
      try {
        validated.validate();
      } catch (IllegalArgumentException | ConfigException e) {
        throw new ConfigException(new ConfigErrors(origins, root).locate(dottedPath, e.getMessage()), e);
      }
    }
    return value;
  }

  /** Checks every section of the file against {@code schema}: see {@link ConfigSchema#check}. */
  public void validate(ConfigSchema schema) {
    schema.check(this);
  }

  /** The raw node at a dotted path, or a missing node. */
  public JsonNode node(String dottedPath) {
    JsonNode node = root;
    for (String part : dottedPath.split("\\.")) {
      node = node.path(part);
    }
    return node;
  }

  /** The names of the top-level sections present. */
  Iterator<String> sectionNames() {
    return root.fieldNames();
  }

  /** Where a key was written ("study.yaml line 4"), or its nearest enclosing key's place. */
  public String where(String dottedPath) {
    return new ConfigErrors(origins, root).where(dottedPath);
  }

  /** SHA-256 of the effective configuration, recorded as provenance in exports. */
  public String sha256() {
    try {
      return Hashes.sha256(YAML.writeValueAsBytes(root));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The effective configuration as YAML, for `hfmine config show` and replication packages. */
  public String toYaml() {
    try {
      return YAML.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Config overlay(Config user) {
    Map<String, String> overrideOrigins = user.origins;
    ObjectNode merged = root.deepCopy();
    merge(merged, user.root);
    Map<String, String> where = new LinkedHashMap<>();
    origins.forEach((path, origin) -> {
      if (!overridden(path, overrideOrigins)) {
        where.put(path, origin);
      }
    });
    where.putAll(overrideOrigins);
    return new Config(merged, where);
  }

  // A default's place no longer applies once the user replaced it or an enclosing key with a scalar.
  private static boolean overridden(String path, Map<String, String> overrideOrigins) {
    if (overrideOrigins.containsKey(path)) {
      return true;
    }
    for (String override : overrideOrigins.keySet()) {
      if (path.startsWith(override + ".")) {
        return true;
      }
    }
    return false;
  }

  private static void merge(ObjectNode target, ObjectNode overrides) {
    Iterator<Map.Entry<String, JsonNode>> fields = overrides.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode existing = target.get(field.getKey());
      if (existing instanceof ObjectNode existingObject && field.getValue() instanceof ObjectNode object) {
        merge(existingObject, object);
      } else if (existing instanceof ObjectNode && field.getValue().isNull()) {
        // "hf:" with nothing under it overrides nothing.
        continue;
      } else {
        target.set(field.getKey(), field.getValue());
      }
    }
  }

  private static Config parse(String yaml, String from) {
    // Locating the keys first finds a key given twice and names both lines.
    Map<String, String> origins = KeyLocations.of(yaml, from);
    try {
      JsonNode node = YAML.readTree(yaml);
      if (node == null || node.isMissingNode() || node.isNull()) {
        return new Config(JsonNodeFactory.instance.objectNode(), origins);
      }
      if (!(node instanceof ObjectNode object)) {
        throw new ConfigException(from + ": the top level must be a mapping of sections, got "
            + node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
      }
      return new Config(object, origins);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
      throw new ConfigException(from + where + ": " + ConfigErrors.firstLine(e.getOriginalMessage()), e);
    }
  }

  /** The mapper that reads configuration files, for areas that load their own YAML data files. */
  public static ObjectMapper yamlMapper() {
    return YAML.copy();
  }
}
