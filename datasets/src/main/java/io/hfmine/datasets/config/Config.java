package io.hfmine.datasets.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;

/**
 * The effective configuration: shipped defaults, overlaid by a user file, overlaid by flags.
 *
 * <p>Each area binds its own section to a record with {@link #section(String, Class)}, so the
 * YAML keys (kebab-case) stay the single place where defaults are written down.
 */
public final class Config {
  /** Classpath location of the shipped defaults (the repository's {@code config/hfmine.yaml}). */
  public static final String DEFAULTS = "config/hfmine.yaml";

  private static final ObjectMapper YAML = YAMLMapper.builder()
      .addModule(new JavaTimeModule())
      .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private final ObjectNode root;
  private final String origin;

  private Config(ObjectNode root, String origin) {
    this.root = root;
    this.origin = origin;
  }

  /** The shipped defaults alone. */
  public static Config defaults() {
    return new Config(readResource(DEFAULTS), DEFAULTS);
  }

  /** The shipped defaults overlaid by {@code userFile} when it is not null. */
  public static Config load(Path userFile) {
    Config config = defaults();
    return userFile == null ? config : config.overlay(readFile(userFile), userFile.toString());
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
    return new Config(copy, origin);
  }

  /** Binds the section at a dotted path to {@code type}; unknown keys are an error naming them. */
  public <T> T section(String dottedPath, Class<T> type) {
    JsonNode node = node(dottedPath);
    try {
      return YAML.treeToValue(node.isMissingNode() ? JsonNodeFactory.instance.objectNode() : node, type);
    } catch (JsonProcessingException e) {
      throw new ConfigException("configuration section '" + dottedPath + "' (" + origin + "): "
          + e.getOriginalMessage(), e);
    }
  }

  /** The raw node at a dotted path, or a missing node. */
  public JsonNode node(String dottedPath) {
    JsonNode node = root;
    for (String part : dottedPath.split("\\.")) {
      node = node.path(part);
    }
    return node;
  }

  /** SHA-256 of the effective configuration, recorded as provenance in exports. */
  public String sha256() {
    try {
      byte[] canonical = YAML.writeValueAsBytes(root);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (IOException | NoSuchAlgorithmException e) {
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

  private Config overlay(ObjectNode overrides, String from) {
    ObjectNode merged = root.deepCopy();
    merge(merged, overrides);
    return new Config(merged, from);
  }

  private static void merge(ObjectNode target, ObjectNode overrides) {
    Iterator<Map.Entry<String, JsonNode>> fields = overrides.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode existing = target.get(field.getKey());
      if (existing instanceof ObjectNode existingObject && field.getValue() instanceof ObjectNode object) {
        merge(existingObject, object);
      } else {
        target.set(field.getKey(), field.getValue());
      }
    }
  }

  private static ObjectNode readResource(String resource) {
    try (InputStream in = Config.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new ConfigException("shipped configuration " + resource + " is missing from the classpath");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode readFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("configuration file " + file + " does not exist");
    }
    try {
      return parse(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new ConfigException("cannot read configuration file " + file + ": " + e.getMessage(), e);
    }
  }

  private static ObjectNode parse(String yaml, String from) {
    try {
      JsonNode node = YAML.readTree(yaml);
      if (node == null || node.isMissingNode() || node.isNull()) {
        return JsonNodeFactory.instance.objectNode();
      }
      if (!(node instanceof ObjectNode object)) {
        throw new ConfigException(from + ": the top level must be a mapping of sections");
      }
      return object;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
      throw new ConfigException(from + where + ": " + e.getOriginalMessage(), e);
    }
  }

  /** The mapper that reads configuration files, for areas that load their own YAML data files. */
  public static ObjectMapper yamlMapper() {
    return YAML.copy();
  }
}
