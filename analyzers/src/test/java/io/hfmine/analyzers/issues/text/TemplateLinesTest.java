package io.hfmine.analyzers.issues.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateLinesTest {
  @Test
  void linesInManyOfAProjectsBodiesAreTemplateAndAreStrippedButFencesStay() {
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      bodies.add("**Describe the bug**\nCrash number " + i + "\n**Which pretrained model?**\n```\ncode " + i + "\n```");
    }

    TemplateLines template = TemplateLines.of(bodies, 0.2, 5);

    assertThat(template.contains("**Describe the bug**")).isTrue();
    assertThat(template.strip(bodies.get(3))).isEqualTo("Crash number 3\n```\ncode 3\n```\n");
  }

  @Test
  void aFewIssuesAreTooFewToTellATemplate() {
    TemplateLines template = TemplateLines.of(List.of("same line", "same line", "same line"), 0.2, 5);

    assertThat(template.size()).isZero();
  }
}
