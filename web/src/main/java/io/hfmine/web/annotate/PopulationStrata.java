package io.hfmine.web.annotate;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.issues.sampling.StoreStrata;
import io.hfmine.analyzers.issues.sampling.Stratum;
import io.hfmine.datasets.store.Store;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Today's stratum of every issue of a repository ({@link StoreStrata}, what {@code annotate
 * evaluate --strata} counts the population with), screened once per repository while the server
 * runs. Screening reads all of a repository's issues, too slow to repeat on every save; it
 * depends on the repository's issues and the store's model ids, which the server never writes,
 * and not on other repositories (template lines are found per project), so a repository screened
 * once stays right.
 */
final class PopulationStrata {
  private final Store store;
  private final IssueSettings settings;
  private final Map<String, Map<IssueId, Stratum>> byRepository = new HashMap<>();

  PopulationStrata(Store store, IssueSettings settings) {
    this.store = store;
    this.settings = settings;
  }

  /** The stratum of every issue of these repositories. */
  synchronized Map<IssueId, Stratum> of(Set<String> repositories) {
    Set<String> missing = new TreeSet<>(repositories);
    missing.removeAll(byRepository.keySet());
    if (!missing.isEmpty()) {
      Map<String, Map<IssueId, Stratum>> screened = new HashMap<>();
      missing.forEach(repository -> screened.put(repository, new HashMap<>()));
      StoreStrata.ofRepositories(store, settings, missing)
          .forEach((issue, stratum) -> screened.get(issue.repository()).put(issue, stratum));
      byRepository.putAll(screened);
    }
    Map<IssueId, Stratum> strata = new HashMap<>();
    repositories.forEach(repository -> strata.putAll(byRepository.get(repository)));
    return strata;
  }
}
