package io.hfmine.analyzers.usage.scan;

import io.hfmine.analyzers.usage.TestExtractors;
import io.hfmine.analyzers.usage.UsageRecord;
import io.hfmine.datasets.progress.Progress;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code usage scan} over a small project of {@code usage-projects/}, as the command runs it
 * (the project around each file followed), each usage written as one line for assertions.
 */
final class ProjectScans {
  private ProjectScans() {
  }

  /** The test project {@code usage-projects/NAME} on disk. */
  static Path project(String name) {
    try {
      return Path.of(ProjectScans.class.getClassLoader().getResource("usage-projects/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Scans {@code path} (the project or one of its files) and writes each usage as
   * {@code relative/path.py:LINE} followed by what {@code describe} says of it.
   */
  static List<String> scan(Path project, Path path, Function<UsageRecord, String> describe) {
    List<UsageRecord> usages = new ArrayList<>();
    UsageSink sink = new UsageSink() {
      @Override
      public void write(UsageRecord usage) {
        usages.add(usage);
      }

      @Override
      public void close() {
      }
    };
    new LocalScan(TestExtractors.SETTINGS, TestExtractors::create).run(List.of(path), sink, Progress.NONE, s -> { });
    List<String> lines = new ArrayList<>();
    for (UsageRecord usage : usages) {
      String relative = project.relativize(Path.of(usage.path())).toString().replace('\\', '/');
      lines.add(relative + ":" + usage.line() + " " + describe.apply(usage));
    }
    return lines;
  }
}
