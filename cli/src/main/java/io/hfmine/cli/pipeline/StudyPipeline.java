package io.hfmine.cli.pipeline;

import io.hfmine.datasets.hashing.Hashes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import io.hfmine.datasets.pipeline.StageLedger;
import io.hfmine.datasets.secrets.Secrets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs stages in order, skipping those already done for the same inputs.
 *
 * <p>A stage's inputs hash chains its own inputs with the upstream stage's hash and counts, so
 * when an upstream stage produces something new every stage after it runs again. A stage that
 * throws stops the pipeline (later stages need its output); a killed run resumes at the first
 * stage not recorded as done.
 */
public final class StudyPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(StudyPipeline.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Stage> stages;

  public StudyPipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  public List<String> names() {
    return stages.stream().map(Stage::name).toList();
  }

  /** Runs the stages from {@code from} to {@code until} (null = first / last); {@code from} is forced. */
  public List<StageResult> run(Session session, String from, String until) {
    int first = from == null ? 0 : indexOf(from, "--from");
    int last = until == null ? stages.size() - 1 : indexOf(until, "--until");
    if (first > last) {
      throw new UsageException("--from " + from + " comes after --until " + until);
    }
    StageLedger ledger = new StageLedger(session.store());
    List<StageResult> results = new ArrayList<>();
    String upstream = "";
    for (int i = 0; i <= last; i++) {
      Stage stage = stages.get(i);
      String inputs = Hashes.sha256(stage.name() + "\n" + stage.inputs(session) + "\n" + upstream);
      Optional<StageLedger.Entry> previous = ledger.find(stage.name());
      boolean beforeFrom = i < first;
      boolean forced = from != null && i == first;
      boolean done = previous.map(entry -> entry.doneFor(inputs)).orElse(false);
      if (beforeFrom || (done && !forced)) {
        if (!beforeFrom) {
          results.add(new StageResult(stage.name(), StageResult.Status.SKIPPED,
              previous.map(StudyPipeline::outcomeOf).orElseThrow(), null, Duration.ZERO));
        }
        upstream = inputs + previous.map(StageLedger.Entry::summary).orElse("");
        continue;
      }
      long started = System.nanoTime();
      ledger.started(stage.name(), i, inputs);
      LOG.info("stage {} ({}/{})", stage.name(), i + 1, stages.size());
      StageOutcome outcome;
      try {
        outcome = stage.run(session);
      } catch (Exception e) {
        String error = Secrets.redact(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        ledger.finished(stage.name(), i, inputs, false, null, error);
        results.add(new StageResult(stage.name(), StageResult.Status.FAILED, StageOutcome.of(Map.of()), error,
            Duration.ofNanos(System.nanoTime() - started)));
        LOG.debug("stage {} failed", stage.name(), e);
        return results;
      }
      String summary = json(outcome.counts());
      ledger.finished(stage.name(), i, inputs, true, summary, String.join("\n", outcome.failures()));
      results.add(new StageResult(stage.name(), StageResult.Status.RAN, outcome, null,
          Duration.ofNanos(System.nanoTime() - started)));
      upstream = inputs + summary;
    }
    return results;
  }

  private int indexOf(String name, String option) {
    int index = names().indexOf(name);
    if (index < 0) {
      throw new UsageException(option + " " + name + " is not a stage; stages are: " + String.join(", ", names()));
    }
    return index;
  }

  private static StageOutcome outcomeOf(StageLedger.Entry entry) {
    try {
      Map<String, Long> counts = entry.summary() == null ? Map.of()
          : JSON.readValue(entry.summary(), new TypeReference<LinkedHashMap<String, Long>>() { });
      List<String> failures = entry.failures() == null || entry.failures().isBlank()
          ? List.of() : List.of(entry.failures().split("\n"));
      return StageOutcome.of(counts).withFailures(failures);
    } catch (JsonProcessingException e) {
      return StageOutcome.of(Map.of());
    }
  }

  private static String json(Map<String, Long> counts) {
    try {
      return JSON.writeValueAsString(counts);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

}
