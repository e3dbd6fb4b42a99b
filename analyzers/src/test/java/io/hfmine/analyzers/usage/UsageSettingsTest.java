package io.hfmine.analyzers.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.datasets.config.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageSettingsTest {
  @TempDir
  Path dir;

  private UsageSettings read(String usageSection) throws Exception {
    Path study = dir.resolve("study.yaml");
    Files.writeString(study, "usage:\n" + usageSection);
    return Config.load(study).section("usage", UsageSettings.class);
  }

  @Test
  void shippedDefaultsParseInThisProcessWithTheBestBinding() throws Exception {
    UsageSettings settings = read("  threads: 2\n");

    assertThat(settings.treeSitterBinding()).isEqualTo("auto");
    assertThat(settings.inChildProcesses()).isFalse();
    assertThat(settings.maxBytesFor("a/explore.ipynb")).isEqualTo(20_971_520);
    assertThat(settings.maxBytesFor("a/load.py")).isEqualTo(1_048_576);
  }

  @Test
  void refusesAnUnknownBindingNamingTheKey() {
    assertThatThrownBy(() -> read("  tree-sitter-binding: cffi\n"))
        .hasMessageContaining("usage.tree-sitter-binding").hasMessageContaining("cffi");
  }

  @Test
  void refusesAnUnknownIsolationNamingTheKey() {
    assertThatThrownBy(() -> read("  isolation: docker\n"))
        .hasMessageContaining("usage.isolation").hasMessageContaining("docker");
  }

  @Test
  void theCommandLineCanTurnIsolationOn() throws Exception {
    assertThat(read("  isolation: none\n").withIsolation(true).inChildProcesses()).isTrue();
  }
}
