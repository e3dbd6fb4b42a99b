package io.hfmine.analyzers.setasks.confirm;

import io.hfmine.analyzers.setasks.store.ItemKind;
import io.hfmine.analyzers.setasks.store.SeTaskResults;
import io.hfmine.datasets.llm.ChatException;
import io.hfmine.datasets.llm.FailureStreak;
import io.hfmine.datasets.llm.OrderedCalls;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.secrets.Secrets;
import io.hfmine.datasets.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The LLM step of the SE-task funnel: each (unique item, activity) pair is put to the judge, for
 * the activities whose prompt passed its pilot validation; the items' confirmed activities and the
 * funnel follow. Pairs already answered by the same model and prompt are not asked again, so a
 * killed run continues where it stopped; a failed pair is reported and retried next run.
 */
public final class ActivityConfirmation {
  /** Pairs handed out at once when several are asked at a time: the pending ones stay few. */
  private static final int BATCH = 1_000;
  private final Store store;

  public ActivityConfirmation(Store store) {
    this.store = store;
  }

  /** Pairs answered (this run and before), how many yes, activities left out for want of a passed pilot, failures. */
  public record Result(int asked, int answered, int relevant, Set<String> unvalidated, List<String> failures) {
  }

  public Result run(ActivityJudge judge, List<ItemKind> kinds, Progress progress) {
    ConfirmationStore pairs = new ConfirmationStore(store);
    Set<String> validated = pairs.validatedActivities(judge.model(), judge.promptSha256());
    Map<ConfirmationStore.Pair, Boolean> done = pairs.labels("llm", judge.model(), judge.promptSha256());
    List<ConfirmationItem> todo = new ArrayList<>();
    Set<String> unvalidated = new TreeSet<>();
    int answered = 0;
    int relevant = 0;
    for (ConfirmationItem item : pairs.pairs()) {
      if (!validated.contains(item.activity())) {
        unvalidated.add(item.activity());
        continue;
      }
      Boolean earlier = done.get(new ConfirmationStore.Pair(item.kind(), item.id(), item.activity()));
      if (earlier != null) {
        answered++;
        relevant += earlier ? 1 : 0;
      } else {
        todo.add(item);
      }
    }
    List<String> failures = new ArrayList<>();
    progress.total(todo.size());
    FailureStreak streak = new FailureStreak();
    boolean stopped = false;
    try (OrderedCalls<ConfirmationItem, ActivityJudge.Verdict> asking = new OrderedCalls<>(judge.concurrency(),
        item -> judge.judge(pairs.withText(item)))) {
      for (int from = 0; from < todo.size() && !stopped; from += BATCH) {
        List<ConfirmationItem> batch = todo.subList(from, Math.min(todo.size(), from + BATCH));
        asking.start(batch);
        for (int i = 0; i < batch.size(); i++) {
          ConfirmationItem item = batch.get(i);
          try {
            ActivityJudge.Verdict verdict = asking.outcome(i);
            pairs.saveLabel(new ConfirmationStore.Pair(item.kind(), item.id(), item.activity()), "llm",
                verdict.relevant(), verdict.answer(), judge.model(), judge.promptSha256());
            answered++;
            relevant += verdict.relevant() ? 1 : 0;
            streak.answered();
          } catch (ChatException e) {
            failures.add(item.kind() + " " + item.id() + " / " + item.activity() + ": "
                + Secrets.redact(String.valueOf(e.getMessage())));
            int left = todo.size() - from - i - 1;
            if (streak.failed() && left > 0) {
              failures.add(String.format(Locale.ROOT, "stopped after %d pairs in a row got no answer; %,d pair(s) not"
                  + " asked; run again when the endpoint answers", FailureStreak.STOP_AFTER, left));
              asking.cancelRest();
              stopped = true;
              break;
            }
          }
          progress.step();
        }
      }
    }
    pairs.updateConfirmed(judge.model(), judge.promptSha256());
    SeTaskResults results = new SeTaskResults(store);
    kinds.forEach(results::writeFunnel);
    return new Result(todo.size(), answered, relevant, unvalidated, failures);
  }
}
