package io.hfmine.analyzers.usage.canonical;

import com.fasterxml.jackson.databind.JsonNode;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * open_clip's pretrained tags that load from the Hub, from {@code config/open-clip-pretrained.yaml}:
 * {@code create_model_and_transforms("ViT-H-14", pretrained="laion2b_s32b_b79k")} downloads
 * {@code laion/CLIP-ViT-H-14-laion2B-s32B-b79K}. The pair is looked up as open_clip looks it up:
 * the architecture with {@code /} read as {@code -} ({@code ViT-B/32}), case kept; the tag lower-cased
 * with {@code -} read as {@code _}.
 */
public final class OpenClipTags {
  public static final String RESOURCE = "config/open-clip-pretrained.yaml";

  private final Map<String, Map<String, String>> repositories;

  /** @param repositories architecture → tag (as open_clip registers it) → Hub repository */
  public OpenClipTags(Map<String, Map<String, String>> repositories) {
    Map<String, Map<String, String>> copy = new HashMap<>();
    repositories.forEach((architecture, tags) -> copy.put(architecture, Map.copyOf(tags)));
    this.repositories = Map.copyOf(copy);
  }

  public static OpenClipTags shipped() {
    try (InputStream in = OpenClipTags.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new ConfigException(RESOURCE + " is missing from the classpath");
      }
      JsonNode table = Config.yamlMapper().readTree(in).path("pretrained");
      if (!table.isObject()) {
        throw new ConfigException(RESOURCE + ": `pretrained` must map architecture to {tag: Hub repository}");
      }
      Map<String, Map<String, String>> repositories = new HashMap<>();
      Iterator<Map.Entry<String, JsonNode>> architectures = table.fields();
      while (architectures.hasNext()) {
        Map.Entry<String, JsonNode> architecture = architectures.next();
        if (!architecture.getValue().isObject()) {
          throw new ConfigException(RESOURCE + ": `pretrained." + architecture.getKey()
              + "` must map tag to Hub repository");
        }
        Map<String, String> tags = new HashMap<>();
        architecture.getValue().fields().forEachRemaining(tag -> tags.put(tag.getKey(), tag.getValue().asText()));
        repositories.put(architecture.getKey(), tags);
      }
      return new OpenClipTags(repositories);
    } catch (IOException e) {
      throw new ConfigException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /**
   * The Hub repository an architecture loads with a tag, or null when open_clip has no such
   * pair (the tag is then a file path, or weights open_clip fetches from elsewhere).
   */
  public String hubIdOf(String architecture, String tag) {
    Map<String, String> tags = repositories.get(architecture.replace('/', '-'));
    return tags == null ? null : tags.get(tag.toLowerCase(Locale.ROOT).replace('-', '_'));
  }
}
