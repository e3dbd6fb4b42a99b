package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A loader bound to a name without being called there: {@code load = AutoModel.from_pretrained},
 * {@code fetch = hf_hub_download}, {@code from_fn = model_class.from_pretrained}, or a choice
 * between such references ({@code A.from_pretrained if big else B.from_pretrained}). Such a name
 * is a {@code partial} that fixes nothing: the loader runs where the name is called ({@link
 * PartialApplications}). Found from a word a loader is searched by that no call holds: the
 * reference the word ends must be the whole value assigned to a plain name or to an attribute of
 * {@code self} in a method ({@code self.tokenize = AutoTokenizer.from_pretrained}; {@link
 * PartialApplications#followedTarget}), alone or as a branch of conditional expressions. A loader
 * named anywhere else without being called ({@code isinstance}, {@code hasattr}, a dictionary's
 * value, an argument of a function the file does not show) is no binding: naming a loader is not
 * running it.
 */
final class LoaderBindings {
  private LoaderBindings() {
  }

  /**
   * A name bound to a loader.
   *
   * @param value the whole value assigned (the reference, or the conditional expression choosing one)
   * @param choices the references the value may be, each with the tests that choose it
   */
  record Binding(SyntaxNode value, List<Choice> choices) {
  }

  /** A reference the bound value may be, and the tests of the conditionals that choose it (null: none). */
  record Choice(SyntaxNode reference, String condition) {
  }

  /**
   * The binding whose value holds the reference the word at {@code offset} ends ({@code
   * from_pretrained} in {@code AutoModel.from_pretrained}, {@code pipeline} alone), or null.
   */
  static Binding at(SyntaxNode root, int offset, int length, PythonSource source) {
    SyntaxNode word = root.descendantForByteRange(offset, offset + length);
    if (word == null || !word.type().equals("identifier") || word.start() != offset || word.end() != offset + length) {
      return null;
    }
    SyntaxNode reference = word;
    SyntaxNode parent = word.parent();
    if (parent != null && parent.type().equals("attribute") && word.equals(parent.field("attribute"))) {
      reference = parent;
    }
    SyntaxNode value = reference;
    for (parent = value.parent(); parent != null; parent = value.parent()) {
      boolean branch = parent.type().equals("conditional_expression") && parent.namedChildCount() == 3
          && !value.equals(parent.namedChild(1));
      if (!branch && !parent.type().equals("parenthesized_expression")) {
        break;
      }
      value = parent;
    }
    parent = value.parent();
    SyntaxNode left = parent == null ? null : parent.field("left");
    if (parent == null || !parent.type().equals("assignment") || !value.equals(parent.field("right"))
        || !PartialApplications.followedTarget(left, source)) {
      return null;
    }
    List<Choice> choices = new ArrayList<>();
    choices(value, null, source, choices);
    return new Binding(value, List.copyOf(choices));
  }

  /** The branches of {@code value}, nested conditionals' tests joined outermost first, as the id's are. */
  private static void choices(SyntaxNode value, String tests, PythonSource source, List<Choice> out) {
    if (value.type().equals("parenthesized_expression") && value.namedChildCount() == 1) {
      choices(value.namedChild(0), tests, source, out);
    } else if (value.type().equals("conditional_expression") && value.namedChildCount() == 3) {
      String chosenBy = LoadingCall.bothTests(tests, source.text(value.namedChild(1)));
      choices(value.namedChild(0), chosenBy, source, out);
      choices(value.namedChild(2), chosenBy, source, out);
    } else {
      out.add(new Choice(value, tests));
    }
  }
}
