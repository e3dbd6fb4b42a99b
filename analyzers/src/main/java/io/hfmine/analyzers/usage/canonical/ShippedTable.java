package io.hfmine.analyzers.usage.canonical;

import com.fasterxml.jackson.databind.JsonNode;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/** A YAML table shipped under {@code config/} on the classpath (aliases, timm's and open_clip's tags). */
final class ShippedTable {
  private ShippedTable() {
  }

  /** The table's document; a missing or unreadable resource is a configuration error naming it. */
  static JsonNode read(String resource) {
    try (InputStream in = ShippedTable.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new ConfigException(resource + " is missing from the classpath");
      }
      return Config.yamlMapper().readTree(in);
    } catch (IOException e) {
      throw new ConfigException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }

  /** A mapping's entries as text. */
  static Map<String, String> strings(JsonNode mapping) {
    Map<String, String> map = new HashMap<>();
    mapping.fields().forEachRemaining(field -> map.put(field.getKey(), field.getValue().asText()));
    return map;
  }
}
