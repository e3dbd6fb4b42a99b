package io.hfmine.web.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.web.StudyFixture;
import org.junit.jupiter.api.Test;

class MarkdownHtmlTest {
  private final MarkdownHtml markdown = new MarkdownHtml();

  @Test
  void rawHtmlInABodyIsShownAsTextNeverAsElements() {
    String html = markdown.render(StudyFixture.HOSTILE_BODY);
    assertThat(html).doesNotContain("<script", "<img", "onerror=\"", "<a href=\"javascript");
    assertThat(html).contains("&lt;script&gt;", "&lt;img src=x onerror=");
  }

  @Test
  void linksKeepOnlyHttpHttpsAndMailtoTargets() {
    String html = markdown.render(StudyFixture.HOSTILE_BODY);
    assertThat(html).doesNotContainIgnoringCase("href=\"javascript").doesNotContainIgnoringCase("href=\"data:");
    assertThat(html).containsPattern("<a [^>]*href=\"#\"[^>]*>click me</a>")
        .containsPattern("<a [^>]*rel=\"nofollow noopener noreferrer\"[^>]*>click me</a>");
    assertThat(markdown.render("[docs](https://huggingface.co/docs) [mail](mailto:a@b.org)"))
        .contains("href=\"https://huggingface.co/docs\"", "href=\"mailto:a@b.org\"");
  }

  @Test
  void schemesHiddenByCaseControlCharactersOrRelativeFormsBecomeInert() {
    assertThat(SafeUrls.safe("JaVaScRiPt:alert(1)")).isEqualTo("#");
    assertThat(SafeUrls.safe("java\tscript:alert(1)")).isEqualTo("#");
    assertThat(SafeUrls.safe(" javascript:alert(1)")).isEqualTo("#");
    assertThat(SafeUrls.safe("vbscript:msgbox")).isEqualTo("#");
    assertThat(SafeUrls.safe("//evil.example/x")).isEqualTo("#");
    assertThat(SafeUrls.safe("/annotate/save")).isEqualTo("#");
    assertThat(SafeUrls.safe("https:evil")).isEqualTo("#");
    assertThat(SafeUrls.safe("https://github.com/o/r/issues/1")).isEqualTo("https://github.com/o/r/issues/1");
  }

  @Test
  void imagesBecomeLinksSoNoPageLoadsThirdPartyImages() {
    String html = markdown.render("![a plot](https://example.org/plot.png)");
    assertThat(html).doesNotContain("<img").contains("class=\"image-link\"", "image: a plot",
        "href=\"https://example.org/plot.png\"");
  }

  @Test
  void codeBlocksTablesAndStrikethroughRender() {
    String html = markdown.render("```\nx = 1 < 2\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~");
    assertThat(html).contains("<pre><code>x = 1 &lt; 2", "<table>", "<del>old</del>");
  }
}
