package io.hfmine.analyzers.setasks.confirm;

import io.hfmine.analyzers.issues.agreement.CohenKappa;
import io.hfmine.datasets.llm.ChatException;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.secrets.Secrets;
import io.hfmine.datasets.store.Store;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Validates the LLM against one annotator on a drawn sample: the judge answers every sampled pair
 * the annotator labelled, and Cohen's kappa (as sklearn's {@code cohen_kappa_score}) is computed per
 * activity and over the whole sample. A pilot activity passes when its kappa reaches the threshold;
 * the outcome is recorded per model and prompt hash, so changing the prompt requires a new pilot.
 */
public final class ActivityValidation {
  /** The row of the whole sample in the result and in {@code se_task_validations}. */
  public static final String ALL = "all";

  private final Store store;

  public ActivityValidation(Store store) {
    this.store = store;
  }

  /** Kappa of one activity (or {@link #ALL}). */
  public record Agreement(String activity, int items, double kappa, double agreement, boolean passed) {
  }

  public record Result(String sample, String annotator, List<Agreement> agreements, int unlabelled,
      List<String> failures) {
  }

  public Result run(String sample, String annotator, ActivityJudge judge, double threshold, Progress progress) {
    ConfirmationStore pairs = new ConfirmationStore(store);
    List<ConfirmationStore.Pair> drawn = pairs.sample(sample);
    if (drawn.isEmpty()) {
      throw new IllegalStateException("no " + sample + " sample is drawn yet: run hfmine annotate se-tasks export --sample "
          + sample + " first");
    }
    Map<ConfirmationStore.Pair, Boolean> human = pairs.labels("human:" + annotator, null, null);
    Map<ConfirmationStore.Pair, ConfirmationItem> byPair = new LinkedHashMap<>();
    for (ConfirmationItem item : pairs.pairs()) {
      byPair.put(new ConfirmationStore.Pair(item.kind(), item.id(), item.activity()), item);
    }
    Map<String, List<String>> humanByActivity = new TreeMap<>();
    Map<String, List<String>> modelByActivity = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    int unlabelled = 0;
    progress.total(drawn.size());
    for (ConfirmationStore.Pair pair : drawn) {
      progress.step();
      Boolean truth = human.get(pair);
      ConfirmationItem item = byPair.get(pair);
      if (truth == null || item == null) {
        unlabelled++;
        continue;
      }
      ActivityJudge.Verdict verdict;
      try {
        verdict = judge.judge(pairs.withText(item));
      } catch (ChatException e) {
        failures.add(pair.kind() + " " + pair.id() + " / " + pair.activity() + ": "
            + Secrets.redact(String.valueOf(e.getMessage())));
        continue;
      }
      pairs.saveLabel(pair, "llm", verdict.relevant(), verdict.answer(), judge.model(), judge.promptSha256());
      for (String key : List.of(pair.activity(), ALL)) {
        humanByActivity.computeIfAbsent(key, k -> new ArrayList<>()).add(truth ? "yes" : "no");
        modelByActivity.computeIfAbsent(key, k -> new ArrayList<>()).add(verdict.relevant() ? "yes" : "no");
      }
    }
    List<Agreement> agreements = new ArrayList<>();
    for (String activity : humanByActivity.keySet()) {
      List<String> truth = humanByActivity.get(activity);
      List<String> answers = modelByActivity.get(activity);
      double kappa = CohenKappa.of(truth, answers);
      double agreement = CohenKappa.observedAgreement(truth, answers);
      // A kappa without variation (everyone said yes) is undefined; perfect agreement still passes.
      boolean passed = failures.isEmpty() && (Double.isNaN(kappa) ? agreement == 1.0 : kappa >= threshold);
      agreements.add(new Agreement(activity, truth.size(), kappa, agreement, passed));
      pairs.saveValidation(sample, activity, judge.model(), judge.promptSha256(), annotator, truth.size(), kappa,
          agreement, threshold, passed);
    }
    return new Result(sample, annotator, agreements, unlabelled, failures);
  }
}
