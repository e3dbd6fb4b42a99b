package io.hfmine.analyzers.usage.python;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.usage.TestExtractors;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.treesitter.TSTree;

class PythonParserTest {
  @Test
  void cancelsAParsePastItsTimeLimitAndParsesTheNextFileNormally() {
    TreeSitterNatives.install(TestExtractors.SETTINGS.nativeDirectory());
    byte[] large = "def f(x):\n    return g(x, [1, 2, 3], {'a': x})\n".repeat(40_000).getBytes(StandardCharsets.UTF_8);
    try (PythonParser parser = new PythonParser()) {
      assertThat(parser.parse(large, Duration.ofNanos(1))).isNull();

      TSTree tree = parser.parse("x = 1\n".getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(5));
      try {
        assertThat(tree.getRootNode().getType()).isEqualTo("module");
        assertThat(tree.getRootNode().hasError()).isFalse();
      } finally {
        tree.close();
      }
    }
  }

  @Test
  void unpacksTheNativeLibrariesIntoTheConfiguredDirectory() {
    TreeSitterNatives.install(TestExtractors.SETTINGS.nativeDirectory());

    assertThat(TestExtractors.SETTINGS.nativeDirectory().resolve("lib")
        .resolve(TreeSitterNatives.platformName("tree-sitter-python"))).exists();
  }
}
