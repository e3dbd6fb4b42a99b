package io.hfmine.analyzers.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad input never stops extraction: each case yields an outcome, never an exception. */
class RobustnessTest {
  @RegisterExtension
  static final ExtractorPerClass extractor = new ExtractorPerClass();

  private static FileOutcome extract(String path, byte[] content) {
    return extractor.extract(new SourceFile(null, path, null, content));
  }

  @Test
  void skipsFilesOverTheSizeCapWithoutParsing() {
    byte[] big = ("from transformers import AutoModel\n" + "x = 1\n".repeat(200_000)).getBytes(StandardCharsets.UTF_8);

    FileOutcome outcome = extract("big.py", big);

    assertThat(outcome.status()).isEqualTo(FileStatus.TOO_LARGE);
    assertThat(outcome.detail()).contains("over usage.max-file-bytes");
  }

  @Test
  void skipsBinaryContent() {
    byte[] binary = new byte[] {'f', 'r', 'o', 'm', 0, 1, 2, 'f', 'r', 'o', 'm', '_', 'p', 'r', 'e'};

    assertThat(extract("weights.py", binary).status()).isEqualTo(FileStatus.BINARY);
  }

  @Test
  void extractsFromAHugeSingleLine() {
    String line = "from transformers import AutoModel; m = AutoModel.from_pretrained('gpt2'); "
        + "x = [" + "1, ".repeat(20_000) + "]\n";

    FileOutcome outcome = extract("minified.py", line.getBytes(StandardCharsets.UTF_8));

    assertThat(outcome.status()).isEqualTo(FileStatus.PARSED);
    assertThat(outcome.usages()).extracting(UsageRecord::modelLiteral).containsExactly("gpt2");
  }

  @Test
  void survivesDeepNestingOfBlocks() {
    StringBuilder code = new StringBuilder("from transformers import AutoModel\n");
    for (int depth = 0; depth < 300; depth++) {
      code.append("    ".repeat(depth)).append("if x:\n");
    }
    code.append("    ".repeat(300)).append("m = AutoModel.from_pretrained('gpt2')\n");

    FileOutcome outcome = extract("deep.py", code.toString().getBytes(StandardCharsets.UTF_8));

    assertThat(outcome.status()).isEqualTo(FileStatus.PARSED);
    assertThat(outcome.usages()).extracting(UsageRecord::modelLiteral).containsExactly("gpt2");
  }

  @Test
  void aChainOfConditionalRebindingsEndsInAnUnknownIdSaidOfTheFileNotInAHang() {
    // Each if rebinds the name from itself, so 40 of them reach the load 2^40 ways.
    StringBuilder code = new StringBuilder("import os\nfrom transformers import AutoModel\nname = 'acme/base'\n");
    for (int i = 0; i < 40; i++) {
      code.append("if os.environ.get('FLAG_").append(i).append("'):\n    name = name + '-").append(i).append("'\n");
    }
    code.append("grown = AutoModel.from_pretrained(name)\nplain = AutoModel.from_pretrained('acme/plain')\n");

    FileOutcome outcome = extract("flags.py", code.toString().getBytes(StandardCharsets.UTF_8));

    assertThat(outcome.status()).isEqualTo(FileStatus.PARSED);
    assertThat(outcome.partlyRead()).isTrue();
    assertThat(outcome.detail()).contains("cut short at 20,000 evaluation steps");
    assertThat(outcome.usages()).extracting(UsageRecord::modelId).contains("acme/plain");
    assertThat(outcome.usages()).filteredOn(u -> u.line() == 84)
        .extracting(UsageRecord::resolution).contains(Resolution.UNKNOWN);
  }

  @Test
  void aFileWhoseIdsTakeFewStepsIsReadWhole() {
    String code = "import os\nfrom transformers import AutoModel\nname = 'acme/base'\n"
        + "if os.environ.get('LARGE'):\n    name = name + '-large'\nm = AutoModel.from_pretrained(name)\n";

    FileOutcome outcome = extract("flag.py", code.getBytes(StandardCharsets.UTF_8));

    assertThat(outcome.partlyRead()).isFalse();
    assertThat(outcome.detail()).isNull();
    assertThat(outcome.usages()).extracting(UsageRecord::modelId).containsExactlyInAnyOrder("acme/base", "acme/base-large");
  }

  @Test
  void invalidUtf8WithoutACodingLineIsReadAsLatin1() {
    byte[] content = "from transformers import AutoModel\n# caf\u00e9\nm = AutoModel.from_pretrained('gpt2')\n"
        .getBytes(StandardCharsets.ISO_8859_1);

    FileOutcome outcome = extract("legacy.py", content);

    assertThat(outcome.usages()).extracting(UsageRecord::line).containsExactly(3);
  }

  @Test
  void garbageParsesWithErrorsAndYieldsNothing() {
    byte[] garbage = "import transformers\n)))) from_pretrained ((( def class : : import".getBytes(StandardCharsets.UTF_8);

    FileOutcome outcome = extract("garbage.py", garbage);

    assertThat(outcome.status()).isEqualTo(FileStatus.PARSED);
    assertThat(outcome.syntaxErrors()).isTrue();
    assertThat(outcome.usages()).isEmpty();
  }

  @Test
  void filesOfOtherLanguagesAreUnsupported() {
    assertThat(extract("README.md", "from_pretrained".getBytes(StandardCharsets.UTF_8)).status())
        .isEqualTo(FileStatus.UNSUPPORTED);
  }
}
