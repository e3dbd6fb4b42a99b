package io.hfmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command that prints data fails when its standard output cannot take it (a full disk, a closed pipe). */
class StandardOutputFailureTest {
  @TempDir
  Path dir;

  /** Runs hfmine with a standard output that refuses every byte, as /dev/full does. */
  private CliRun withFullDisk(String... args) {
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(full, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CliRun(code, "", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void usageScanFailsWhenItsUsagesCannotBeWritten() throws IOException {
    Path code = dir.resolve("repo/load.py");
    Files.createDirectories(code.getParent());
    Files.writeString(code, "from transformers import AutoModel\nAutoModel.from_pretrained('bert-base-uncased')\n");

    CliRun run = withFullDisk("--quiet", "usage", "scan", code.getParent().toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("hfmine: cannot write to standard output");
  }

  @Test
  void modelsListJsonFailsWhenItsLinesCannotBeWritten() throws IOException {
    Path dump = dir.resolve("models.jsonl");
    Files.writeString(dump, "{\"id\": \"org/a\", \"downloads\": 5}\n");
    assertThat(CliRun.quietIn(dir.resolve("w"), "models", "import", dump.toString()).exitCode()).isZero();

    CliRun run = withFullDisk("--work-dir", dir.resolve("w").toString(), "--quiet", "models", "list", "--json");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("hfmine: cannot write to standard output");
  }

  @Test
  void statsCompareFailsWhenItsResultCannotBeWritten() throws IOException {
    Path csv = dir.resolve("times.csv");
    Files.writeString(csv, "group,days\na,1\na,2\na,3\nb,4\nb,5\nb,6\n");

    CliRun run = withFullDisk("--quiet", "stats", "compare", csv.toString(), "--group-col", "group",
        "--value-col", "days", "--json");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("hfmine: cannot write to standard output");
  }

  @Test
  void aCommandWhoseOutputArrivesStillSucceeds() {
    assertThat(CliRun.quietIn(dir.resolve("w"), "status").exitCode()).isZero();
  }
}
