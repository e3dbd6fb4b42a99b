package io.hfmine.analyzers.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hfmine.datasets.config.Config;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of {@code usage-corpus/}: a source file and, beside it, {@code <name>.expected.yaml}
 * listing the usages it must yield (in line order) with the fields that matter for the case.
 */
class UsageCorpusTest {
  @RegisterExtension
  static final ExtractorPerClass extractor = new ExtractorPerClass();

  static Stream<String> cases() {
    try (Stream<Path> files = Files.list(corpus())) {
      return files.map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".py") || name.endsWith(".java") || name.endsWith(".ipynb"))
          .sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void corpusHasAtLeastEightyCasesEachWithExpectations() throws IOException {
    List<String> cases = cases().toList();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(80);
    for (String name : cases) {
      assertThat(corpus().resolve(expectationName(name))).as("expectation of " + name).exists();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void yieldsExactlyTheExpectedUsages(String name) throws IOException {
    Path file = corpus().resolve(name);
    JsonNode expected = Config.yamlMapper().readTree(corpus().resolve(expectationName(name)).toFile());
    FileOutcome outcome = extractor.extract(new SourceFile("corpus/repo", name, null, Files.readAllBytes(file)));

    String status = expected.path("status").asText("parsed");
    assertThat(outcome.status().sql()).as("status").isEqualTo(status);
    if (expected.has("syntax-errors")) {
      assertThat(outcome.syntaxErrors()).as("syntax errors").isEqualTo(expected.get("syntax-errors").asBoolean());
    }
    List<UsageRecord> usages = outcome.usages();
    JsonNode wanted = expected.path("usages");
    assertThat(usages).as("usages of " + name + ": " + describe(usages)).hasSize(wanted.size());
    SoftAssertions soft = new SoftAssertions();
    for (int i = 0; i < wanted.size(); i++) {
      JsonNode want = wanted.get(i);
      UsageRecord got = usages.get(i);
      String at = name + " usage #" + (i + 1) + " ";
      check(soft, at + "line", want, "line", String.valueOf(got.line()));
      check(soft, at + "library", want, "library", got.library());
      check(soft, at + "api", want, "api", got.api());
      check(soft, at + "kind", want, "kind", got.kind());
      check(soft, at + "model-literal", want, "model-literal", got.modelLiteral());
      check(soft, at + "model-id", want, "model-id", got.modelId());
      check(soft, at + "resolution", want, "resolution", got.resolution().sql());
      check(soft, at + "condition", want, "condition", got.condition());
      if (want.has("keyword-values")) {
        soft.assertThat(got.keywordValues()).as(at + "keyword-values")
            .containsExactlyElementsOf(strings(want.get("keyword-values")));
      }
      if (want.has("keyword-args")) {
        soft.assertThat(got.keywordArgs()).as(at + "keyword-args").containsExactlyElementsOf(strings(want.get("keyword-args")));
      }
      if (want.has("api-sequence")) {
        soft.assertThat(got.apiSequence()).as(at + "api-sequence").containsExactlyElementsOf(strings(want.get("api-sequence")));
      }
      if (want.has("snippet-contains")) {
        for (String part : strings(want.get("snippet-contains"))) {
          soft.assertThat(got.snippet()).as(at + "snippet").contains(part);
        }
      }
    }
    soft.assertAll();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void thePrefilterNeverDropsAFileThatParsingWouldFindUsagesIn(String name) throws IOException {
    SourceFile file = new SourceFile("corpus/repo", name, null, Files.readAllBytes(corpus().resolve(name)));

    FileOutcome parsed = extractor.parseRegardless(file);

    if (!parsed.usages().isEmpty()) {
      assertThat(extractor.reachesParser(file)).as("prefilter lets " + name + " through").isTrue();
    }
  }

  private static void check(SoftAssertions soft, String what, JsonNode want, String field, String actual) {
    if (want.has(field)) {
      JsonNode value = want.get(field);
      soft.assertThat(actual).as(what).isEqualTo(value.isNull() ? null : value.asText());
    }
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    } else {
      out.add(node.asText());
    }
    return out;
  }

  private static String describe(List<UsageRecord> usages) {
    StringBuilder out = new StringBuilder();
    for (UsageRecord u : usages) {
      out.append("\n  line ").append(u.line()).append(' ').append(u.api()).append(' ').append(u.kind())
          .append(" literal=").append(u.modelLiteral()).append(" id=").append(u.modelId())
          .append(' ').append(u.resolution().sql()).append(" condition=").append(u.condition())
          .append(" kw=").append(u.keywordArgs()).append(" values=").append(u.keywordValues())
          .append(" seq=").append(u.apiSequence());
    }
    return out.toString();
  }

  private static String expectationName(String source) {
    return source.substring(0, source.lastIndexOf('.')) + ".expected.yaml";
  }

  private static Path corpus() {
    try {
      return Path.of(UsageCorpusTest.class.getClassLoader().getResource("usage-corpus").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
