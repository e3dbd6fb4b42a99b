package io.hfmine.web.annotate;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.issues.sampling.StoreStrata;
import io.hfmine.analyzers.issues.sampling.Stratum;
import io.hfmine.datasets.store.Store;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Today's stratum of every issue of a repository ({@link StoreStrata}, what {@code annotate
 * evaluate --strata} counts the population with), screened once per repository while the server
 * runs. Screening reads all of a repository's issues, too slow to repeat on every save; it
 * depends on the repository's issues and the store's model ids, which the server never writes,
 * and not on other repositories (template lines are found per project), so a repository screened
 * once stays right.
 *
 * <p>The repositories an enriched sample's figures will need (those of its issues) are screened
 * in the background as soon as they are known ({@link #prepare}: at start and when a sample is
 * drawn), one batch after another, so that by the time someone reads the figures they are
 * usually screened. A view asks for the strata it needs ({@link #ifScreened}) and, while some of
 * them are still being screened, says so instead of waiting; it never sees part of a repository's
 * strata.
 */
final class PopulationStrata {
  private final Store store;
  private final IssueSettings settings;
  private final ExecutorService screening = screeningThread();
  // Guarded by this; a repository's entry is the batch it is screened in.
  private final Map<String, Future<Map<IssueId, Stratum>>> byRepository = new HashMap<>();
  private int batches;

  PopulationStrata(Store store, IssueSettings settings) {
    this.store = store;
    this.settings = settings;
  }

  // One batch at a time (each uses every core); the thread ends when idle, so a stopped server leaves none.
  private static ExecutorService screeningThread() {
    ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
      Thread thread = new Thread(task, "hfmine-strata-screening");
      thread.setDaemon(true);
      return thread;
    });
    executor.allowCoreThreadTimeOut(true);
    return executor;
  }

  /** Starts screening, in the background, those of the repositories not screened or being screened. */
  synchronized void prepare(Set<String> repositories) {
    Set<String> missing = new TreeSet<>(repositories);
    missing.removeAll(byRepository.keySet());
    if (!missing.isEmpty()) {
      Future<Map<IssueId, Stratum>> batch = screening.submit(() -> StoreStrata.ofRepositories(store, settings, missing));
      missing.forEach(repository -> byRepository.put(repository, batch));
      batches++;
    }
  }

  /**
   * The stratum of every issue of these repositories when all of them are screened; empty while
   * some are still being screened (those not yet screened or queued start now).
   */
  Optional<Map<IssueId, Stratum>> ifScreened(Set<String> repositories) {
    synchronized (this) {
      prepare(repositories);
      if (repositories.stream().anyMatch(repository -> !byRepository.get(repository).isDone())) {
        return Optional.empty();
      }
    }
    return Optional.of(of(repositories));
  }

  /** The stratum of every issue of these repositories, waiting until all of them are screened. */
  Map<IssueId, Stratum> of(Set<String> repositories) {
    Set<Future<Map<IssueId, Stratum>>> needed = new LinkedHashSet<>();
    synchronized (this) {
      prepare(repositories);
      repositories.forEach(repository -> needed.add(byRepository.get(repository)));
    }
    Map<IssueId, Stratum> strata = new HashMap<>();
    for (Future<Map<IssueId, Stratum>> batch : needed) {
      screened(batch).forEach((issue, stratum) -> {
        if (repositories.contains(issue.repository())) {
          strata.put(issue, stratum);
        }
      });
    }
    return strata;
  }

  /** How many batches were screened or are being screened (a repository is screened in one, once). */
  synchronized int batches() {
    return batches;
  }

  private Map<IssueId, Stratum> screened(Future<Map<IssueId, Stratum>> batch) {
    try {
      return batch.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the repositories' issues were screened", e);
    } catch (ExecutionException e) {
      // A failed batch is forgotten, so that the next view screens its repositories again.
      synchronized (this) {
        byRepository.values().removeIf(batch::equals);
      }
      throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
    }
  }
}
