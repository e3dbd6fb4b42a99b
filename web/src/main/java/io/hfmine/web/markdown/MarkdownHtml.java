package io.hfmine.web.markdown;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders GitHub issue bodies, comments and model cards (Markdown from people we do not know) as
 * inert HTML with commonmark-java: raw HTML is shown as text, link targets keep only http(s) and
 * mailto ({@link SafeUrls}), links open outside without a referrer, and images become links (a
 * page never loads anything from elsewhere; every page works offline).
 */
public final class MarkdownHtml {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), StrikethroughExtension.create());
  /** Text beyond this is cut before parsing: a page stays readable and fast whatever a body holds. */
  static final int MAX_CHARS = 200_000;

  private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
  private final HtmlRenderer renderer = HtmlRenderer.builder()
      .extensions(EXTENSIONS)
      .escapeHtml(true)
      .sanitizeUrls(true)
      .urlSanitizer(new SafeUrls())
      .attributeProviderFactory(context -> new ExternalLinks())
      .nodeRendererFactory(ImageAsLink::new)
      .build();

  public String render(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "<p class=\"muted\">(empty)</p>";
    }
    String text = markdown.length() > MAX_CHARS ? markdown.substring(0, MAX_CHARS) + "\n\n[…cut]" : markdown;
    return renderer.render(parser.parse(text));
  }

  /** Links leave the application in a new tab, without a referrer or an opener. */
  private static final class ExternalLinks implements AttributeProvider {
    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
      if (node instanceof Link) {
        attributes.put("rel", "nofollow noopener noreferrer");
        attributes.put("target", "_blank");
      }
    }
  }

  /** An image as a link to it, so no page fetches third-party images. */
  private static final class ImageAsLink implements NodeRenderer {
    private final HtmlNodeRendererContext context;

    ImageAsLink(HtmlNodeRendererContext context) {
      this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Image.class);
    }

    @Override
    public void render(Node node) {
      Image image = (Image) node;
      HtmlWriter html = context.getWriter();
      Map<String, String> attributes = new java.util.LinkedHashMap<>();
      attributes.put("href", SafeUrls.safe(image.getDestination()));
      attributes.put("rel", "nofollow noopener noreferrer");
      attributes.put("target", "_blank");
      attributes.put("class", "image-link");
      html.tag("a", attributes);
      StringBuilder alt = new StringBuilder();
      for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof Text text) {
          alt.append(text.getLiteral());
        }
      }
      html.text("image: " + (alt.isEmpty() ? "(no description)" : alt));
      html.tag("/a");
    }
  }
}
