package io.hfmine.analyzers.stats.compare;

import io.hfmine.analyzers.stats.GroupSummary;
import io.hfmine.analyzers.stats.GroupSummaryJson;
import io.hfmine.analyzers.stats.Conventions;
import io.hfmine.analyzers.stats.DunnComparison;
import io.hfmine.analyzers.stats.KruskalWallisResult;
import io.hfmine.analyzers.stats.MannWhitneyCall;
import io.hfmine.analyzers.stats.MannWhitneyResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A comparison as a JSON-ready tree of maps and lists, with full-precision numbers. */
public final class ComparisonJson {
  private ComparisonJson() {
  }

  public static Map<String, Object> of(ComparisonResult result) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("source", result.source());
    root.put("skipped_rows", result.skipped());
    List<Object> groups = new ArrayList<>();
    for (GroupSummary group : result.groups()) {
      groups.add(GroupSummaryJson.of(group));
    }
    root.put("groups", groups);
    if (result.twoGroups()) {
      MannWhitneyResult test = result.mannWhitney();
      Map<String, Object> mw = new LinkedHashMap<>();
      mw.put("test", "mann-whitney-u");
      mw.put("x", result.groupName(0));
      mw.put("y", result.groupName(1));
      mw.put("alternative", test.alternative().scipyName());
      mw.put("hypothesis", MannWhitneyCall.hypothesis(test.alternative(), result.groupName(0), result.groupName(1)));
      mw.put("ran", MannWhitneyCall.scipy(test, result.groupName(0), result.groupName(1)));
      mw.put("method", test.method().name().toLowerCase(Locale.ROOT));
      mw.put("ties", test.tied());
      mw.put("n1", test.n1());
      mw.put("n2", test.n2());
      mw.put("u1", test.u1());
      mw.put("u2", test.u2());
      mw.put("p_value", test.pValue());
      mw.put("a12", result.effect().a12());
      mw.put("a12_magnitude", result.effect().a12Magnitude().label());
      mw.put("cliffs_delta", result.effect().cliffsDelta());
      mw.put("cliffs_delta_magnitude", result.effect().cliffsDeltaMagnitude().label());
      root.put("mann_whitney", mw);
    } else {
      KruskalWallisResult test = result.kruskalWallis();
      Map<String, Object> kw = new LinkedHashMap<>();
      kw.put("test", "kruskal-wallis-h");
      kw.put("n", test.n());
      kw.put("h", test.h());
      kw.put("df", test.degreesOfFreedom());
      kw.put("p_value", test.pValue());
      kw.put("tie_correction", test.tieCorrection());
      kw.put("epsilon_squared", test.epsilonSquared());
      kw.put("epsilon_squared_magnitude", test.epsilonSquaredMagnitude().label());
      root.put("kruskal_wallis", kw);
      List<Object> pairs = new ArrayList<>();
      for (DunnComparison pair : result.dunn()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("a", result.groupName(pair.a()));
        row.put("b", result.groupName(pair.b()));
        row.put("z", pair.z());
        row.put("p_value", pair.pValue());
        row.put("p_holm", pair.pHolm());
        pairs.add(row);
      }
      root.put("dunn_holm", pairs);
    }
    root.put("conventions", Conventions.SCIPY);
    return root;
  }
}
