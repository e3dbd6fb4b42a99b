package io.hfmine.analyzers.usage.canonical;

import com.fasterxml.jackson.databind.JsonNode;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * timm's default pretrained tag per architecture ({@code resnet50} → {@code a1_in1k}), from
 * {@code config/timm-default-tags.yaml}: {@code create_model("resnet50", pretrained=True)} loads
 * {@code timm/resnet50.a1_in1k} from the Hub.
 */
public final class TimmDefaultTags {
  public static final String RESOURCE = "config/timm-default-tags.yaml";

  private final Map<String, String> tags;

  public TimmDefaultTags(Map<String, String> tags) {
    this.tags = Map.copyOf(tags);
  }

  public static TimmDefaultTags shipped() {
    try (InputStream in = TimmDefaultTags.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new ConfigException(RESOURCE + " is missing from the classpath");
      }
      JsonNode node = Config.yamlMapper().readTree(in).path("default-tags");
      if (!node.isObject()) {
        throw new ConfigException(RESOURCE + ": `default-tags` must map architecture to tag");
      }
      Map<String, String> map = new HashMap<>();
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        map.put(field.getKey(), field.getValue().asText());
      }
      return new TimmDefaultTags(map);
    } catch (IOException e) {
      throw new ConfigException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** The Hub id a timm name loads ({@code resnet50} or {@code resnet50.a1_in1k}), or null if the tag is unknown. */
  public String hubIdOf(String timmName) {
    int dot = timmName.indexOf('.');
    if (dot > 0) {
      return "timm/" + timmName;
    }
    String tag = tags.get(timmName);
    return tag == null ? null : "timm/" + timmName + "." + tag;
  }
}
