package io.hfmine.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.spark.extract.Isolation;
import io.hfmine.spark.extract.PartitionExtractor;
import io.hfmine.spark.output.JobSummary;
import io.hfmine.spark.output.OutputLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that kills the JVM parsing it is recorded {@code crashed}, the other files keep their
 * usages (or their binary and too-large statuses), and the job finishes. The extraction worker JVMs die for real (the isolation tests'
 * fault injection halts them, as a native crash would); in local mode the executor is this JVM,
 * so a first attempt's executor loss is simulated by a failed task.
 */
class PoisonFileTest {
  private static final String MARKER = "POISON-5e1d";
  private static final String WORKER_MARKER = "-Dhfmine.usage.crash-marker=" + MARKER;

  @TempDir
  static Path temp;
  private static SparkSession spark;
  private static Path corpus;

  @BeforeAll
  static void start() {
    // Two attempts per task: the retry is where the poison file is isolated.
    spark = LocalSpark.start("local[2,2]");
    List<Row> rows = List.of(
        row("a.py", "from transformers import AutoModel\nAutoModel.from_pretrained('gpt2')\n"),
        row("poison.py", "from transformers import AutoModel\n# " + MARKER + "\nAutoModel.from_pretrained('t5-small')\n"),
        row("c.py", "from transformers import pipeline\npipeline('ner', model='dslim/bert-base-NER')\n"),
        row("d.py", "def add(a, b):\n    return a + b\n"),
        row("blob.py", "from transformers import AutoModel\u0000\u0001AutoModel.from_pretrained('gpt2')\n"),
        row("huge.py", "from transformers import AutoModel\n" + "x = 1\n".repeat(200_000)));
    corpus = temp.resolve("corpus");
    CorpusFiles.write(spark, rows, 1, corpus);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @AfterEach
  void noSimulatedCrash() {
    System.clearProperty(PartitionExtractor.SIMULATED_CRASH_PROPERTY);
  }

  @Test
  void aFileThatKillsTheFirstAttemptIsRecordedCrashedByTheIsolatedRetry() {
    System.setProperty(PartitionExtractor.SIMULATED_CRASH_PROPERTY, MARKER);

    JobSummary summary = scan(Isolation.RETRY, "retry");

    assertCrashedAndTheRestFound(summary, "retry");
  }

  @Test
  void underProcessIsolationTheWorkerDiesAndTheTaskGoesOn() throws Exception {
    // The broadcast catalog reaches the worker JVMs too: ids take the catalog's spelling.
    Path catalog = temp.resolve("models.txt");
    Files.writeString(catalog, "openai-community/gpt2\ndslim/BERT-base-NER\n");

    JobSummary summary = scan(Isolation.PROCESS, "process", catalog.toString());

    assertCrashedAndTheRestFound(summary, "process");
    assertThat(summary.catalogIds()).isEqualTo(2);
    assertThat(spark.read().parquet(temp.resolve("process").resolve(OutputLayout.USAGES).toString())
        .select("model_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList())
        .containsExactlyInAnyOrder("openai-community/gpt2", "dslim/BERT-base-NER");
  }

  private static JobSummary scan(Isolation isolation, String name) {
    return scan(isolation, name, null);
  }

  private static JobSummary scan(Isolation isolation, String name, String catalog) {
    return new CorpusScan(spark).run(new CorpusScanSpec(corpus.toString(), "parquet",
        new CorpusColumns("content", "path", "repo", null), temp.resolve(name).toString(), catalog, isolation, null,
        List.of(WORKER_MARKER), 0, false));
  }

  private static void assertCrashedAndTheRestFound(JobSummary summary, String name) {
    Map<String, Row> files = spark.read().parquet(temp.resolve(name).resolve(OutputLayout.FILES).toString())
        .collectAsList().stream().collect(Collectors.toMap(r -> r.getString(r.fieldIndex("path")), r -> r));
    Row poison = files.get("poison.py");
    assertThat(poison.getString(poison.fieldIndex("status"))).isEqualTo("crashed");
    assertThat(poison.getString(poison.fieldIndex("detail"))).contains("died on this file").contains("exit code 134");
    assertThat(files.get("a.py").getString(files.get("a.py").fieldIndex("status"))).isEqualTo("parsed");
    assertThat(files.get("d.py").getString(files.get("d.py").fieldIndex("status"))).isEqualTo("prefiltered");
    assertThat(files.get("blob.py").getString(files.get("blob.py").fieldIndex("status"))).isEqualTo("binary");
    assertThat(files.get("huge.py").getString(files.get("huge.py").fieldIndex("status"))).isEqualTo("too-large");
    assertThat(files.get("huge.py").getString(files.get("huge.py").fieldIndex("detail"))).contains("usage.max-file-bytes");
    assertThat(summary.byStatus().get("crashed").files()).isEqualTo(1);
    List<String> literals = spark.read().parquet(temp.resolve(name).resolve(OutputLayout.USAGES).toString())
        .select("model_literal").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertThat(literals).containsExactlyInAnyOrder("gpt2", "dslim/bert-base-NER");
  }

  private static Row row(String path, String code) {
    return RowFactory.create("alice/app", path, code.getBytes(StandardCharsets.UTF_8));
  }
}
