package io.hfmine.analyzers.repos;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.repos.RepositoryCandidate.UsageEvidence;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerifiedUsageSelectionTest {
  private static RepositoryCandidate evidence(String name, UsageEvidence usage) {
    RepositoryCandidate repo = RepositoryFixtures.healthy(name, "Answer questions about your documents with RoBERTa");
    return new RepositoryCandidate(repo.fullName(), repo.status(), repo.description(), repo.language(), repo.topics(),
        repo.fork(), repo.archived(), repo.disabled(), repo.metrics(), usage);
  }

  private static final List<RepositoryCandidate> REPOS = List.of(evidence("a/loads", UsageEvidence.VERIFIED),
      evidence("b/mentions", UsageEvidence.MENTION_ONLY), evidence("c/unparsed", UsageEvidence.UNVERIFIED));

  private static RepoSelectSettings settings(boolean requireVerified) {
    RepoSelectSettings shipped = RepositoryFixtures.shippedSettings();
    return new RepoSelectSettings(requireVerified, shipped.languages(), shipped.thresholds(), shipped.elbowSensitivity(),
        shipped.excludeKeywords(), shipped.english(), shipped.exclude());
  }

  @Test
  void byDefaultOnlyRepositoriesWhoseCodeVerifiablyLoadsAModelAreCandidates() {
    assertThat(RepositoryFixtures.shippedSettings().requireVerifiedUsage()).isTrue();

    SelectionOutcome outcome = new RepositoryFilter(settings(true), false, List.of()).select(REPOS, step -> { });

    assertThat(outcome.selected()).extracting(RepositoryCandidate::fullName).containsExactly("a/loads");
    assertThat(outcome.dropped()).containsEntry("b/mentions", "step 2 (loads a model (a verified usage, not only a mention)): mention-only hits");
    assertThat(outcome.funnel()).extracting(FunnelStep::rule).contains("loads a model (a verified usage, not only a mention)");
  }

  @Test
  void turnedOffEveryRepositoryWithACodeSearchHitIsACandidate() {
    SelectionOutcome outcome = new RepositoryFilter(settings(false), false, List.of()).select(REPOS, step -> { });

    assertThat(outcome.selected()).hasSize(3);
  }
}
