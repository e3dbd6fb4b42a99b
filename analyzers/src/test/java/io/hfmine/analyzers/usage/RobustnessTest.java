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
