package io.hfmine.crawler.arxiv;

import io.hfmine.datasets.arxiv.ArxivIds;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads the Atom feed the arXiv API answers: one {@code entry} per paper, its id an abs URL with
 * version ({@code http://arxiv.org/abs/2305.06161v2}). Entries whose id is an API error
 * ({@code http://arxiv.org/api/errors#...}) are left out, as are ids the feed does not mention.
 * DTDs and external entities are refused: the feed is untrusted input.
 */
final class AtomFeed {
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private AtomFeed() {
  }

  /** Papers by bare id (version removed). */
  static Map<String, ArxivPaper> parse(String xml) throws IOException {
    Document document;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      document = builder.parse(new InputSource(new StringReader(xml)));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("the arXiv API answered something that is not an Atom feed: " + e.getMessage(), e);
    }
    Map<String, ArxivPaper> papers = new LinkedHashMap<>();
    NodeList entries = document.getElementsByTagNameNS(ATOM, "entry");
    for (int i = 0; i < entries.getLength(); i++) {
      Element entry = (Element) entries.item(i);
      String url = text(entry, "id");
      int abs = url.indexOf("/abs/");
      if (abs < 0) {
        continue;
      }
      String id = ArxivIds.normalise(url.substring(abs + 5));
      if (id == null) {
        continue;
      }
      List<String> categories = new ArrayList<>();
      NodeList categoryNodes = entry.getElementsByTagNameNS(ATOM, "category");
      for (int c = 0; c < categoryNodes.getLength(); c++) {
        String term = ((Element) categoryNodes.item(c)).getAttribute("term");
        if (!term.isBlank() && !categories.contains(term)) {
          categories.add(term);
        }
      }
      papers.put(id, new ArxivPaper(id, "ok", clean(text(entry, "title")), clean(text(entry, "summary")),
          instant(text(entry, "published")), instant(text(entry, "updated")), categories, null));
    }
    return papers;
  }

  private static String text(Element entry, String name) {
    NodeList nodes = entry.getElementsByTagNameNS(ATOM, name);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
  }

  // Titles and abstracts come hard-wrapped with indentation.
  private static String clean(String text) {
    return text == null ? null : text.strip().replaceAll("\\s+", " ");
  }

  private static Instant instant(String text) {
    try {
      return text.isBlank() ? null : Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
