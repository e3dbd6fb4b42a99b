package io.hfmine.analyzers.pick.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.pick.extract.AttributeValue;
import io.hfmine.analyzers.pick.extract.ModelMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddedTextTest {
  private static ModelMetadata model(String name, String function) {
    Map<String, List<AttributeValue>> attributes = new LinkedHashMap<>();
    attributes.put("name", List.of(AttributeValue.text(name, "hub:name", name)));
    attributes.put("task", List.of(AttributeValue.text("text-classification", "hub:pipeline_tag", "")));
    attributes.put("function", List.of(AttributeValue.text(function, "card:intro", "")));
    return new ModelMetadata("someone/" + name, attributes);
  }

  @Test
  void measuredResultsAreLeftOutOfTheEmbeddedText() {
    EmbeddedText text = new EmbeddedText(List.of("name", "task", "function"), 600);

    String embedded = text.of(model("distilbert_base-uncased-finetuned-sst2", """
        This model is a fine-tuned version of distilbert-base-uncased on the sst2 dataset.
        It achieves the following results on the evaluation set:
        - Validation Loss: 0.2931
        - Accuracy: 91.3 %
        Use it to rate film reviews, 2 labels."""));

    assertThat(embedded).isEqualTo("distilbert_base-uncased-finetuned-sst2. text-classification. This model is a fine-tuned "
        + "version of distilbert-base-uncased on the sst2 dataset. It achieves the following results on the evaluation "
        + "set: - - Use it to rate film reviews, 2 labels.");
  }

  @Test
  void numbersThatNameSomethingStay() {
    assertThat(EmbeddedText.compact("A 7b model for Python 3 code, version 2: faster"))
        .isEqualTo("A 7b model for Python 3 code, version 2: faster");
    assertThat(EmbeddedText.compact("Results - F1: 0.88; exact match: 81.2 and ROUGE-L: 40 on the dev split"))
        .isEqualTo("Results - ; on the dev split");
  }
}
