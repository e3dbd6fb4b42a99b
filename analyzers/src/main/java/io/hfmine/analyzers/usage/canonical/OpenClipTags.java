package io.hfmine.analyzers.usage.canonical;

import com.fasterxml.jackson.databind.JsonNode;
import io.hfmine.datasets.config.ConfigException;
import java.util.HashMap;
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
    JsonNode table = ShippedTable.read(RESOURCE).path("pretrained");
    if (!table.isObject()) {
      throw new ConfigException(RESOURCE + ": `pretrained` must map architecture to {tag: Hub repository}");
    }
    Map<String, Map<String, String>> repositories = new HashMap<>();
    table.fields().forEachRemaining(architecture -> {
      if (!architecture.getValue().isObject()) {
        throw new ConfigException(RESOURCE + ": `pretrained." + architecture.getKey()
            + "` must map tag to Hub repository");
      }
      repositories.put(architecture.getKey(), ShippedTable.strings(architecture.getValue()));
    });
    return new OpenClipTags(repositories);
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
