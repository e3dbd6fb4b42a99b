package io.hfmine.analyzers.pick.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A model's card, parsed lazily: each piece is worked out once and only when a source asks for it. */
final class CardView {
  private final ModelSource source;
  private List<CardSections.Section> sections;
  private String plainBody;
  private ModelIndexEntries modelIndex;
  private SafetensorsSizes safetensors;

  CardView(ModelSource source) {
    this.source = source;
  }

  ModelSource source() {
    return source;
  }

  JsonNode header() {
    return source.header();
  }

  String body() {
    return source.body() == null ? "" : source.body();
  }

  List<CardSections.Section> sections() {
    if (sections == null) {
      sections = CardSections.of(body());
    }
    return sections;
  }

  String plainBody() {
    if (plainBody == null) {
      plainBody = MarkdownText.plain(body());
    }
    return plainBody;
  }

  ModelIndexEntries modelIndex() {
    if (modelIndex == null) {
      modelIndex = ModelIndexEntries.of(source.header());
    }
    return modelIndex;
  }

  SafetensorsSizes safetensors() {
    if (safetensors == null) {
      safetensors = SafetensorsSizes.parse(source.model().safetensors());
    }
    return safetensors;
  }
}
