package io.hfmine.analyzers.usage.isolation;

import io.hfmine.analyzers.usage.FileExtractor;
import io.hfmine.analyzers.usage.FileOutcome;
import io.hfmine.analyzers.usage.FileStatus;
import io.hfmine.analyzers.usage.SourceFile;
import io.hfmine.analyzers.usage.UsageExtractor;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;

/**
 * Extracts in a child JVM, so that a crash in native code (a tree-sitter assertion, a fault)
 * costs one file, not the run: the file is recorded {@code crashed} and a fresh worker takes the
 * next one. The cheap checks (size, binary, prefilter) still run here, so files that need no
 * parse never travel to the worker. One per thread, like the worker it owns.
 */
public final class IsolatedExtractor implements FileExtractor {
  private final UsageExtractor checks;
  private final List<String> command;
  private final long answerTimeoutMillis;
  private final ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "usage-worker-reader");
    thread.setDaemon(true);
    return thread;
  });
  private Process worker;
  private DataOutputStream toWorker;
  private DataInputStream fromWorker;

  IsolatedExtractor(UsageExtractor checks, List<String> command, long answerTimeoutMillis) {
    this.checks = checks;
    this.command = List.copyOf(command);
    this.answerTimeoutMillis = answerTimeoutMillis;
  }

  @Override
  public FileOutcome extract(SourceFile unparsed, UnaryOperator<SourceFile> beforeParse) {
    FileOutcome decided = checks.decideWithoutParsing(unparsed);
    if (decided != null) {
      return decided;
    }
    SourceFile file = beforeParse.apply(unparsed);
    try {
      start();
      WorkerProtocol.writeFile(toWorker, file);
    } catch (IOException e) {
      return died();
    }
    Future<FileOutcome> answer = reader.submit(() -> WorkerProtocol.readOutcome(fromWorker));
    try {
      return answer.get(answerTimeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      stop();
      return FileOutcome.skipped(FileStatus.TIMED_OUT,
          "the extraction process gave no answer in " + answerTimeoutMillis + " ms and was killed");
    } catch (ExecutionException e) {
      return died();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop();
      throw new IllegalStateException("interrupted while waiting for the extraction process", e);
    }
  }

  private void start() throws IOException {
    if (worker != null && worker.isAlive()) {
      return;
    }
    worker = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    toWorker = new DataOutputStream(new BufferedOutputStream(worker.getOutputStream()));
    fromWorker = new DataInputStream(new BufferedInputStream(worker.getInputStream()));
  }

  /** The worker died on the file it had: say how, and let the next file start a new one. */
  private FileOutcome died() {
    String how = "the extraction process died on this file";
    try {
      if (worker != null && worker.waitFor(10, TimeUnit.SECONDS)) {
        int code = worker.exitValue();
        how += code > 128 ? " (exit code " + code + ", signal " + (code - 128) + ")" : " (exit code " + code + ")";
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    stop();
    return FileOutcome.skipped(FileStatus.CRASHED, how);
  }

  private void stop() {
    if (worker != null) {
      worker.destroyForcibly();
      try {
        worker.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      worker = null;
    }
  }

  @Override
  public void close() {
    if (worker != null) {
      try {
        toWorker.close(); // end of input: the worker finishes and exits
        if (!worker.waitFor(10, TimeUnit.SECONDS)) {
          worker.destroyForcibly();
        }
      } catch (IOException | InterruptedException e) {
        worker.destroyForcibly();
      }
      worker = null;
    }
    reader.shutdownNow();
    checks.close();
  }
}
