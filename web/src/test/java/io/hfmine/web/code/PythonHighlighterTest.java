package io.hfmine.web.code;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.usage.UsageSettings;
import io.hfmine.web.StudyFixture;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PythonHighlighterTest {
  private static PythonHighlighter highlighter;

  @BeforeAll
  static void open() {
    UsageSettings usage = UsageSettings.defaults();
    highlighter = new PythonHighlighter(usage.nativeDirectory(), usage.treeSitterBinding());
  }

  @AfterAll
  static void close() {
    highlighter.close();
  }

  @Test
  void tokensAreToldApartByTheGrammar() {
    List<String> lines = highlighter.lines(StudyFixture.FILE);
    assertThat(lines).hasSize(6);
    assertThat(lines.get(0)).isEqualTo("<span class=\"tok-kw\">import</span> torch");
    assertThat(lines.get(3)).contains("<span class=\"tok-kw\">def</span> <span class=\"tok-def\">load</span>",
        "<span class=\"tok-str\">&quot;cpu&quot;</span>");
    assertThat(lines.get(4)).contains("<span class=\"tok-call\">from_pretrained</span>",
        "<span class=\"tok-str\">&quot;acme/tiny&quot;</span>", "<span class=\"tok-cmt\"># the # is a comment</span>");
  }

  @Test
  void aHashInsideAStringIsPartOfTheStringNotAComment() {
    String line = highlighter.lines("x = \"#not a comment\"  # but this is").get(0);
    assertThat(line).contains("<span class=\"tok-str\">&quot;#not a comment&quot;</span>",
        "<span class=\"tok-cmt\"># but this is</span>");
  }

  @Test
  void markupInCodeIsEscapedAndMultiLineStringsStayHighlightedOnEveryLine() {
    List<String> lines = highlighter.lines("s = \"\"\"<script>\nalert(1)\n\"\"\"\nt = None");
    assertThat(String.join("\n", lines)).doesNotContain("<script>").contains("&lt;script&gt;");
    assertThat(lines.get(1)).isEqualTo("<span class=\"tok-str\">alert(1)</span>");
    assertThat(lines.get(3)).contains("<span class=\"tok-const\">None</span>");
  }

  @Test
  void sourceThatDoesNotParseIsStillShownLineByLine() {
    List<String> lines = highlighter.lines("def broken(:\n  <b>");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).contains("&lt;b&gt;");
  }
}
