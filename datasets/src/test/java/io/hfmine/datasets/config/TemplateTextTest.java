package io.hfmine.datasets.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTextTest {
  @Test
  void everyPlaceholderIsFilledOnceAndAValueIsNeverFilledInTurn() {
    String filled = TemplateText.fill("Title: {title}\nBody: {body}\nComments: {comments}",
        Map.of("title", "{body} in a title", "body", "costs $1 and {comments}", "comments", "(none)"));

    assertThat(filled).isEqualTo("Title: {body} in a title\nBody: costs $1 and {comments}\nComments: (none)");
  }

  @Test
  void aPlaceholderTheValuesDoNotNameStaysAsWritten() {
    assertThat(TemplateText.fill("{model} language:{language} {other} {", Map.of("model", "a/b", "language", "Python")))
        .isEqualTo("a/b language:Python {other} {");
  }
}
