package io.hfmine.cli.commands.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.cli.CliRun;
import io.hfmine.datasets.store.Store;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDirectoryTest {
  @TempDir
  Path dir;

  private static void addModel(Path workDir) {
    try (Store store = Store.openIn(workDir)) {
      store.transaction(c -> c.createStatement().executeUpdate(
          "INSERT INTO models (id, source, fetched_at) VALUES ('org/mine', 'hub', now())"));
    }
  }

  private static long models(Path workDir) {
    try (Store store = Store.openIn(workDir)) {
      return store.read(c -> {
        try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery("SELECT count(*) FROM models")) {
          rows.next();
          return rows.getLong(1);
        }
      });
    }
  }

  @Test
  void aDemoRefusesADirectoryHoldingAStudysStoreAndLeavesItAsItWas() {
    Path study = dir.resolve("my-study");
    addModel(study);

    CliRun run = CliRun.of("--quiet", "demo", "--out", study.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("holds a study (1 rows) that hfmine demo did not make");
    assertThat(models(study)).isEqualTo(1);
    assertThat(study.resolve("archive")).doesNotExist();
  }

  @Test
  void aDemoNeverWritesItsStudyFileOverSomeoneElses() throws Exception {
    Path study = dir.resolve("my-study");
    Files.createDirectories(study);
    Files.writeString(study.resolve("study.yaml"), "hf:\n  page-size: 100\n");

    CliRun run = CliRun.of("--quiet", "demo", "--out", study.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(study.resolve("study.yaml") + " is not the bundled sample's");
    assertThat(study.resolve("study.yaml")).hasContent("hf:\n  page-size: 100\n");
  }

  @Test
  void aStoreOfAnEarlierDemoIsEmptiedInPlace() throws Exception {
    Path demo = dir.resolve("demo");
    BundledSample.extract(demo);
    addModel(demo);

    try (Store store = Store.openIn(demo)) {
      DemoDirectory.prepare(store, demo);
    }

    assertThat(models(demo)).isZero();
  }

  @Test
  void aDemoWaitsForNobodyAndDeletesNothingWhileAnotherProcessHoldsTheStore() throws Exception {
    Path demo = dir.resolve("demo");
    BundledSample.extract(demo);
    addModel(demo);
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
        StoreHolder.class.getName(), demo.toString())
        .redirectErrorStream(true).start();
    try {
      BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = lines.readLine()) != null && !line.equals("holding")) {
        // JVM warnings before the store is open
      }
      assertThat(line).isEqualTo("holding");

      CliRun second = CliRun.of("--quiet", "demo", "--out", demo.toString());

      assertThat(second.exitCode()).isEqualTo(1);
      assertThat(second.err()).contains("cannot open store").containsIgnoringCase("lock");
    } finally {
      holder.getOutputStream().close();
      holder.waitFor();
    }
    assertThat(models(demo)).isEqualTo(1);
    assertThat(Files.exists(demo.resolve("hfmine.duckdb"))).isTrue();
  }

  /** Another process that holds a store open until its standard input closes. */
  static final class StoreHolder {
    public static void main(String[] args) throws Exception {
      try (Store store = Store.openIn(Path.of(args[0]))) {
        System.out.println("holding");
        System.out.flush();
        while (System.in.read() >= 0) {
          // hold
        }
      }
    }
  }
}
