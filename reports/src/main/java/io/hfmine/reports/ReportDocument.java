package io.hfmine.reports;

import java.util.ArrayList;
import java.util.List;

/** The report as a list of blocks, rendered alike to HTML and Markdown. */
public final class ReportDocument {
  private final String title;
  private final List<Block> blocks = new ArrayList<>();

  public ReportDocument(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  public List<Block> blocks() {
    return List.copyOf(blocks);
  }

  public ReportDocument heading(int level, String text) {
    blocks.add(new Heading(level, text));
    return this;
  }

  public ReportDocument paragraph(String text) {
    blocks.add(new Paragraph(text));
    return this;
  }

  public ReportDocument list(List<String> items) {
    blocks.add(new ItemList(items));
    return this;
  }

  public ReportDocument table(List<String> headers, List<List<String>> rows, boolean numericAfterFirst) {
    blocks.add(new Table(headers, rows, numericAfterFirst));
    return this;
  }

  public ReportDocument figure(String id, String svg, String caption) {
    blocks.add(new Figure(id, svg, caption));
    return this;
  }

  /** A part of the report. */
  public sealed interface Block permits Heading, Paragraph, ItemList, Table, Figure {
  }

  public record Heading(int level, String text) implements Block {
  }

  public record Paragraph(String text) implements Block {
  }

  public record ItemList(List<String> items) implements Block {
  }

  /** @param numeric whether columns after the first hold numbers (right-aligned) */
  public record Table(List<String> headers, List<List<String>> rows, boolean numeric) implements Block {
  }

  /** An SVG chart; {@code id} names its file next to the Markdown report. */
  public record Figure(String id, String svg, String caption) implements Block {
  }
}
