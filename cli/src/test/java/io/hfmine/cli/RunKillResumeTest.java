package io.hfmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.cli.commands.demo.BundledSample;
import io.hfmine.datasets.store.Store;
import io.hfmine.datasets.store.StoreSummary;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `hfmine run` killed with SIGKILL in the middle of a stage, then run again, ends as an uninterrupted run. */
class RunKillResumeTest {
  @TempDir
  Path dir;

  @Test
  void aKilledStudyResumesToTheSameStoreAsAnUninterruptedOne() throws Exception {
    BundledSample.Extracted sample = BundledSample.extract(dir.resolve("sample"));
    Path killed = dir.resolve("killed");
    Path whole = dir.resolve("whole");

    Process process = new ProcessBuilder(javaCommand(), "--enable-native-access=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "run", "--work-dir", killed.toString(), "--config", sample.study().toString(),
        "--replay", sample.archive().toString(), "--until", "classify")
        .redirectErrorStream(true)
        .start();
    List<String> seen = new ArrayList<>();
    try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = output.readLine()) != null) {
        seen.add(line);
        if (line.contains("stage issues")) {
          break;
        }
      }
    }
    // Into the issues stage (about 3 s when replayed), so the kill lands between its commits.
    Thread.sleep(1_000);
    process.destroyForcibly();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(seen).as("the run reached the issues stage before it was killed").anyMatch(l -> l.contains("stage issues"));

    CliRun resumed = CliRun.of("--quiet", "run", "--work-dir", killed.toString(), "--config", sample.study().toString(),
        "--replay", sample.archive().toString(), "--until", "classify");
    CliRun uninterrupted = CliRun.of("--quiet", "run", "--work-dir", whole.toString(), "--config",
        sample.study().toString(), "--replay", sample.archive().toString(), "--until", "classify");

    assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isZero();
    assertThat(uninterrupted.exitCode()).as(uninterrupted.err()).isZero();
    assertThat(resumed.out()).containsPattern("(?m)^models +skipped");
    assertThat(dataRows(killed)).isEqualTo(dataRows(whole));
  }

  private static Map<String, Long> dataRows(Path workDir) {
    try (Store store = Store.openIn(workDir)) {
      Map<String, Long> counts = new java.util.TreeMap<>(StoreSummary.of(store).rowCounts());
      // Bookkeeping differs by design: the killed run made more attempts and ran stages twice.
      counts.keySet().removeAll(List.of("crawl_units", "pipeline_stages", "resolution_runs"));
      return counts;
    }
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
