package io.hfmine.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.spark.extract.Isolation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusScanArgumentsTest {
  @TempDir
  Path dir;

  @Test
  void takesWhatTheFlagsLeaveOutFromTheSparkSectionOfTheConfiguration() {
    CorpusScanSpec spec = CorpusScanArguments.parse("--input", "s3a://b/python/*.parquet", "--output", "out",
        "--sha-col", "hexsha", "--worker-java-option", "-Xss4m", "--worker-java-option=-Dx=1");

    assertThat(spec.columns()).isEqualTo(new CorpusColumns("content", "path", "repo", "hexsha"));
    assertThat(spec.format()).isEqualTo("parquet");
    assertThat(spec.isolation()).isEqualTo(Isolation.RETRY);
    assertThat(spec.workerJavaOptions()).containsExactly("-Xss4m", "-Dx=1");
    assertThat(spec.overwrite()).isFalse();
  }

  @Test
  void aStudyConfigurationChangesTheDefaults() throws Exception {
    Path config = dir.resolve("study.yaml");
    Files.writeString(config, "spark:\n  path-col: max_stars_repo_path\n  isolation: process\n");

    CorpusScanSpec spec = CorpusScanArguments.parse("--input", "in", "--output", "out", "--config", config.toString(),
        "--overwrite");

    assertThat(spec.columns().path()).isEqualTo("max_stars_repo_path");
    assertThat(spec.isolation()).isEqualTo(Isolation.PROCESS);
    assertThat(spec.overwrite()).isTrue();
  }

  @Test
  void namesTheFlagThatIsWrong() {
    assertThatThrownBy(() -> CorpusScanArguments.parse("--input", "in"))
        .hasMessage("--output is required");
    assertThatThrownBy(() -> CorpusScanArguments.parse("--input", "in", "--output", "o", "--format", "csv"))
        .hasMessageContaining("--format must be parquet or jsonl");
    assertThatThrownBy(() -> CorpusScanArguments.parse("--input", "in", "--output", "o", "--isolation", "maybe"))
        .hasMessageContaining("isolation must be none, retry or process");
    assertThatThrownBy(() -> CorpusScanArguments.parse("--input", "in", "--output", "o", "--partitions", "many"))
        .hasMessageContaining("--partitions must be a whole number");
    assertThatThrownBy(() -> CorpusScanArguments.parse("--input", "in", "--output", "o", "--colour", "red"))
        .hasMessageContaining("unknown option '--colour'");
    assertThatThrownBy(() -> CorpusScanArguments.parse("--input", "in", "--output", "o", "--catalog"))
        .hasMessage("--catalog needs a value");
  }
}
