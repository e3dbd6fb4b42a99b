package io.hfmine.analyzers.issues;

import io.hfmine.analyzers.issues.rules.RuleLabeller;
import io.hfmine.datasets.store.Store;

/** Builds the labellers of the configured methods against a store. */
public final class IssueLabellers {
  private IssueLabellers() {
  }

  /** The rule labeller, with the store's models as known model ids. */
  public static RuleLabeller rules(Store store, IssueSettings settings) {
    return new RuleLabeller(settings.loadTaxonomy(), new StoreKnownModels(store), settings.rules(), settings.typeLabels());
  }
}
