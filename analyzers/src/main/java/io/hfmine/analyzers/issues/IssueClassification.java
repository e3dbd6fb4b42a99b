package io.hfmine.analyzers.issues;

import io.hfmine.analyzers.issues.llm.LabellingException;
import io.hfmine.datasets.llm.FailureStreak;
import io.hfmine.datasets.llm.OrderedCalls;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code hfmine issues classify}: labels the store's issues with one method and stores the labels
 * under that method's source, replacing its earlier labels of the same issues.
 *
 * <p>Issues are written in chunks, each chunk one transaction, so a killed run keeps what it
 * finished; the rerun labels every issue again, but the LLM's answer cache and the classifier's
 * embedding cache make the issues labelled before cheap. A run stops after
 * {@link FailureStreak#STOP_AFTER} issues in a row that could not be labelled (an endpoint that is
 * down fails them all), keeping what it labelled before.
 */
public final class IssueClassification {
  static final int CHUNK = 200;

  private IssueClassification() {
  }

  /** What a run labelled: counts per label (themes of PTM-related issues only), for the summary the CLI prints. */
  public record Summary(String source, int issues, int ptm, Map<String, Integer> themes, Map<String, Integer> types,
      List<String> failures, String workDone, int untried) {
    /** Why the run stopped before its last issue, or null when it went through them all. */
    public String stop() {
      return untried == 0 ? null : "stopped after " + FailureStreak.STOP_AFTER + " issues in a row could not be labelled;"
          + String.format(Locale.ROOT, " %,d issue(s) not tried; run again when the labeller answers", untried);
    }
  }

  /** Labels the issues of {@code repository} (all when null) with {@code labeller}. */
  public static Summary run(Store store, IssueLabeller labeller, String repository, Progress progress) {
    List<IssueText> issues = IssueRecords.read(store, repository);
    progress.total(issues.size());
    int ptm = 0;
    Map<String, Integer> themes = new TreeMap<>();
    Map<String, Integer> types = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    FailureStreak streak = new FailureStreak();
    int tried = 0;
    boolean stopped = false;
    try (OrderedCalls<IssueText, IssueLabelling> labelling = new OrderedCalls<>(labeller.concurrency(), labeller::label)) {
      for (int from = 0; from < issues.size() && !stopped; from += CHUNK) {
        List<IssueText> chunk = issues.subList(from, Math.min(issues.size(), from + CHUNK));
        List<IssueId> ids = new ArrayList<>();
        List<IssueLabel> labels = new ArrayList<>();
        labeller.prepare(chunk);
        labelling.start(chunk);
        for (int i = 0; i < chunk.size(); i++) {
          progress.step();
          tried++;
          IssueLabelling labelled;
          try {
            labelled = labelling.outcome(i);
          } catch (LabellingException e) {
            // One issue the model cannot label must not stop the run; it is reported and retried next time.
            failures.add(e.getMessage());
            if (streak.failed()) {
              stopped = true;
              labelling.cancelRest();
              break;
            }
            continue;
          }
          streak.answered();
          ids.add(chunk.get(i).id());
          labels.addAll(labelled.toLabels(labeller.source()));
          ptm += labelled.isPtm() ? 1 : 0;
          if (labelled.isPtm()) {
            labelled.themeCodes().forEach(t -> themes.merge(t, 1, Integer::sum));
          }
          if (labelled.type() != null) {
            types.merge(labelled.type().code(), 1, Integer::sum);
          }
        }
        Instant now = Instant.now();
        store.transaction(connection -> {
          LabelRecords.replace(connection, labeller.source(), ids, labels, now);
          return null;
        });
      }
    }
    return new Summary(labeller.source(), issues.size(), ptm, themes, types, failures, labeller.workDone(),
        issues.size() - tried);
  }
}
