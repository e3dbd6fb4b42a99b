package io.hfmine.analyzers.issues.sampling;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueRecords;
import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.StoreKnownModels;
import io.hfmine.analyzers.issues.context.ProjectContexts;
import io.hfmine.analyzers.issues.rules.RelevanceRule;
import io.hfmine.analyzers.issues.text.TemplateLines;
import io.hfmine.datasets.store.Store;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The strata of an enriched draw over the store's issues: the prescreen ({@link PtmPrescreen})
 * with the store's model ids, each project's template lines found over all of its issues as the
 * rules find them. The draw and the weighting of its labels back to the population count the
 * strata here, so both put an issue in the same stratum.
 */
public final class StoreStrata {
  private StoreStrata() {
  }

  /**
   * Each candidate with its stratum.
   *
   * @param issues every issue of the candidates' projects (their template lines are found over these)
   */
  public static List<EnrichedSampler.Candidate> screen(Store store, IssueSettings settings, List<IssueText> issues,
      List<IssueText> candidates) {
    RelevanceRule rule = new RelevanceRule(settings.loadTaxonomy().relevance(), new StoreKnownModels(store),
        settings.rules());
    PtmPrescreen prescreen = new PtmPrescreen(rule, settings.annotation().prescreenKinds());
    Map<String, TemplateLines> templates = ProjectContexts.templates(issues, settings.projectContext());
    // Issues are screened independently (the rule and the templates are read-only), so on every core.
    return candidates.parallelStream()
        .map(issue -> new EnrichedSampler.Candidate(issue, prescreen.stratumOf(issue, templates.get(issue.id().repository()))))
        .toList();
  }

  /** The stratum of every issue in the store of these repositories. */
  public static Map<IssueId, Stratum> ofRepositories(Store store, IssueSettings settings, Set<String> repositories) {
    // The prescreen reads titles and bodies only (the templates too), so the comments are not read.
    List<IssueText> issues = new ArrayList<>();
    repositories.forEach(repository -> issues.addAll(IssueRecords.readWithoutComments(store, repository)));
    Map<IssueId, Stratum> strata = new HashMap<>();
    screen(store, settings, issues, issues).forEach(candidate -> strata.put(candidate.issue().id(), candidate.stratum()));
    return strata;
  }
}
