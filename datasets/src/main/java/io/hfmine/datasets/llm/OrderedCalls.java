package io.hfmine.datasets.llm;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Puts a batch of items to a call (a question to a chat model) one after the other, or up to
 * {@code concurrency} at once from as many threads, and hands the outcomes back in the batch's
 * order either way, so that what a run stores and reports does not depend on how many were asked
 * at once. The call must then be safe from several threads.
 *
 * @param <I> the item asked about
 * @param <O> its outcome
 */
public final class OrderedCalls<I, O> implements AutoCloseable {
  private final Function<I, O> call;
  private final ExecutorService pool;
  private List<I> batch = List.of();
  private List<Future<O>> pending = List.of();

  /** @param concurrency calls open at once; 1 makes each call on the caller's thread, when its outcome is asked */
  public OrderedCalls(int concurrency, Function<I, O> call) {
    this.call = call;
    this.pool = concurrency <= 1 ? null
        : Executors.newFixedThreadPool(concurrency, Thread.ofPlatform().daemon().name("ask-", 1).factory());
  }

  /** Starts on a batch: with several at once, every item is handed to the pool now. */
  public void start(List<I> items) {
    batch = items;
    pending = pool == null ? List.of() : items.stream().map(item -> pool.submit(() -> call.apply(item))).toList();
  }

  /** The outcome for the batch's item {@code index}; throws what the call threw for it. */
  public O outcome(int index) {
    if (pool == null) {
      return call.apply(batch.get(index));
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
      throw new IllegalStateException("call failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for an answer", e);
    }
  }

  /** Gives up the batch's items whose outcome was not asked for. */
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
