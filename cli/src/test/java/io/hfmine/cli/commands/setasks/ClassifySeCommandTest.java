package io.hfmine.cli.commands.setasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifySeCommandTest {
  @TempDir
  Path dir;

  @Test
  void withoutAnEndpointTheFunnelStopsAfterTheRuleStagesAndSaysSo() {
    CliRun run = CliRun.quietIn(dir, "models", "classify-se", "--kind", "model");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("models in the store").contains("after the exclusion rules");
    assertThat(run.err()).contains("LLM confirmation: not run").contains("stops after the rule stages");
  }

  @Test
  void aModelCardDumpIsImportedAndClassifiedWithoutFetchingAnything() throws Exception {
    Path dump = Files.writeString(dir.resolve("cards.jsonl"), """
        {"modelId": "org/tester", "author": "org", "downloads": 10, "tags": ["transformers"], "createdAt": "2024-01-02T00:00:00Z", "card": "# Tester\\nIt does unit test generation for Java methods."}
        {"modelId": "org/sentiment", "author": "org", "downloads": 5, "tags": [], "card": "# Sentiment\\nA sentiment classifier."}
        {"modelId": "org/bare", "downloads": 1}
        """);
    CliRun imported = CliRun.quietIn(dir, "models", "import", dump.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.err()).contains("3 model(s) imported from " + dump + " (jsonl), 2 with card text");

    CliRun run = CliRun.quietIn(dir, "models", "classify-se", "--kind", "model");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("0 +3 +models in the store")
        .containsPattern("1 +1 +mention an SE task")
        .contains("cards: 1 no README, 0 empty, 1 without SE task, 1 with SE task");
  }

  @Test
  void anUnknownKindIsAUsageError() {
    CliRun run = CliRun.quietIn(dir, "models", "classify-se", "--kind", "space");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--kind must be model or dataset; got 'space'");
  }

  @Test
  void aTaxonomyFileWithAnUnknownActivityIsRefusedNamingTheTask() throws Exception {
    Path taxonomy = Files.writeString(dir.resolve("bad.yaml"), """
        name: bad
        version: 1
        sources: {me: mine}
        activities: [{id: qa, name: QA}]
        tasks: [{id: fuzzing, name: fuzzing, activity: testing, source: me}]
        """);
    CliRun run = CliRun.quietIn(dir, "models", "classify-se", "--taxonomy", taxonomy.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("task 'fuzzing' names unknown activity 'testing'");
  }

  @Test
  void aLabelFileWithProblemsIsListedByLineAndNothingIsImported() throws Exception {
    Path labels = Files.writeString(dir.resolve("labels.csv"), """
        sample,item_kind,item_id,activity,tasks,evidence,card_excerpt,url,relevant,annotator,note
        pilot,model,org/unknown,software-implementation,,,,,maybe,alice,
        """);
    CliRun run = CliRun.quietIn(dir, "annotate", "se-tasks", "import", labels.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("labels.csv line 2: model org/unknown / software-implementation is not an "
        + "item-activity pair").contains("nothing imported");
  }
}
