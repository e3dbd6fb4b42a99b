package io.hfmine.analyzers.issues.classifier;

import io.hfmine.analyzers.issues.LabelledIssues;
import io.hfmine.analyzers.issues.evaluation.EvaluationReport;
import io.hfmine.analyzers.issues.evaluation.EvaluationTable;
import io.hfmine.datasets.progress.Progress;

/** Prints the classifier's cross-validated figures on the whole labelled set (a tuning aid, not a test). */
public final class ClassifierTuningReport {
  public static void main(String[] args) {
    var examples = ClassifierTargetsTest.allExamples();
    var km = io.hfmine.analyzers.issues.rules.KnownModels.of(LabelledIssues.knownModelIds());
    var cf = new CueFeatures(LabelledIssues.shippedTaxonomy(), 2.0);
    long t0 = System.nanoTime();
    examples.forEach(e -> cf.compute(e.issue(), km));
    System.out.printf("cue features %.2f s%n", (System.nanoTime() - t0) / 1e9);
    t0 = System.nanoTime();
    new ClassifierTrainer(LabelledIssues.shippedTaxonomy(), ClassifierSettings.defaults(), km).train(examples);
    System.out.printf("one training %.2f s%n", (System.nanoTime() - t0) / 1e9);
    long start = System.nanoTime();
    EvaluationReport report = CrossValidation.run(LabelledIssues.shippedTaxonomy(), ClassifierSettings.defaults(),
        ClassifierTargetsTest.allExamples(), 10, 1,
        io.hfmine.analyzers.issues.rules.KnownModels.of(LabelledIssues.knownModelIds()), Progress.NONE);
    System.out.println(EvaluationTable.render(report, "classifier (10-fold)"));
    System.out.printf("%.1f s%n", (System.nanoTime() - start) / 1e9);
  }
}
