package io.hfmine.analyzers.usage.python;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import io.hfmine.analyzers.usage.python.tree.SyntaxTree;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Which statements leave their block for good ({@link BlockExits#leavesForGood}). */
class BlockExitsTest {
  @RegisterExtension
  static final ParserPerClass parser = new ParserPerClass();

  @Test
  void sysExitLeavesWhenSysIsTheImportedModule() {
    assertThat(leaves("import sys\ndef f():\n    sys.exit(1)\n", "sys.exit")).isTrue();
    assertThat(leaves("import sys as system\ndef f():\n    system.exit(1)\n", "system.exit")).isTrue();
    assertThat(leaves("def f():\n    import sys\n    sys.exit(1)\n", "sys.exit")).isTrue();
  }

  @Test
  void sysExitLeavesNothingWhenSysIsNotTheModule() {
    assertThat(leaves("def f():\n    sys.exit(1)\n", "sys.exit")).isFalse();
    assertThat(leaves("import sys\ndef f(sys):\n    sys.exit(1)\n", "sys.exit")).isFalse();
    assertThat(leaves("import sys\ndef f():\n    sys = Runner()\n    sys.exit(1)\n", "sys.exit")).isFalse();
  }

  @Test
  void aParameterCalledSysHidesTheModuleOnlyInsideItsFunction() {
    String file = "import sys\ndef f(sys):\n    pass\ndef g():\n    sys.exit(1)\n";

    assertThat(leaves(file, "sys.exit")).isTrue();
  }

  @Test
  void aFunctionThatImportsSysOrTakesItDefaultingToTheModuleStillMeansTheModule() {
    assertThat(leaves("def f(sys=sys):\n    sys.exit(1)\nimport sys\n", "sys.exit")).isTrue();
    assertThat(leaves("def f():\n    try:\n        import sys\n    except ImportError:\n        sys = None\n"
        + "    sys.exit(1)\n", "sys.exit")).isTrue();
    assertThat(leaves("import sys\ndef f(sys=None):\n    sys.exit(1)\n", "sys.exit")).isFalse();
  }

  @Test
  void aNestedFunctionSeesItsOuterFunctionsBindingOfSys() {
    String file = "import sys\ndef outer(sys):\n    def inner():\n        sys.exit(1)\n    return inner\n";

    assertThat(leaves(file, "sys.exit")).isFalse();
  }

  @Test
  void theExitFunctionsImportedByNameLeave() {
    assertThat(leaves("from sys import exit\ndef f():\n    exit(2)\n", "exit(")).isTrue();
    assertThat(leaves("from os import _exit\ndef f():\n    _exit(2)\n", "_exit(")).isTrue();
    assertThat(leaves("import os\ndef f():\n    os._exit(2)\n", "os._exit")).isTrue();
  }

  @Test
  void theBuiltinsExitAndQuitLeaveUnlessTheFileBindsThemOtherwise() {
    assertThat(leaves("def f():\n    exit()\n", "exit(")).isTrue();
    assertThat(leaves("def f():\n    quit()\n", "quit(")).isTrue();
    assertThat(leaves("def quit():\n    pass\ndef f():\n    quit()\n", "quit()")).isFalse();
    assertThat(leaves("from .helpers import exit\ndef f():\n    exit()\n", "exit(")).isFalse();
    assertThat(leaves("from acme.cli import exit\ndef f():\n    exit()\n", "exit(")).isFalse();
  }

  @Test
  void anExitMethodOfAnotherObjectLeavesNothing() {
    assertThat(leaves("import sys\ndef f(parser):\n    parser.exit(1)\n", "parser.exit")).isFalse();
    assertThat(leaves("import sys\ndef f(self):\n    self.quit()\n", "self.quit")).isFalse();
  }

  @Test
  void anExitCallInsideAnotherStatementIsNotThatStatementLeaving() {
    assertThat(leaves("import sys\ndef f():\n    print(sys.exit)\n", "print")).isFalse();
  }

  @Test
  void anIfWhoseEveryBranchLeavesIncludingTheElseLeaves() {
    String file = "import sys\ndef f(a):\n    if a == 1:\n        return 1\n    elif a == 2:\n        x = 2\n"
        + "        sys.exit(x)\n    else:\n        raise ValueError(a)\n";

    assertThat(leaves(file, "if a")).isTrue();
  }

  @Test
  void anIfWithoutAnElseDoesNotLeave() {
    String file = "import sys\ndef f(a):\n    if a == 1:\n        return 1\n    elif a == 2:\n        sys.exit(2)\n";

    assertThat(leaves(file, "if a")).isFalse();
  }

  @Test
  void anIfWithOneBranchThatFallsThroughDoesNotLeave() {
    String file = "def f(a):\n    if a == 1:\n        return 1\n    else:\n        print(a)\n";

    assertThat(leaves(file, "if a")).isFalse();
  }

  @Test
  void anIfLeavesThroughAnIfNestedInItsBranch() {
    String file = "def f(a, b):\n    if a:\n        if b:\n            return 1\n        else:\n            quit()\n"
        + "    else:\n        return 2\n";

    assertThat(leaves(file, "if a")).isTrue();
  }

  /** Whether the first statement whose text starts with {@code start} leaves its block for good. */
  private static boolean leaves(String file, String start) {
    PythonSource source = PythonSource.of(file.getBytes(StandardCharsets.UTF_8));
    try (SyntaxTree tree = parser.parse(source)) {
      SyntaxNode statement = statementStartingWith(tree.root(), source, start);
      assertThat(statement).as("a statement starting with " + start).isNotNull();
      return BlockExits.leavesForGood(statement, new ProcessExits(source));
    }
  }

  private static SyntaxNode statementStartingWith(SyntaxNode root, PythonSource source, String start) {
    Deque<SyntaxNode> pending = new ArrayDeque<>();
    pending.push(root);
    SyntaxNode first = null;
    while (!pending.isEmpty()) {
      SyntaxNode node = pending.pop();
      boolean statement = node.type().endsWith("_statement") && !node.type().startsWith("import");
      if (statement && source.text(node).startsWith(start) && (first == null || node.start() < first.start())) {
        first = node;
      }
      node.namedChildren().forEach(pending::push);
    }
    return first;
  }
}
