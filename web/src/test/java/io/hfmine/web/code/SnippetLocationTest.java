package io.hfmine.web.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetLocationTest {
  private static final String FILE = "import a\n\ndef f():\n    return load('x')\n\ndef g():\n    return load('x')\n";

  @Test
  void theFileGivesTheSnippetsFirstLineEvenWhenTheSameTextOccursTwice() {
    String snippet = "    return load('x')";
    assertThat(SnippetLocation.firstLine(FILE, snippet, 4, "load")).isEqualTo(4);
    assertThat(SnippetLocation.firstLine(FILE, snippet, 7, "load")).isEqualTo(7);
    assertThat(SnippetLocation.firstLine(FILE, "def g():\n    return load('x')", 7, "load")).isEqualTo(6);
  }

  @Test
  void withoutTheFileTheCalledNameLocatesTheCallLine() {
    assertThat(SnippetLocation.firstLine(null, "def g():\n    m = load('x')\n    return m", 12, "load")).isEqualTo(11);
  }

  @Test
  void anAmbiguousOrMissingCallNameNumbersNothing() {
    assertThat(SnippetLocation.firstLine(null, "load()\nload()", 12, "load")).isEqualTo(-1);
    assertThat(SnippetLocation.firstLine(null, "x = 1", 12, "load")).isEqualTo(-1);
    assertThat(SnippetLocation.calledName("transformers.AutoModel.from_pretrained")).isEqualTo("from_pretrained");
  }
}
