package io.hfmine.analyzers.issues.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.ScoredCode;
import io.hfmine.analyzers.issues.sampling.Stratum;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PopulationWeightingTest {
  private static final IssueId P1 = new IssueId("lab/a", 1);
  private static final IssueId R1 = new IssueId("lab/a", 2);
  private static final IssueId R2 = new IssueId("lab/b", 1);
  private static final IssueId BLANK = new IssueId("lab/c", 1);

  private static IssueLabelling said(IssueId id, boolean ptm) {
    return new IssueLabelling(id, new ScoredCode(Boolean.toString(ptm), 1, ""), List.of(), List.of(), null);
  }

  @Test
  void thePopulationIsEveryIssueOfTheAnsweredIssuesRepositoriesInTodaysStrata() {
    List<Annotation> gold = List.of(new Annotation(P1, "gold", true, null, null, null),
        new Annotation(R1, "gold", false, null, null, null), new Annotation(R2, "gold", true, null, null, null),
        new Annotation(BLANK, "gold", null, null, null, "bug"));
    Map<IssueId, IssueLabelling> predicted = Map.of(P1, said(P1, true), R1, said(R1, false), R2, said(R2, false),
        BLANK, said(BLANK, true));
    // R2 was drawn as R, but today's prescreen puts it in P.
    Map<IssueId, String> drawn = Map.of(P1, "P", R1, "R", R2, "R", BLANK, "R");
    Map<IssueId, Stratum> today = new HashMap<>(Map.of(P1, Stratum.P, R1, Stratum.R, R2, Stratum.P,
        new IssueId("lab/a", 3), Stratum.R, new IssueId("lab/a", 4), Stratum.R, new IssueId("lab/b", 2), Stratum.P));

    PopulationWeighting weighting = PopulationWeighting.of(gold, predicted, drawn, today);

    assertThat(PopulationWeighting.repositories(gold)).containsExactly("lab/a", "lab/b");
    assertThat(weighting.repositories()).isEqualTo(2);
    assertThat(weighting.moved()).isEqualTo(1);
    // P: 3 of today's issues, 1 labelled; R: 3, 2 labelled (the drawn strata place the labelled issues).
    assertThat(weighting.evaluation().strata().get("P").population()).isEqualTo(3);
    assertThat(weighting.evaluation().strata().get("R").population()).isEqualTo(3);
    assertThat(weighting.evaluation().strata().get("R").weight()).isEqualTo(1.5);
    assertThat(weighting.evaluation().labelled()).isEqualTo(3);
  }
}
