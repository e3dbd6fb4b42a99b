package io.hfmine.analyzers.pick;

import static io.hfmine.analyzers.pick.PickFixtures.SETTINGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.analyzers.text.embedding.OnnxEmbedder;
import io.hfmine.analyzers.text.embedding.distilled.StaticEmbedder;
import io.hfmine.datasets.config.ConfigException;
import io.hfmine.datasets.progress.Progress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PickEmbeddingSettingsTest {
  private static PickSettings with(String model, String tableDir) {
    PickSettings.Embedding e = SETTINGS.embedding();
    return SETTINGS.withEmbedding(new PickSettings.Embedding(model, e.attributes(), e.maxChars(), e.maxTokens(), tableDir));
  }

  @Test
  void anUnknownEmbeddingModelIsRefusedNamingTheStaticAndTheTransformerOnes() {
    assertThatThrownBy(() -> with("static-minlm", "tables").validated()).isInstanceOf(ConfigException.class)
        .hasMessageContaining("pick.embedding.model").hasMessageContaining("static-minlm")
        .hasMessageContaining("static-minilm").hasMessageContaining("all-minilm-l6-v2-q");
    assertThatThrownBy(() -> with("static-minilm", " ").validated()).hasMessageContaining("pick.embedding.table-dir");
  }

  @Test
  void theStaticModelKeepsItsTableUnderTheWorkDirectoryTheHomeDirectoryOrAnAbsolutePath() {
    Path work = Path.of("/srv/study");

    assertThat(with("static-minilm", "tables").embedding().tables(work)).isEqualTo(work.resolve("tables"));
    assertThat(with("static-minilm", "~/.cache/t").embedding().tables(work))
        .isEqualTo(Path.of(System.getProperty("user.home"), ".cache/t"));
    assertThat(with("static-minilm", "/var/t").embedding().tables(work)).isEqualTo(Path.of("/var/t"));
    assertThat(with("static-minilm", "tables").embedding().embedder(work, Progress.Factory.NONE))
        .isInstanceOf(StaticEmbedder.class);
    assertThat(with("all-minilm-l6-v2-q", "tables").embedding().embedder(work, Progress.Factory.NONE))
        .isSameAs(OnnxEmbedder.shared(OnnxEmbedder.Build.INT8, SETTINGS.embedding().maxTokens()));
  }
}
