package io.hfmine.analyzers.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ExtractionPoolTest {

  /** Stands in for a parser stuck in native code: it ignores interrupts until it is let go. */
  private static final class StuckExtractor implements FileExtractor {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch letGo = new CountDownLatch(1);
    final CountDownLatch closed = new CountDownLatch(1);
    volatile boolean extracting;
    volatile String closedBy;
    volatile boolean closedWhileExtracting;

    @Override
    public FileOutcome extract(SourceFile file, UnaryOperator<SourceFile> beforeParse) {
      extracting = true;
      started.countDown();
      boolean interrupted = false;
      while (true) {
        try {
          letGo.await();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      extracting = false;
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      return FileOutcome.skipped(FileStatus.PREFILTERED, null);
    }

    @Override
    public void close() {
      closedWhileExtracting = extracting;
      closedBy = Thread.currentThread().getName();
      closed.countDown();
    }
  }

  private static ExtractionPool.FileLoader file(String name) {
    return new ExtractionPool.FileLoader() {
      @Override public String repository() { return null; }
      @Override public String path() { return name; }
      @Override public String blobSha() { return null; }
      @Override public SourceFile load() {
        return new SourceFile(null, name, null, "x = 1\n".getBytes(StandardCharsets.UTF_8));
      }
    };
  }

  @Test
  void closingNeverFreesAnExtractorItsWorkerIsStillUsing() throws InterruptedException {
    StuckExtractor stuck = new StuckExtractor();
    ExtractionPool pool = new ExtractionPool(1, () -> stuck, e -> { }, Duration.ofMillis(200));
    pool.submit(file("slow.py"));
    assertThat(stuck.started.await(30, TimeUnit.SECONDS)).isTrue();

    pool.close();

    assertThat(stuck.closed.getCount()).as("closed while its worker was inside extract").isEqualTo(1);
    stuck.letGo.countDown();
    assertThat(stuck.closed.await(30, TimeUnit.SECONDS)).as("closed once the worker returned").isTrue();
    assertThat(stuck.closedWhileExtracting).isFalse();
    assertThat(stuck.closedBy).startsWith("usage-extract-");
  }

  @Test
  void closingFreesEveryIdleExtractorAndDeliversResultsInOrder() {
    List<StuckExtractor> made = new ArrayList<>();
    List<String> delivered = new ArrayList<>();
    ExtractionPool pool = new ExtractionPool(2, () -> {
      StuckExtractor extractor = new StuckExtractor();
      extractor.letGo.countDown();
      synchronized (made) {
        made.add(extractor);
      }
      return extractor;
    }, e -> delivered.add(e.path()));
    for (int i = 0; i < 20; i++) {
      pool.submit(file("f" + i + ".py"));
    }
    pool.drain();

    pool.close();

    assertThat(delivered).hasSize(20).startsWith("f0.py", "f1.py", "f2.py").endsWith("f19.py");
    assertThat(made).isNotEmpty().allSatisfy(extractor -> {
      assertThat(extractor.closed.getCount()).isZero();
      assertThat(extractor.closedWhileExtracting).isFalse();
    });
  }
}
