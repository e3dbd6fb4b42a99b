package io.hfmine.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.cli.support.GlobalOptions;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyPipelineTest {
  @TempDir
  Path dir;
  private Session session;
  private final List<String> ran = new ArrayList<>();

  @BeforeEach
  void open() {
    GlobalOptions globals = new GlobalOptions();
    globals.workDir = dir;
    session = new Session(globals, "hfmine run", new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  @AfterEach
  void close() {
    session.close();
  }

  @Test
  void secondRunSkipsStagesDoneForTheSameInputs() {
    StudyPipeline pipeline = new StudyPipeline(List.of(stage("a", 1), stage("b", 2)));
    pipeline.run(session, null, null);
    List<StageResult> again = pipeline.run(session, null, null);
    assertThat(ran).containsExactly("a", "b");
    assertThat(again).extracting(StageResult::status)
        .containsExactly(StageResult.Status.SKIPPED, StageResult.Status.SKIPPED);
    assertThat(again.get(1).outcome().counts()).containsEntry("items", 2L);
  }

  @Test
  void fromForcesThatStageAndRerunsDownstreamOnlyIfItsOutputChanged() {
    long[] produced = {1};
    Stage changing = new Stage() {
      @Override public String name() { return "a"; }
      @Override public String inputs(Session s) { return ""; }
      @Override public StageOutcome run(Session s) {
        ran.add("a");
        return StageOutcome.of(Map.of("items", produced[0]));
      }
    };
    StudyPipeline pipeline = new StudyPipeline(List.of(changing, stage("b", 2)));
    pipeline.run(session, null, null);
    pipeline.run(session, "a", null);
    assertThat(ran).containsExactly("a", "b", "a");
    produced[0] = 5;
    pipeline.run(session, "a", null);
    assertThat(ran).containsExactly("a", "b", "a", "a", "b");
  }

  @Test
  void failingStageStopsThePipelineAndIsRetriedNextRun() {
    boolean[] fail = {true};
    Stage flaky = new Stage() {
      @Override public String name() { return "b"; }
      @Override public String inputs(Session s) { return ""; }
      @Override public StageOutcome run(Session s) {
        ran.add("b");
        if (fail[0]) {
          throw new IllegalStateException("HTTP 503 from the fake hub");
        }
        return StageOutcome.of(Map.of());
      }
    };
    StudyPipeline pipeline = new StudyPipeline(List.of(stage("a", 1), flaky, stage("c", 3)));
    List<StageResult> first = pipeline.run(session, null, null);
    assertThat(first).extracting(StageResult::status)
        .containsExactly(StageResult.Status.RAN, StageResult.Status.FAILED);
    assertThat(first.get(1).error()).isEqualTo("HTTP 503 from the fake hub");
    fail[0] = false;
    pipeline.run(session, null, null);
    assertThat(ran).containsExactly("a", "b", "b", "c");
  }

  @Test
  void aStageWhoseUnitsFailedRunsAgainOnTheNextRunUntilNoneFails() {
    boolean[] fail = {true};
    Stage partial = new Stage() {
      @Override public String name() { return "b"; }
      @Override public String inputs(Session s) { return ""; }
      @Override public StageOutcome run(Session s) {
        ran.add("b");
        return StageOutcome.of(Map.of("rows", 1L))
            .withFailures(fail[0] ? List.of("acme/app: GitHub answered 502") : List.of());
      }
    };
    StudyPipeline pipeline = new StudyPipeline(List.of(stage("a", 1), partial, stage("c", 3)));
    List<StageResult> first = pipeline.run(session, null, null);
    assertThat(first).extracting(StageResult::status)
        .containsExactly(StageResult.Status.RAN, StageResult.Status.RAN, StageResult.Status.RAN);
    fail[0] = false;
    pipeline.run(session, null, null);
    pipeline.run(session, null, null);
    // The failed units are retried by the next run; the third has nothing left to do.
    assertThat(ran).containsExactly("a", "b", "c", "b");
  }

  @Test
  void untilStopsAfterTheNamedStage() {
    StudyPipeline pipeline = new StudyPipeline(List.of(stage("a", 1), stage("b", 2), stage("c", 3)));
    assertThat(pipeline.run(session, null, "b")).hasSize(2);
    assertThat(ran).containsExactly("a", "b");
  }

  @Test
  void unknownStageNameIsAUsageErrorListingTheStages() {
    StudyPipeline pipeline = new StudyPipeline(List.of(stage("a", 1)));
    assertThatThrownBy(() -> pipeline.run(session, "nope", null))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("stages are: a");
  }

  private Stage stage(String name, long items) {
    return new Stage() {
      @Override public String name() { return name; }
      @Override public String inputs(Session s) { return "config of " + name; }
      @Override public StageOutcome run(Session s) {
        ran.add(name);
        return StageOutcome.of(Map.of("items", items));
      }
    };
  }
}
