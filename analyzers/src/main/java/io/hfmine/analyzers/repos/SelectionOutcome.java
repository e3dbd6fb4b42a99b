package io.hfmine.analyzers.repos;

import java.util.List;
import java.util.Map;

/**
 * The result of a repository selection: the funnel, the repositories kept, and for every
 * repository dropped the step that dropped it and why (e.g. "homework: keyword 'assignment'").
 */
public record SelectionOutcome(List<FunnelStep> funnel, List<RepositoryCandidate> selected, Map<String, String> dropped) {
}
