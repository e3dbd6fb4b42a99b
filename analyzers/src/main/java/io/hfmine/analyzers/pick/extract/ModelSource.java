package io.hfmine.analyzers.pick.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.datasets.hf.CardFrontMatter;
import io.hfmine.datasets.hf.CardMetadata;
import io.hfmine.datasets.hf.ModelRecord;
import java.io.IOException;

/**
 * What a model's attributes are extracted from: its Hub record (tags, safetensors ...), the YAML
 * header of its card as JSON (null when there is none), the card's body, and the card's status.
 */
public record ModelSource(ModelRecord model, JsonNode header, String body, String cardStatus) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The source of a model and its card text (null when it has none). The header is the card's own
   * front matter when it parses, else the listing's {@code cardData}.
   */
  public static ModelSource of(ModelRecord model, String cardText, String cardStatus, CardFrontMatter parser) {
    JsonNode header = null;
    String body = null;
    if (cardText != null) {
      CardMetadata metadata = parser.read(cardText);
      if ("ok".equals(metadata.status()) && metadata.raw() != null) {
        header = json(metadata.raw());
      }
      body = CardFrontMatter.body(cardText);
    }
    if (header == null && model.cardData() != null) {
      header = json(model.cardData());
    }
    return new ModelSource(model, header, body, cardStatus);
  }

  private static JsonNode json(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }
}
