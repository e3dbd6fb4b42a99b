package io.hfmine.analyzers.usage;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Extracts files on worker threads and hands the results back in submission order.
 *
 * <p>At most a few files per thread are in flight, so memory stays flat however large the
 * corpus: the caller streams files in and results out. Each worker owns its own
 * {@link FileExtractor} (tree-sitter parsers are single-threaded); all are closed at the end,
 * but never while their worker may still use them: one still extracting when the pool closes
 * (stuck past the wait in native code) is closed by its own thread when it returns, or never.
 */
public final class ExtractionPool implements AutoCloseable {
  private final ExecutorService executor;
  private final Deque<Future<Extracted>> window = new ArrayDeque<>();
  private final int capacity;
  private final Consumer<Extracted> consumer;
  private final List<Owned> extractors = Collections.synchronizedList(new ArrayList<>());
  private final ThreadLocal<Owned> local;
  private final Duration closeWait;

  public ExtractionPool(int threads, Supplier<? extends FileExtractor> factory, Consumer<Extracted> consumer) {
    this(threads, factory, consumer, Duration.ofSeconds(30));
  }

  /** @param closeWait how long {@link #close} waits for running extractions before interrupting them */
  ExtractionPool(int threads, Supplier<? extends FileExtractor> factory, Consumer<Extracted> consumer,
      Duration closeWait) {
    AtomicInteger counter = new AtomicInteger();
    this.executor = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "usage-extract-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    this.capacity = threads * 4;
    this.consumer = consumer;
    this.closeWait = closeWait;
    this.local = ThreadLocal.withInitial(() -> {
      Owned owned = new Owned(factory.get());
      extractors.add(owned);
      return owned;
    });
  }

  /** Queues a file; blocks while the window is full, handing finished results to the consumer. */
  public void submit(FileLoader loader) {
    while (window.size() >= capacity) {
      deliverOldest();
    }
    window.add(executor.submit(() -> run(loader)));
  }

  /** Waits for every queued file and hands over the remaining results. */
  public void drain() {
    while (!window.isEmpty()) {
      deliverOldest();
    }
  }

  private Extracted run(FileLoader loader) {
    Extracted decided = loader.decidedWithoutReading();
    if (decided != null) {
      return decided;
    }
    SourceFile file;
    try {
      file = loader.load();
    } catch (Exception e) {
      return new Extracted(loader.repository(), loader.path(), loader.blobSha(), 0,
          FileOutcome.skipped(FileStatus.FAILED, "cannot read: " + e.getMessage()));
    }
    FileOutcome outcome = local.get().extract(file, loader::beforeParse);
    // The loader's sha, not the file's: a sha computed on demand is in the usages that needed it.
    return new Extracted(file.repository(), file.path(), loader.blobSha(), file.content().length, outcome);
  }

  private void deliverOldest() {
    Future<Extracted> next = window.removeFirst();
    try {
      consumer.accept(next.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while extracting usages", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("usage extraction failed: " + e.getCause(), e.getCause());
    }
  }

  @Override
  public void close() {
    window.forEach(future -> future.cancel(true));
    window.clear();
    executor.shutdown();
    try {
      if (!executor.awaitTermination(closeWait.toMillis(), TimeUnit.MILLISECONDS)) {
        executor.shutdownNow();
        executor.awaitTermination(closeWait.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // Idle extractors are freed here; one whose worker is still inside extract() is left to it.
    synchronized (extractors) {
      extractors.forEach(Owned::release);
      extractors.clear();
    }
  }

  /**
   * A worker's extractor and whether it is in use: freed by whichever comes last, the worker
   * leaving {@code extract} or the pool closing.
   */
  private static final class Owned {
    private final FileExtractor extractor;
    private boolean busy;
    private boolean released;
    private boolean closed;

    Owned(FileExtractor extractor) {
      this.extractor = extractor;
    }

    FileOutcome extract(SourceFile file, UnaryOperator<SourceFile> beforeParse) {
      synchronized (this) {
        if (released) {
          throw new IllegalStateException("the extraction pool is closed");
        }
        busy = true;
      }
      try {
        return extractor.extract(file, beforeParse);
      } finally {
        boolean closeNow;
        synchronized (this) {
          busy = false;
          closeNow = released && !closed;
          closed |= closeNow;
        }
        if (closeNow) {
          extractor.close();
        }
      }
    }

    void release() {
      boolean closeNow;
      synchronized (this) {
        released = true;
        closeNow = !busy && !closed;
        closed |= closeNow;
      }
      if (closeNow) {
        extractor.close();
      }
    }
  }

  /** Loads one file's content on a worker thread; knows where it comes from before loading. */
  public interface FileLoader {
    String repository();

    String path();

    String blobSha();

    SourceFile load() throws Exception;

    /** Completes a loaded file that is about to be parsed (e.g. with its hash); most files never are. */
    default SourceFile beforeParse(SourceFile loaded) {
      return loaded;
    }

    /** A result known before reading (a file over the size cap), or null to read and extract. */
    default Extracted decidedWithoutReading() {
      return null;
    }
  }

  /** One file's outcome, without its content (so results do not pin file bytes in memory). */
  public record Extracted(String repository, String path, String blobSha, long bytes, FileOutcome outcome) {
  }
}
