package io.hfmine.cli.support;

import io.hfmine.datasets.progress.Progress;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shows stage progress: a bar on a terminal, a log line every few seconds elsewhere. */
final class ConsoleProgress {
  private static final Duration LOG_EVERY = Duration.ofSeconds(10);

  private ConsoleProgress() {
  }

  static Progress.Factory factory(boolean terminal) {
    return terminal ? ConsoleProgress::bar : LoggedProgress::new;
  }

  private static Progress bar(String stage) {
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName(stage)
        .setInitialMax(-1)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(250)
        .continuousUpdate()
        .build();
    return new Progress() {
      @Override public void total(long total) {
        bar.maxHint(total);
      }
      @Override public void step(long n) {
        bar.stepBy(n);
      }
      @Override public void message(String text) {
        bar.setExtraMessage(text);
      }
      @Override public void close() {
        bar.close();
      }
    };
  }

  /** Plain log lines for CI and pipes, where a redrawn bar would be noise. */
  private static final class LoggedProgress implements Progress {
    private static final Logger LOG = LoggerFactory.getLogger("io.hfmine.progress");
    private final String stage;
    private final long started = System.nanoTime();
    private long lastLogged = started;
    private long total = -1;
    private long done;
    private String message = "";

    LoggedProgress(String stage) {
      this.stage = stage;
    }

    @Override public synchronized void total(long total) {
      this.total = total;
    }

    @Override public synchronized void step(long n) {
      done += n;
      long now = System.nanoTime();
      if (now - lastLogged >= LOG_EVERY.toNanos()) {
        lastLogged = now;
        LOG.info("{}: {}{} {}", stage, done, total >= 0 ? "/" + total : "", message);
      }
    }

    @Override public synchronized void message(String text) {
      this.message = text == null ? "" : text;
    }

    @Override public synchronized void close() {
      double seconds = (System.nanoTime() - started) / 1e9;
      if (seconds >= 1) {
        LOG.info("{}: {} done in {}s", stage, done, Math.round(seconds));
      }
    }
  }
}
