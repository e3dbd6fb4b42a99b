package io.hfmine.analyzers.issues;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Labels a chunk of issues one after the other, or up to the labeller's {@link
 * IssueLabeller#concurrency()} at once, and hands the outcomes back in the chunk's order either
 * way, so that what a run stores and reports does not depend on how many were asked at once.
 */
public final class ConcurrentLabelling implements AutoCloseable {
  private final IssueLabeller labeller;
  private final ExecutorService pool;
  private List<IssueText> chunk = List.of();
  private List<Future<IssueLabelling>> pending = List.of();

  public ConcurrentLabelling(IssueLabeller labeller) {
    this.labeller = labeller;
    this.pool = labeller.concurrency() <= 1 ? null
        : Executors.newFixedThreadPool(labeller.concurrency(), Thread.ofPlatform().daemon().name("label-", 1).factory());
  }

  /** Starts on a chunk: every issue is handed to the pool at once; without one, each when its outcome is asked. */
  public void start(List<IssueText> issues) {
    chunk = issues;
    pending = pool == null ? List.of() : issues.stream().map(issue -> pool.submit(() -> labeller.label(issue))).toList();
  }

  /** The labels of the chunk's issue {@code index}; throws what the labeller threw for it. */
  public IssueLabelling outcome(int index) {
    if (pool == null) {
      return labeller.label(chunk.get(index));
    }
    try {
      return pending.get(index).get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("labelling failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while labelling", e);
    }
  }

  /** Gives up the chunk's issues whose outcome was not asked for. */
  public void cancelRest() {
    pending.forEach(future -> future.cancel(true));
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
