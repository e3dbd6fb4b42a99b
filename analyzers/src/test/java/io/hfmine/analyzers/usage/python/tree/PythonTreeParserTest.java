package io.hfmine.analyzers.usage.python.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hfmine.analyzers.usage.TestExtractors;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterPython;

class PythonTreeParserTest {
  private static final String SAMPLE = """
      import torch
      from transformers import AutoModel as AM, pipeline  # loaders
      \"\"\"Docstring naming bert-base-uncased.\"\"\"

      MODEL = "google-bert/bert-base-uncased"


      class Encoder(torch.nn.Module):
          def __init__(self, name: str = MODEL, *args, **kwargs):
              super().__init__()
              self.model = AM.from_pretrained(name, torch_dtype=torch.float16).to("cuda")

          @torch.no_grad()
          def forward(self, x):
              return self.model(**x).last_hidden_state[:, 0]


      def main():
          clf = pipeline("text-classification", model=f"distilbert/{'sst2'}", device_map="auto")
          print(clf("héllo wörld ✓"), [i ** 2 for i in range(3)], {k: v for k, v in {}.items()})
          async def later():
              await clf.aclose()
          return lambda y: y if y else None
      """;

  private static final String BROKEN = """
      def f(:
          x = AutoModel.from_pretrained("gpt2"
      class
      print "python 2 style"
      y = [1, 2,
      """;

