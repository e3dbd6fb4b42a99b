package io.hfmine.analyzers.usage.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.usage.FileExtractor;
import io.hfmine.analyzers.usage.FileOutcome;
import io.hfmine.analyzers.usage.FileStatus;
import io.hfmine.analyzers.usage.SourceFile;
import io.hfmine.analyzers.usage.TestExtractors;
import io.hfmine.analyzers.usage.UsageExtractor;
import io.hfmine.analyzers.usage.canonical.ModelCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IsolatedExtractorTest {
  private static final String MARKER = "CRASH-HERE-7f3a";

  private static SourceFile python(String name, String code) {
    return new SourceFile("alice/app", name, null, code.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void yieldsTheSameOutcomesAsExtractionInThisProcess() throws IOException {
    List<Path> cases;
    try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "usage-corpus"))) {
      cases = files.filter(p -> p.toString().endsWith(".py")).sorted().limit(25).toList();
    }
    try (FileExtractor isolated = new IsolatedExtractorFactory(TestExtractors.SETTINGS, ModelCatalog.NONE).get();
        UsageExtractor local = TestExtractors.create()) {
      for (Path file : cases) {
        SourceFile source = new SourceFile("corpus/repo", file.getFileName().toString(), null, Files.readAllBytes(file));
        assertThat(isolated.extract(source)).as(file.toString()).isEqualTo(local.extract(source));
      }
    }
  }

  @Test
  void workersCanonicaliseAgainstTheCatalogWithoutLoadingIt() throws IOException {
    ModelCatalog catalog = ModelCatalog.of(List.of("Google-BERT/bert-base-uncased", "facebook/opt-125m",
        "sentence-transformers/all-MiniLM-L6-v2", "dslim/bert-base-NER"));
    SourceFile file = python("app.py", """
        from transformers import AutoModel, pipeline
        from sentence_transformers import SentenceTransformer
        a = AutoModel.from_pretrained("bert-base-uncased")
        b = SentenceTransformer("all-MiniLM-L6-v2")
        c = pipeline("ner", model="DSLIM/bert-base-ner")
        d = AutoModel.from_pretrained("someone/not-in-the-catalog")
        """);
    try (FileExtractor isolated = new IsolatedExtractorFactory(TestExtractors.SETTINGS, catalog).get();
        UsageExtractor local = TestExtractors.create(catalog)) {
      FileOutcome outcome = isolated.extract(file);

      assertThat(outcome).isEqualTo(local.extract(file));
      assertThat(outcome.usages()).extracting(u -> u.modelId()).containsExactly("Google-BERT/bert-base-uncased",
          "sentence-transformers/all-MiniLM-L6-v2", "dslim/bert-base-NER", null);
    }
  }

  @Test
  void recordsAFileThatKillsTheWorkerAsCrashedAndGoesOnWithTheNextOne() {
    IsolatedExtractorFactory factory = new IsolatedExtractorFactory(TestExtractors.SETTINGS, ModelCatalog.NONE,
        List.of("-D" + ExtractionWorker.CRASH_MARKER_PROPERTY + "=" + MARKER));
    try (FileExtractor extractor = factory.get()) {
      FileOutcome before = extractor.extract(python("a.py",
          "from transformers import AutoModel\nAutoModel.from_pretrained('gpt2')\n"));
      FileOutcome crash = extractor.extract(python("b.py",
          "from transformers import AutoModel\n# " + MARKER + "\nAutoModel.from_pretrained('gpt2')\n"));
      FileOutcome after = extractor.extract(python("c.py",
          "from transformers import pipeline\npipeline('ner', model='dslim/bert-base-NER')\n"));

      assertThat(before.status()).isEqualTo(FileStatus.PARSED);
      assertThat(crash.status()).isEqualTo(FileStatus.CRASHED);
      assertThat(crash.detail()).contains("died on this file").contains("exit code 134");
      assertThat(after.status()).isEqualTo(FileStatus.PARSED);
      assertThat(after.usages()).extracting(u -> u.modelLiteral()).containsExactly("dslim/bert-base-NER");
    }
  }

  @Test
  void decidesPrefilteredFilesWithoutStartingAWorker() {
    IsolatedExtractorFactory factory = new IsolatedExtractorFactory(TestExtractors.SETTINGS, ModelCatalog.NONE,
        List.of("-D" + ExtractionWorker.CRASH_MARKER_PROPERTY + "=" + MARKER));
    try (FileExtractor extractor = factory.get()) {
      // The marker would kill a worker: the file must never reach one.
      FileOutcome outcome = extractor.extract(python("util.py", "# " + MARKER + "\ndef add(a, b):\n    return a + b\n"));

      assertThat(outcome.status()).isEqualTo(FileStatus.PREFILTERED);
    }
  }
}
