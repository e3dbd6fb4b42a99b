package io.hfmine.analyzers.issues.rules;

import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.LabelledIssues;
import io.hfmine.analyzers.issues.evaluation.EvaluationReport;

/** Prints the rule labeller's figures on a part of the labelled set, with each miss (a tuning aid, not a test). */
public final class RuleTuningReport {
  public static void main(String[] args) {
    String resource = args.length > 0 ? args[0] : LabelledIssues.TUNING;
    EvaluationReport report = RuleTargetsTest.measure(resource);
    System.out.printf("ptm P %.3f R %.3f F1 %.3f | theme acc %.3f exact %.3f macroF1 %.3f | sub macroF1 %.3f | type acc %.3f%n",
        report.ptm().precision(), report.ptm().recall(), report.ptm().f1(), report.themeAccuracy(),
        report.exactThemeAccuracy(), report.themeMacroF1(), report.subThemeMacroF1(), report.typeAccuracy());
    var set = LabelledIssues.load(resource);
    var rules = RuleTargetsTest.labeller();
    for (int i = 0; i < set.issues().size(); i++) {
      IssueText issue = set.issues().get(i);
      var gold = set.gold().get(i);
      var got = rules.label(issue);
      boolean ptmMiss = gold.isPtm() != got.isPtm();
      boolean themeMiss = gold.isPtm() && (got.primaryTheme() == null || !gold.themes().contains(got.primaryTheme()));
      boolean typeMiss = !gold.type().equals(got.type().code());
      if (ptmMiss || themeMiss || typeMiss) {
        System.out.printf("%s %s%n  gold ptm=%s %s type=%s%n  got  ptm=%s %s type=%s%n  ptm: %s%n  subs: %s%n  type: %s%n",
            issue.id(), issue.title(), gold.isPtm(), gold.subThemes(), gold.type(), got.isPtm(), got.subThemeCodes(),
            got.type().code(), got.ptm().evidence(), got.subThemes(), got.type().evidence());
      }
    }
  }
}
