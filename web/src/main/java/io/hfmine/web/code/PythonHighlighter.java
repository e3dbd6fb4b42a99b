package io.hfmine.web.code;

import io.hfmine.analyzers.usage.python.tree.PythonTreeParser;
import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import io.hfmine.analyzers.usage.python.tree.SyntaxTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Highlights Python with the tree-sitter parser the usage extraction uses, so keywords, strings,
 * comments, numbers, called names and definitions are told apart by the grammar, not by a regular
 * expression (a {@code #} inside a string stays a string). Source that does not parse, or parses
 * too slowly, is shown as plain text.
 *
 * <p>One native parser, used by one request at a time.
 */
public final class PythonHighlighter implements AutoCloseable {
  private static final Duration PARSE_TIMEOUT = Duration.ofSeconds(2);
  private static final Set<String> CONSTANTS = Set.of("true", "false", "none");
  private static final Set<String> DEFINITIONS = Set.of("function_definition", "class_definition");

  private final PythonTreeParser parser;

  public PythonHighlighter(Path nativeDirectory, String binding) {
    this.parser = PythonTreeParser.open(nativeDirectory, binding);
  }

  /** The source's lines as HTML, tokens wrapped in {@code <span class="tok-...">}; escaped throughout. */
  public synchronized List<String> lines(String source) {
    byte[] utf8 = source.getBytes(StandardCharsets.UTF_8);
    byte[] classes = new byte[utf8.length];
    try (SyntaxTree tree = parser.parse(utf8, PARSE_TIMEOUT)) {
      if (tree != null) {
        classify(tree.root(), classes);
      }
    }
    return HighlightedLines.render(utf8, classes);
  }

  private static void classify(SyntaxNode root, byte[] classes) {
    Deque<SyntaxNode> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      SyntaxNode node = pending.pop();
      String type = node.type();
      TokenClass token = switch (type) {
        case "comment" -> TokenClass.COMMENT;
        case "string", "concatenated_string" -> TokenClass.STRING;
        case "integer", "float" -> TokenClass.NUMBER;
        case "decorator" -> TokenClass.DECORATOR;
        default -> null;
      };
      if (token != null) {
        mark(classes, node, token);
        continue;
      }
      List<SyntaxNode> children = node.children();
      if (children.isEmpty()) {
        leaf(node, type, classes);
        continue;
      }
      for (int i = children.size() - 1; i >= 0; i--) {
        pending.push(children.get(i));
      }
    }
  }

  private static void leaf(SyntaxNode node, String type, byte[] classes) {
    if (CONSTANTS.contains(type)) {
      mark(classes, node, TokenClass.CONSTANT);
    } else if (!node.isNamed() && !type.isEmpty() && Character.isLetter(type.charAt(0))) {
      mark(classes, node, TokenClass.KEYWORD);
    } else if (type.equals("identifier")) {
      SyntaxNode parent = node.parent();
      String field = node.fieldName();
      if (parent != null && DEFINITIONS.contains(parent.type()) && "name".equals(field)) {
        mark(classes, node, TokenClass.DEFINITION);
      } else if (isCalled(node)) {
        mark(classes, node, TokenClass.CALL);
      }
    }
  }

  /** The name a call calls: {@code f} of {@code f(...)}, or {@code m} of {@code x.m(...)}. */
  private static boolean isCalled(SyntaxNode identifier) {
    SyntaxNode parent = identifier.parent();
    if (parent == null) {
      return false;
    }
    if (parent.type().equals("call")) {
      return "function".equals(identifier.fieldName());
    }
    if (parent.type().equals("attribute") && "attribute".equals(identifier.fieldName())) {
      SyntaxNode grand = parent.parent();
      return grand != null && grand.type().equals("call") && "function".equals(parent.fieldName());
    }
    return false;
  }

  private static void mark(byte[] classes, SyntaxNode node, TokenClass token) {
    for (int i = Math.max(0, node.start()); i < Math.min(classes.length, node.end()); i++) {
      classes[i] = token.code();
    }
  }

  /** Plain lines, escaped, for languages without a grammar here. */
  public static List<String> plain(String source) {
    byte[] utf8 = source.getBytes(StandardCharsets.UTF_8);
    return HighlightedLines.render(utf8, new byte[utf8.length]);
  }

  @Override
  public synchronized void close() {
    parser.close();
  }
}
