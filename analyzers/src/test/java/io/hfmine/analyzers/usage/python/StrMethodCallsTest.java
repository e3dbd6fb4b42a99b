package io.hfmine.analyzers.usage.python;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import io.hfmine.analyzers.usage.python.tree.SyntaxTree;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the evaluator makes of a str method called on a value it works out ({@link StrMethodCalls}):
 * each value the argument of {@code load(...)} can take, as {@code text resolution}.
 */
class StrMethodCallsTest {
  @RegisterExtension
  static final ParserPerClass parser = new ParserPerClass();

  @Test
  void aMethodOfAConstantIsAppliedAtTheConstantsResolution() {
    assertThat(values("BASE = 'acme/encoder-base'\nload(BASE.replace('-base', '-large'))\n"))
        .containsExactly("acme/encoder-large constant");
    assertThat(values("load('Acme/Tagger'.lower())\n")).containsExactly("acme/tagger literal");
  }

  @Test
  void methodsChainAndTakeArgumentsThatAreThemselvesWorkedOut() {
    String file = "OLD = '_'\nNEW = '/'\ndef run(name='acme_tagger '):\n"
        + "    load(name.strip().replace(OLD, NEW, 1).upper())\n";

    assertThat(values(file)).containsExactly("ACME/TAGGER default");
  }

  @Test
  void joinTakesTheListWrittenAtTheCall() {
    assertThat(values("ORG = 'acme'\nload('/'.join([ORG, 'tagger']))\n")).containsExactly("acme/tagger constant");
    assertThat(values("ORG = 'acme'\nload('/'.join((ORG, 'tagger')))\n")).containsExactly("acme/tagger constant");
  }

  @Test
  void eachValueOfTheReceiverIsMappedThroughTheMethod() {
    String file = "def run(large):\n    name = 'acme/enc-base' if large else 'acme/dec-base'\n"
        + "    load(name.replace('-base', '-xl'))\n";

    assertThat(values(file)).containsExactly("acme/enc-xl constant", "acme/dec-xl constant");
  }

  @Test
  void aReceiverOrArgumentNotKnownInFullLeavesTheCallUnknown() {
    assertThat(values("def run(name):\n    load(name.lower())\n")).containsExactly("name.lower() unknown");
    assertThat(values("def run(suffix):\n    load('acme/x-base'.replace('-base', suffix))\n"))
        .containsExactly("'acme/x-base'.replace('-base', suffix) unknown");
    assertThat(values("def run(size):\n    load(f'acme/x-{size}'.lower())\n"))
        .containsExactly("f'acme/x-{size}'.lower() unknown");
    assertThat(values("def run(parts):\n    load('/'.join(parts))\n")).containsExactly("'/'.join(parts) unknown");
  }

  @Test
  void aValueThatLostTheSlashOfItsIdIsNoValue() {
    assertThat(values("M = 'acme/x'\nload(M.replace('/', '_'))\n")).containsExactly("M.replace('/', '_') unknown");
    assertThat(values("M = 'acme/x'\nload(M.replace('/', '--'))\n")).containsExactly("M.replace('/', '--') unknown");
    assertThat(values("M = 'acme/x'\nload(M.removeprefix('acme/'))\n"))
        .containsExactly("M.removeprefix('acme/') unknown");
    assertThat(values("M = 'acme/x'\nload(f\"cache/{M.replace('/', '_')}\")\n"))
        .containsExactly("cache/{M.replace('/', '_')} pattern");
  }

  @Test
  void aFolderNameTurnedBackIntoAnIdIsKept() {
    assertThat(values("D = 'models--acme--x'\nload(D.removeprefix('models--').replace('--', '/'))\n"))
        .containsExactly("acme/x constant");
  }

  @Test
  void callsThatAreNoPureStrMethodStayUnknown() {
    assertThat(values("M = 'acme/x'\nload(M.encode())\n")).containsExactly("M.encode() unknown");
    assertThat(values("M = 'acme/x'\nload(M.split('/')[-1])\n")).containsExactly("M.split('/')[-1] unknown");
    assertThat(values("M = 'acme/x'\nload(M.title())\n")).containsExactly("M.title() unknown");
    assertThat(values("M = 'acme/x'\nload(M.replace(*PAIR))\n")).containsExactly("M.replace(*PAIR) unknown");
    assertThat(values("M = None\nload(M.lower())\n")).containsExactly("M.lower() unknown");
  }

  /** Each value the first argument of the file's last {@code load(...)} call can take. */
  private static List<String> values(String file) {
    PythonSource source = PythonSource.of(file.getBytes(StandardCharsets.UTF_8));
    try (SyntaxTree tree = parser.parse(source)) {
      SyntaxNode argument = lastLoadArgument(tree.root(), source);
      assertThat(argument).as("a load(...) call").isNotNull();
      ExpressionEvaluator evaluator = new ExpressionEvaluator(source, new ArgparseDefaults(),
          new ClickOptions(source, new ImportTable()));
      return evaluator.alternatives(argument).stream()
          .map(a -> a.value().text() + " " + a.value().resolution().sql())
          .toList();
    }
  }

  private static SyntaxNode lastLoadArgument(SyntaxNode root, PythonSource source) {
    Deque<SyntaxNode> pending = new ArrayDeque<>();
    pending.push(root);
    SyntaxNode last = null;
    while (!pending.isEmpty()) {
      SyntaxNode node = pending.pop();
      SyntaxNode function = node.type().equals("call") ? node.field("function") : null;
      if (function != null && source.textEquals(function, "load") && (last == null || node.start() > last.start())) {
        last = node;
      }
      node.namedChildren().forEach(pending::push);
    }
    return last == null ? null : CallArguments.of(last, source).positional().get(0);
  }
}