  @ParameterizedTest
  @ValueSource(strings = {"jni", "foreign"})
  void cancelsAParsePastItsTimeLimitAndParsesTheNextFileNormally(String binding) {
    byte[] large = "def f(x):\n    return g(x, [1, 2, 3], {'a': x})\n".repeat(40_000).getBytes(StandardCharsets.UTF_8);
    try (PythonTreeParser parser = open(binding)) {
      assertThat(parser.parse(large, Duration.ofNanos(1))).isNull();

      try (SyntaxTree tree = parser.parse(utf8("x = 1\n"), Duration.ofSeconds(5))) {
        assertThat(tree.root().type()).isEqualTo("module");
        assertThat(tree.hasError()).isFalse();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"jni", "foreign"})
  void copiesEveryNodeWithTheSameTypeSpanFieldAndChildrenAsTheNativeTree(String binding) {
    for (String code : List.of(SAMPLE, BROKEN, "", "\n\n# only a comment\n")) {
      byte[] bytes = utf8(code);
      try (PythonTreeParser parser = open(binding); TSParser reference = referenceParser()) {
        SyntaxTree copy = parser.parse(bytes, Duration.ofSeconds(5));
        TSTree tree = reference.parseString(null, code);
        try {
          List<String> expected = new ArrayList<>();
          describe(tree.getRootNode(), null, expected);
          List<String> actual = new ArrayList<>();
          describe(copy.root(), actual);
          assertThat(actual).containsExactlyElementsOf(expected);
          assertThat(copy.hasError()).isEqualTo(tree.getRootNode().hasError());
          assertThat(copy.copiedNodes()).isEqualTo(expected.size());
        } finally {
          tree.close();
          copy.close();
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"jni", "foreign"})
  void findsTheSameSmallestNodeForAByteRangeAsTreeSitter(String binding) {
    byte[] bytes = utf8(SAMPLE);
    Random random = new Random(7);
    try (PythonTreeParser parser = open(binding); TSParser reference = referenceParser()) {
      SyntaxTree copy = parser.parse(bytes, Duration.ofSeconds(5));
      TSTree tree = reference.parseString(null, SAMPLE);
      try {
        for (int i = 0; i < 2_000; i++) {
          int start = random.nextInt(bytes.length);
          int end = Math.min(bytes.length, start + random.nextInt(12));
          TSNode expected = tree.getRootNode().getDescendantForByteRange(start, end);
          SyntaxNode actual = copy.root().descendantForByteRange(start, end);
          assertThat(actual.type() + "@" + actual.start() + ".." + actual.end())
              .as("range %d..%d", start, end)
              .isEqualTo(expected.getType() + "@" + expected.getStartByte() + ".." + expected.getEndByte());
        }
      } finally {
        tree.close();
        copy.close();
      }
    }
  }

  @Test
  void reportsLinesAndByteColumnsLikeTreeSitterPoints() {
    String code = "x = 'é'\n\ny = f(\n    'ü', z)\n";
    try (PythonTreeParser parser = open("jni"); TSParser reference = referenceParser()) {
      SyntaxTree copy = parser.parse(utf8(code), Duration.ofSeconds(5));
      TSTree tree = reference.parseString(null, code);
      try {
        List<int[]> expected = new ArrayList<>();
        points(tree.getRootNode(), expected);
        List<int[]> actual = new ArrayList<>();
        points(copy.root(), actual);
        assertThat(actual).usingElementComparator(java.util.Arrays::compare).containsExactlyElementsOf(expected);
      } finally {
        tree.close();
        copy.close();
      }
    }
  }

  @Test
  void refusesToReadUnreadChildrenAfterTheTreeIsClosed() {
    try (PythonTreeParser parser = open("jni")) {
      SyntaxTree tree = parser.parse(utf8("m = AutoModel.from_pretrained('gpt2', revision='main')\n"), Duration.ofSeconds(5));
      tree.close();
      assertThatThrownBy(() -> tree.root().children()).hasMessageContaining("closed");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"jni", "foreign"})
  void copiesOnlyTheNodesOnThePathsAskedFor(String binding) {
    String code = SAMPLE.repeat(20);
    // A byte offset: the sample holds multi-byte characters before it.
    int offset = utf8(code.substring(0, code.indexOf("from_pretrained", code.length() / 2))).length;
    try (PythonTreeParser parser = open(binding);
        SyntaxTree tree = parser.parse(utf8(code), Duration.ofSeconds(5))) {
      SyntaxNode name = tree.root().descendantForByteRange(offset, offset + "from_pretrained".length());

      assertThat(name.type()).isEqualTo("identifier");
      assertThat(name.parent().parent().type()).isEqualTo("call");
      int copied = tree.copiedNodes();
      List<String> all = new ArrayList<>();
      describe(tree.root(), all);
      assertThat(copied).isLessThan(all.size() / 10);
    }
  }

  @Test
  void keepsCopiedNodesReadableAfterTheNativeTreeIsFreed() {
    try (PythonTreeParser parser = open("jni")) {
      SyntaxTree tree = parser.parse(utf8("m = AutoModel.from_pretrained('gpt2', revision='main')\n"), Duration.ofSeconds(5));
      SyntaxNode call = tree.root().namedChild(0).namedChild(0).field("right");

      assertThat(call.type()).isEqualTo("call");
      assertThat(call.field("function").type()).isEqualTo("attribute");
      assertThat(call.field("function").field("attribute").fieldName()).isEqualTo("attribute");
      assertThat(call.field("arguments").namedChildCount()).isEqualTo(2);
      assertThat(call.field("arguments").namedChild(1).type()).isEqualTo("keyword_argument");
      assertThat(call.field("arguments").children()).extracting(SyntaxNode::type)
          .containsExactly("(", "string", ",", "keyword_argument", ")");
      assertThat(call.field("no_such_field")).isNull();
      assertThat(call.parent().field("left").parent()).isEqualTo(call.parent());
      assertThat(tree.root().parent()).isNull();
      tree.close();
      assertThat(call.field("function").field("attribute").fieldName()).isEqualTo("attribute");
    }
  }

  @Test
  void refusesAnUnknownBindingNamingTheSetting() {
    assertThatThrownBy(() -> PythonTreeParser.open(TestExtractors.SETTINGS.nativeDirectory(), "cffi"))
        .hasMessageContaining("usage.tree-sitter-binding").hasMessageContaining("cffi");
  }

  @Test
  void autoPicksTheForeignBindingOnJdk22AndLater() {
    try (PythonTreeParser parser = PythonTreeParser.open(TestExtractors.SETTINGS.nativeDirectory(), "auto")) {
      assertThat(parser.binding()).isEqualTo(Runtime.version().feature() >= 22 ? "foreign" : "jni");
    }
  }

  @Test
  void unpacksTheNativeLibrariesIntoTheConfiguredDirectory() {
    TreeSitterNatives.install(TestExtractors.SETTINGS.nativeDirectory());

    assertThat(TestExtractors.SETTINGS.nativeDirectory().resolve("lib")
        .resolve(TreeSitterNatives.platformName("tree-sitter-python"))).exists();
  }

  private static PythonTreeParser open(String binding) {
    if (binding.equals("foreign")) {
      assumeTrue(Runtime.version().feature() >= 22, "java.lang.foreign needs JDK 22");
    }
    PythonTreeParser parser = PythonTreeParser.open(TestExtractors.SETTINGS.nativeDirectory(), binding);
    assertThat(parser.binding()).isEqualTo(binding);
    return parser;
  }

  private static TSParser referenceParser() {
    TreeSitterNatives.install(TestExtractors.SETTINGS.nativeDirectory());
    TSParser parser = new TSParser();
    parser.setLanguage(new TreeSitterPython());
    return parser;
  }

  private static void describe(TSNode node, String field, List<String> out) {
    out.add(node.getType() + (node.isNamed() ? "" : "'") + " " + field + " " + node.getStartByte() + ".." + node.getEndByte()
        + " children=" + node.getChildCount());
    for (int i = 0; i < node.getChildCount(); i++) {
      describe(node.getChild(i), node.getFieldNameForChild(i), out);
    }
  }

  private static void describe(SyntaxNode node, List<String> out) {
    List<SyntaxNode> children = node.children();
    out.add(node.type() + (node.isNamed() ? "" : "'") + " " + node.fieldName() + " " + node.start() + ".." + node.end()
        + " children=" + children.size());
    for (SyntaxNode child : children) {
      assertThat(child.parent()).isEqualTo(node);
      describe(child, out);
    }
  }

  private static void points(TSNode node, List<int[]> out) {
    out.add(new int[] {node.getStartPoint().getRow(), node.getStartPoint().getColumn()});
    for (int i = 0; i < node.getChildCount(); i++) {
      points(node.getChild(i), out);
    }
  }

  private static void points(SyntaxNode node, List<int[]> out) {
    out.add(new int[] {node.startRow(), node.startColumn()});
    for (SyntaxNode child : node.children()) {
      points(child, out);
    }
  }

  private static byte[] utf8(String code) {
    return code.getBytes(StandardCharsets.UTF_8);
  }
}
