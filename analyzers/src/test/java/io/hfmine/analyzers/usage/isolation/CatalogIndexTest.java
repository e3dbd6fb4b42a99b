package io.hfmine.analyzers.usage.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.usage.canonical.ModelCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogIndexTest {
  @TempDir
  Path dir;

  @Test
  void findsEveryIdAsTheInMemoryCatalogDoesWhateverTheCase() throws IOException {
    List<String> ids = new ArrayList<>(List.of("google-bert/bert-base-uncased", "Qwen/Qwen2.5-7B-Instruct",
        "facebook/opt-125m", "FacebookAI/roberta-base", "gpt2", "zzz/last", "aaa/first", "ümlaut/modèle"));
    for (int i = 0; i < 500; i++) {
      ids.add("org" + (i * 7919 % 500) + "/Model-" + i);
    }
    ModelCatalog inMemory = ModelCatalog.of(ids);
    Path file = dir.resolve("catalog.index");
    CatalogIndex.write(inMemory, file);

    ModelCatalog indexed = CatalogIndex.open(file);

    assertThat(indexed.isPresent()).isTrue();
    for (String id : ids) {
      assertThat(indexed.find(id.toUpperCase())).as(id).isEqualTo(inMemory.find(id));
      assertThat(indexed.find(id)).as(id).contains(id);
    }
    for (String unknown : List.of("", "a", "google-bert/bert-base", "google-bert/bert-base-uncased2", "zzzz", "ümlaut")) {
      assertThat(indexed.find(unknown)).as(unknown).isEmpty();
    }
  }

  @Test
  void anEmptyCatalogFindsNothing() throws IOException {
    Path file = dir.resolve("empty.index");
    CatalogIndex.write(ModelCatalog.of(List.of()), file);

    assertThat(CatalogIndex.open(file).find("gpt2")).isEmpty();
  }
}
