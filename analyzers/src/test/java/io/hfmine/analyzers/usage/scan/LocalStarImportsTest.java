package io.hfmine.analyzers.usage.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.usage.FileStatus;
import io.hfmine.analyzers.usage.SourceFile;
import io.hfmine.analyzers.usage.TestExtractors;
import io.hfmine.analyzers.usage.UsageExtractor;
import io.hfmine.analyzers.usage.python.LocalModules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code usage scan} of a directory follows {@code from m import *} of the project's own modules
 * ({@code usage-projects/star-imports/}): the classes such a module imports count in the file
 * that star-imports it, along Python's rules for finding the module.
 */
class LocalStarImportsTest {

  @Test
  void aClassImportedByAStarImportedProjectModuleIsFoundWhenTheDirectoryIsScanned() throws IOException {
    List<String> found = scan(project());

    assertThat(found).containsExactly(
        "app/cli.py:3 diffusers.DiffusionPipeline.from_pretrained stabilityai/sdxl-turbo",
        "app/run.py:3 diffusers.DiffusionPipeline.from_pretrained runwayml/stable-diffusion-v1-5",
        "app/sub/deep.py:3 diffusers.DiffusionPipeline.from_pretrained stabilityai/stable-diffusion-2-1",
        "tools/use_exported.py:3 transformers.pipeline distilbert-base-uncased-finetuned-sst-2-english",
        "train.py:3 transformers.AutoTokenizer.from_pretrained bert-base-uncased",
        "train.py:4 transformers.AutoModel.from_pretrained bert-base-uncased");
  }

  @Test
  void starImportsOfModulesThatDoNotImportTheClassOrAreNotInTheTreeFindNothing() throws IOException {
    List<String> found = scan(project());

    // plain.py star-imports helpers.py (no library); elsewhere.py a module not in the tree;
    // app/run.py's AutoModel is imported only inside a function of app/base.py;
    // tools/exported.py leaves AutoModel out of __all__.
    assertThat(found).noneMatch(line -> line.startsWith("plain.py") || line.startsWith("elsewhere.py")
        || line.contains("gpt2") || line.contains("xlnet"));
  }

  @Test
  void aFileScannedAloneHasNoProjectAroundItSoItsStarImportIsNotFollowed() throws IOException {
    assertThat(scan(project().resolve("train.py"))).isEmpty();
  }

  @Test
  void thePrefilterLetsAStarImportingFileThroughOnlyWhenStarImportsAreFollowed() throws IOException {
    Path train = project().resolve("train.py");
    SourceFile file = new SourceFile(null, train.toString(), null, Files.readAllBytes(train));
    try (UsageExtractor extractor = TestExtractors.create()) {
      assertThat(extractor.decideWithoutParsing(file).status()).isEqualTo(FileStatus.PREFILTERED);

      extractor.followLocalStarImports(new LocalModules(List.of(project()), 1_048_576));

      assertThat(extractor.decideWithoutParsing(file)).isNull();
      assertThat(extractor.extract(file).usages()).hasSize(2);
    }
  }

  private static List<String> scan(Path path) {
    return ProjectScans.scan(project(), path, usage -> usage.api() + " " + usage.modelLiteral());
  }

  private static Path project() {
    return ProjectScans.project("star-imports");
  }
}
