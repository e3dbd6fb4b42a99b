package io.hfmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Executes a Jupyter notebook with nbclient, cell by cell, failing on the first cell error.
 *
 * <p>It needs a Python with nbclient, nbformat, ipykernel, pandas and matplotlib (Debian's
 * {@code python3-nbclient python3-ipykernel python3-pandas python3-matplotlib}, which
 * {@code .ci/run} installs). Without one the test is skipped, saying why, unless
 * {@value #REQUIRED} is set (as {@code .ci/run} sets it): then a missing Python is a failure,
 * so CI can never pass by skipping.
 */
final class NotebookExecution {
  static final String REQUIRED = "HFMINE_REQUIRE_NOTEBOOK_RUN";
  private static final String MODULES = "import nbclient, nbformat, ipykernel, pandas, matplotlib";
  private static final String EXECUTE = """
      import sys, nbformat
      from nbclient import NotebookClient
      notebook = nbformat.read(sys.argv[1], as_version=4)
      NotebookClient(notebook, timeout=300, kernel_name="python3").execute()
      nbformat.write(notebook, sys.argv[2])
      """;

  private NotebookExecution() {
  }

  /** Runs {@code notebook} with {@code HFMINE_DATASET=dataset}; the executed copy and the log go into {@code work}. */
  static void run(Path notebook, Path dataset, Path work) throws Exception {
    Optional<String> python = python();
    String reason = "no Python with nbclient, nbformat, ipykernel, pandas and matplotlib (tried $HFMINE_PYTHON, "
        + "/usr/bin/python3, python3); install python3-nbclient python3-ipykernel python3-pandas python3-matplotlib";
    if (python.isEmpty() && System.getenv(REQUIRED) != null) {
      throw new AssertionError(REQUIRED + " is set but there is " + reason);
    }
    Assumptions.assumeTrue(python.isPresent(), reason);
    Files.createDirectories(work);
    Path log = work.resolve("notebook.log");
    ProcessBuilder run = new ProcessBuilder(python.get(), "-c", EXECUTE, notebook.toAbsolutePath().toString(),
        work.resolve("executed.ipynb").toString())
        .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
    run.environment().put("HFMINE_DATASET", dataset.toAbsolutePath().toString());
    run.environment().put("MPLBACKEND", "Agg");
    run.environment().put("MPLCONFIGDIR", work.resolve("mpl").toString());
    Process process = run.start();
    boolean finished = process.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    assertThat(finished).as("the notebook finished within 5 minutes").isTrue();
    assertThat(process.exitValue()).as("the notebook ran without a cell error:\n" + Files.readString(log)).isZero();
  }

  private static Optional<String> python() throws InterruptedException {
    List<String> candidates = new ArrayList<>();
    if (System.getenv("HFMINE_PYTHON") != null) {
      candidates.add(System.getenv("HFMINE_PYTHON"));
    }
    candidates.add("/usr/bin/python3");
    candidates.add("python3");
    for (String candidate : candidates) {
      try {
        Process probe = new ProcessBuilder(candidate, "-c", MODULES).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0) {
          return Optional.of(candidate);
        }
        probe.destroyForcibly();
      } catch (java.io.IOException notThere) {
        // try the next one
      }
    }
    return Optional.empty();
  }
}
