package io.hfmine.reports;

import io.hfmine.datasets.files.OwnedOutput;
import io.hfmine.datasets.store.Store;
import io.hfmine.reports.ReportDocument.Figure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Facade of {@code hfmine report}: reads the store and writes report.html, report.md and figures/. */
public final class StudyReport {
  public static final String HTML = "report.html";
  public static final String MARKDOWN = "report.md";

  private StudyReport() {
  }

  /** What was written. */
  public record Written(Path html, Path markdown, int figures) {
  }

  /**
   * Writes into {@code outDir}. Files are built in a staging folder and moved in at the end
   * ({@link OwnedOutput}): a failure never leaves half a report, and nothing the report did not
   * write before (a user's own {@code figures/}) is deleted or overwritten.
   */
  public static Written write(Store store, Path outDir, String title, double alpha, List<String> labelSources,
      Clock clock) {
    OwnedOutput output = OwnedOutput.begin(outDir, "hfmine report");
    try {
      ReportData data = ReportReader.read(store, title, alpha, labelSources,
          LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC));
      ReportDocument document = StudyReportComposer.compose(data,
          io.hfmine.reports.setasks.SeTaskReportReader.read(store));
      Path staging = output.staging();
      Files.writeString(staging.resolve(HTML), HtmlRenderer.render(document), StandardCharsets.UTF_8);
      Files.writeString(staging.resolve(MARKDOWN), MarkdownRenderer.render(document), StandardCharsets.UTF_8);
      Path figures = Files.createDirectories(staging.resolve(MarkdownRenderer.FIGURES));
      int count = 0;
      for (ReportDocument.Block block : document.blocks()) {
        if (block instanceof Figure figure) {
          Files.writeString(figures.resolve(figure.id() + ".svg"), figure.svg(), StandardCharsets.UTF_8);
          count++;
        }
      }
      output.commit(List.of(MARKDOWN, HTML));
      return new Written(outDir.resolve(HTML), outDir.resolve(MARKDOWN), count);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report into " + outDir + ": " + e.getMessage(), e);
    } finally {
      output.abandon();
    }
  }
}
