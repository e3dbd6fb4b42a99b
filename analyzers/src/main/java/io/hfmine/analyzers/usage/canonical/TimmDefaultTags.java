package io.hfmine.analyzers.usage.canonical;

import com.fasterxml.jackson.databind.JsonNode;
import io.hfmine.datasets.config.ConfigException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * timm's default pretrained tag per architecture ({@code resnet50} → {@code a1_in1k}), from
 * {@code config/timm-default-tags.yaml}: {@code create_model("resnet50", pretrained=True)} loads
 * {@code timm/resnet50.a1_in1k} from the Hub. An old name timm still accepts
 * ({@code resmlp_24_distilled_224}, kept by its {@code register_model_deprecations}) loads the
 * current architecture and tag it maps to ({@code timm/resmlp_24_224.fb_distilled_in1k}), or
 * that architecture's default tag when the map gives none. An architecture timm registers with no
 * weights at all ({@code resnetblur18}, only an {@code untrained} placeholder) loads nothing.
 */
public final class TimmDefaultTags {
  public static final String RESOURCE = "config/timm-default-tags.yaml";

  private final Map<String, String> tags;
  private final Map<String, String> deprecated;
  private final Set<String> untrained;

  public TimmDefaultTags(Map<String, String> tags) {
    this(tags, Map.of(), Set.of());
  }

  /**
   * @param deprecated old name → the current {@code architecture[.tag]} timm builds for it
   * @param untrained architectures with no weights at all
   */
  public TimmDefaultTags(Map<String, String> tags, Map<String, String> deprecated, Set<String> untrained) {
    this.tags = Map.copyOf(tags);
    this.deprecated = Map.copyOf(deprecated);
    this.untrained = Set.copyOf(untrained);
  }

  public static TimmDefaultTags shipped() {
    JsonNode root = ShippedTable.read(RESOURCE);
    JsonNode node = root.path("default-tags");
    if (!node.isObject()) {
      throw new ConfigException(RESOURCE + ": `default-tags` must map architecture to tag");
    }
    JsonNode old = root.path("deprecated-names");
    if (!old.isMissingNode() && !old.isObject()) {
      throw new ConfigException(RESOURCE + ": `deprecated-names` must map an old name to architecture[.tag]");
    }
    JsonNode none = root.path("untrained");
    if (!none.isMissingNode() && !none.isArray()) {
      throw new ConfigException(RESOURCE + ": `untrained` must list architectures");
    }
    Set<String> untrained = new HashSet<>();
    none.forEach(name -> untrained.add(name.asText()));
    return new TimmDefaultTags(ShippedTable.strings(node), ShippedTable.strings(old), untrained);
  }

  /** Whether {@code create_model(name, pretrained=True)} loads no weights: timm has none for the architecture. */
  public boolean loadsNoWeights(String timmName) {
    if (timmName.indexOf('.') > 0) {
      return false;
    }
    String renamed = tags.containsKey(timmName) ? null : deprecated.get(timmName);
    return untrained.contains(renamed == null ? timmName : renamed);
  }

  /** The Hub id a timm name loads ({@code resnet50} or {@code resnet50.a1_in1k}), or null if the tag is unknown. */
  public String hubIdOf(String timmName) {
    String id = current(timmName);
    String renamed = id == null ? deprecated.get(timmName) : null;
    return renamed == null ? id : current(renamed);
  }

  /** The Hub id of a name as timm registers it today: with its tag, or with the architecture's default one. */
  private String current(String timmName) {
    if (timmName.indexOf('.') > 0) {
      return "timm/" + timmName;
    }
    String tag = tags.get(timmName);
    return tag == null ? null : "timm/" + timmName + "." + tag;
  }
}
