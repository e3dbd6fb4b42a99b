package io.hfmine.analyzers.usage.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code usage scan} of a directory reads a name a file imports by name from one of the
 * project's own modules ({@code from settings import CHECKPOINT}) as the string that module
 * binds it to, when nothing can rebind it ({@code usage-projects/imported-constants/}).
 */
class ImportedConstantsTest {

  @Test
  void aNameImportedFromAProjectModuleThatBindsItOnceToAStringTakesThatString() {
    List<String> found = scan(project());

    // starred_after.py star-imports, after its import, a module binding other names and one
    // leaving the name out of its __all__: neither brings it again.
    assertThat(found).contains(
        "train.py:5 transformers.AutoModelForSeq2SeqLM.from_pretrained google/flan-t5-small CONSTANT",
        "train.py:6 transformers.pipeline dslim/bert-base-NER CONSTANT",
        "pkg/embed.py:7 sentence_transformers.SentenceTransformer sentence-transformers/all-MiniLM-L6-v2 CONSTANT",
        "late/use.py:6 transformers.AutoModel.from_pretrained roberta-base CONSTANT",
        "late/starred_after.py:7 transformers.AutoModel.from_pretrained roberta-base CONSTANT");
  }

  @Test
  void aNameTheModuleOrTheImportingFileMayBindOtherwiseStaysUnknown() {
    List<String> found = scan(project());

    // SWITCHED is rebound under an if, RUNTIME by a function's global, BUILT is no plain string;
    // the parameter shadows the import; AFTER_STAR may come again from the star import after it;
    // after the import, starred_rebind.py star-imports a module binding the name, starred_library.py
    // a library (whose names are not known); two_sources.py imports CHECKPOINT from two modules;
    // switches.py has a function declaring it global, which may rebind it before any call.
    assertThat(found).contains(
        "train.py:7 transformers.AutoModel.from_pretrained SWITCHED UNKNOWN",
        "train.py:8 transformers.AutoModel.from_pretrained RUNTIME UNKNOWN",
        "train.py:9 transformers.AutoTokenizer.from_pretrained BUILT UNKNOWN",
        "train.py:13 transformers.AutoTokenizer.from_pretrained CHECKPOINT UNKNOWN",
        "late/use.py:7 transformers.AutoModel.from_pretrained AFTER_STAR UNKNOWN",
        "late/starred_rebind.py:6 transformers.AutoModel.from_pretrained BEFORE_STAR UNKNOWN",
        "late/starred_library.py:4 transformers.AutoModel.from_pretrained BEFORE_STAR UNKNOWN",
        "two_sources.py:8 transformers.AutoModel.from_pretrained CHECKPOINT UNKNOWN",
        "switches.py:12 transformers.AutoModel.from_pretrained CHECKPOINT UNKNOWN");
    assertThat(found).noneMatch(line -> line.contains("gpt2") || line.contains("albert") || line.contains("xlm-")
        || line.contains("bert-large"));
  }

  @Test
  void aNameOnlyAStarImportOfAProjectModuleBringsTakesTheStringThatModuleBindsItTo() {
    List<String> found = scan(project());

    // through.py star-imports a module that star-imports config in turn, then one binding
    // DECODER again: the last star import that binds a name is the one Python leaves.
    assertThat(found).contains(
        "starred/use.py:5 transformers.AutoModel.from_pretrained acme/starred-encoder CONSTANT",
        "starred/use.py:6 transformers.AutoTokenizer.from_pretrained acme/starred-encoder CONSTANT",
        "starred/use.py:7 transformers.pipeline acme/starred-tagger CONSTANT",
        "starred/through.py:6 transformers.AutoModel.from_pretrained acme/newer-decoder CONSTANT",
        "starred/through.py:7 transformers.AutoModel.from_pretrained acme/starred-encoder CONSTANT");
  }

  @Test
  void aStarredNameTheModuleDoesNotExportOrBindForGoodOrTheFileMayRebindStaysUnknown() {
    List<String> found = scan(project());

    // SWITCHED is bound under an if, HIDDEN left out of __all__, _PRIVATE private; a library's
    // star import last may bind anything; a function declares TAGGER global; a parameter of the
    // same name is the function's own.
    assertThat(found).contains(
        "starred/use.py:8 transformers.AutoModel.from_pretrained SWITCHED UNKNOWN",
        "starred/use.py:9 transformers.AutoModel.from_pretrained HIDDEN UNKNOWN",
        "starred/library_last.py:4 transformers.AutoModel.from_pretrained ENCODER UNKNOWN",
        "starred/rebinds.py:13 transformers.AutoModel.from_pretrained TAGGER UNKNOWN",
        "starred/rebinds.py:17 transformers.AutoModel.from_pretrained _PRIVATE UNKNOWN");
    assertThat(found).anyMatch(line -> line.startsWith("starred/rebinds.py:21 ") && line.contains("acme/parameter-default"));
    assertThat(found).noneMatch(line -> line.contains("acme/switched") || line.contains("acme/left-out-of-all")
        || line.contains("acme/private-name") || line.contains("acme/never-known"));
  }

  @Test
  void aListOfStringsImportedFromAProjectModuleHoldsEachOfItsStringsInATestOrALoop() {
    List<String> found = scan(project());

    // nets/names.py binds SMALL_NETS = NETS_A + NETS_B, both lists of strings, and LARGE_NETS to
    // a tuple; build.py imports the latter as BIG. The branch after `arch == "resnet50"` holds
    // each string of the list it tests; a loop over the list walks each.
    assertThat(found).contains(
        "nets/build.py:10 timm.create_model resnet101 CONSTANT",
        "nets/build.py:10 timm.create_model resnet152 CONSTANT",
        "nets/build.py:12 timm.create_model resnet18 CONSTANT",
        "nets/build.py:12 timm.create_model resnet34 CONSTANT",
        "nets/build.py:12 timm.create_model efficientnet_b0 CONSTANT",
        "nets/build.py:21 timm.create_model resnet18 CONSTANT",
        "nets/build.py:21 timm.create_model resnet34 CONSTANT",
        "nets/build.py:21 timm.create_model efficientnet_b0 CONSTANT");
  }

  @Test
  void anImportedListTheModuleMayBindOtherwiseOrBuildsFromAnotherModuleStaysUnknown() {
    List<String> found = scan(project());

    // SWITCHED is rebound under an if; PARTLY joins a list that names.py itself imports;
    // late.py star-imports, after its import, a module binding SMALL_NETS again.
    assertThat(found).contains(
        "nets/build.py:14 timm.create_model arch UNKNOWN",
        "nets/build.py:16 timm.create_model arch UNKNOWN",
        "nets/late.py:9 timm.create_model arch UNKNOWN");
    assertThat(found).noneMatch(line -> line.contains("convnext") || line.contains("vit_huge")
        || line.contains("mobilenetv3"));
  }

  @Test
  void aFileScannedAloneHasNoProjectAroundItSoTheImportedNameStaysUnknown() {
    assertThat(scan(project().resolve("train.py")))
        .contains("train.py:5 transformers.AutoModelForSeq2SeqLM.from_pretrained CHECKPOINT UNKNOWN");
  }

  private static List<String> scan(Path path) {
    return ProjectScans.scan(project(), path, usage -> usage.api() + " " + usage.modelLiteral() + " " + usage.resolution());
  }

  private static Path project() {
    return ProjectScans.project("imported-constants");
  }
}
