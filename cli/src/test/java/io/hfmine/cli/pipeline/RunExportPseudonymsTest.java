package io.hfmine.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.cli.CliRun;
import io.hfmine.cli.Main;
import io.hfmine.datasets.export.AuthorPseudonyms;
import io.hfmine.datasets.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export.pseudonymise-authors: true} makes {@code hfmine run}'s export stage write keyed
 * pseudonyms, with the key from the environment only; without a usable key the run stops before
 * any stage, naming the option and the variable, and the key never appears in any output.
 */
class RunExportPseudonymsTest {
  private static final String KEY = "a-secret-key-of-32-characters-xy";

  @TempDir
  Path dir;
  private Path work;
  private Path study;

  @BeforeEach
  void storeWithAnIssue() throws Exception {
    work = dir.resolve("work");
    study = Files.writeString(dir.resolve("study.yaml"), "export:\n  pseudonymise-authors: true\nrun:\n  export:\n"
        + "    format: csv\n");
    try (Store store = Store.openIn(work)) {
      store.transaction(connection -> {
        try (Statement statement = connection.createStatement()) {
          statement.execute("""
              INSERT INTO issues (repository, number, title, state, author, created_at, source)
              VALUES ('acme/app', 1, 'Crash', 'open', 'Alice-Smith', TIMESTAMP '2026-01-01 00:00:00', 'github')""");
          statement.execute("""
              INSERT INTO issue_comments (repository, issue_number, comment_id, author, body, created_at)
              VALUES ('acme/app', 1, 7, 'alice-smith', 'same here', TIMESTAMP '2026-01-02 00:00:00')""");
        }
        return null;
      });
    }
  }

  @Test
  void withoutTheKeyTheRunStopsBeforeAnyStageNamingTheOptionAndTheVariable() {
    Assumptions.assumeTrue(System.getenv(AuthorPseudonyms.KEY_VARIABLE) == null, "the key is set in this environment");

    CliRun run = CliRun.of("--work-dir", work.toString(), "--config", study.toString(), "run", "--from", "export");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("export.pseudonymise-authors: HFMINE_PSEUDONYM_KEY must hold a secret of at least 16");
    assertThat(run.out()).doesNotContain("export ");
    assertThat(work.resolve("dataset")).doesNotExist();
  }

  @Test
  void aShortKeyIsRefusedBeforeTheRunAndNeverPrinted() throws Exception {
    Result run = runWithKey("short-key-123");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.output()).contains("export.pseudonymise-authors: HFMINE_PSEUDONYM_KEY must hold a secret")
        .doesNotContain("short-key-123");
    assertThat(work.resolve("dataset")).doesNotExist();
  }

  @Test
  void withTheKeyTheExportStageWritesOnePseudonymPerPersonAndNoLogin() throws Exception {
    Result run = runWithKey(KEY);

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).doesNotContain(KEY);
    String pseudonym = new AuthorPseudonyms(KEY).of("alice-smith");
    Path dataset = work.resolve("dataset");
    assertThat(dataset.resolve("issues.csv")).content().contains("," + pseudonym + ",").doesNotContainIgnoringCase("alice");
    assertThat(dataset.resolve("issue_comments.csv")).content().contains(pseudonym).doesNotContainIgnoringCase("alice");
    for (String file : List.of("README.md", "manifest.json", "issues.csv", "issue_comments.csv")) {
      assertThat(dataset.resolve(file)).content().doesNotContain(KEY);
    }
  }

  private record Result(int exitCode, String output) {
  }

  // The key comes from the environment only, so these runs are child JVMs with it set.
  private Result runWithKey(String key) throws Exception {
    Path log = dir.resolve("run.log");
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "--work-dir", work.toString(), "--config", study.toString(), "run", "--from", "export")
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put(AuthorPseudonyms.KEY_VARIABLE, key);
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("hfmine run did not end within 2 minutes:\n" + Files.readString(log));
    }
    return new Result(process.exitValue(), Files.readString(log));
  }
}
