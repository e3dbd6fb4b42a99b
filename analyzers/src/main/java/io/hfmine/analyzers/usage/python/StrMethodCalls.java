package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.Resolution;
import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import io.hfmine.analyzers.usage.resolve.ResolvedValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The value of a pure {@code str} method called on a value the evaluator works out ({@link
 * StrMethods}): {@code MODEL.replace("-base", "-large")}, {@code f"{org}/{name}".lower()}, {@code
 * "/".join([org, name])}. The receiver and every argument must be known in full; anything else
 * (an unknown or partly known receiver or argument, a splat, a keyword Python does not take) leaves
 * the call unknown, as before. Each value a choice gives the receiver is mapped in turn, since
 * {@link ExpressionEvaluator#alternatives} evaluates the call once per option.
 *
 * <p>A result that has lost every {@code /} its receiver held ({@code name.replace("/", "_")},
 * {@code name.replace("/", "--")}, {@code name.removeprefix("acme/")}) is unknown too: it is a name
 * made from a namespaced id (a cache folder, a file name, a label), and as a string it would read
 * as a bare Hub id ({@code acme_x}), which names another repository or none. Such a value written
 * into a longer string ({@code f"cache/{name.replace('/', '_')}"}) stays a hole there.
 */
final class StrMethodCalls {

  private final ExpressionEvaluator evaluator;
  private final PythonSource source;

  StrMethodCalls(ExpressionEvaluator evaluator, PythonSource source) {
    this.evaluator = evaluator;
    this.source = source;
  }

  /** Whether {@code function}, a call's callee, is an attribute naming one of {@link StrMethods}. */
  boolean names(SyntaxNode function) {
    SyntaxNode method = function.type().equals("attribute") ? function.field("attribute") : null;
    return method != null && function.field("object") != null && StrMethods.applies(source.text(method));
  }

  /** The value of {@code call}, whose callee {@link #names} a str method, {@code depth} steps into an evaluation. */
  ResolvedValue value(SyntaxNode call, SyntaxNode function, CallArguments arguments, int depth) {
    String method = source.text(function.field("attribute"));
    ResolvedValue receiver = evaluator.eval(function.field("object"), depth + 1);
    if (!receiver.isComplete()) {
      return unknown(call);
    }
    List<SyntaxNode> passed = passed(method, arguments);
    if (passed == null) {
      return unknown(call);
    }
    Resolution weakest = receiver.resolution();
    List<StrMethods.Argument> values = new ArrayList<>(passed.size());
    for (SyntaxNode node : passed) {
      ResolvedValue value = evaluator.eval(node, depth + 1);
      StrMethods.Argument argument = argument(node, value);
      if (argument == null) {
        return unknown(call);
      }
      values.add(argument);
      if (value.resolution().isComplete()) {
        weakest = weakest.weakest(value.resolution()); // else a negative count written out, a literal
      }
    }
    String result = StrMethods.apply(method, receiver.text(), values);
    if (result == null || receiver.text().contains("/") && !result.contains("/")) {
      return unknown(call);
    }
    return new ResolvedValue(result, weakest);
  }

  /**
   * The expressions whose values the method takes, in order: the arguments as written (and
   * {@code replace}'s {@code count=}, a keyword since Python 3.13), or for {@code join} the
   * elements of the list or tuple written at the call. Null for anything else: a splat, another
   * keyword, or an iterable {@code join} would walk that is not written there (a name bound to a
   * list may be appended to before the call).
   */
  private List<SyntaxNode> passed(String method, CallArguments arguments) {
    if (arguments.splat() != null) {
      return null;
    }
    Map<String, SyntaxNode> keywords = arguments.keywords();
    List<SyntaxNode> positional = arguments.positional();
    if (method.equals("join")) {
      if (!keywords.isEmpty() || positional.size() != 1) {
        return null;
      }
      SyntaxNode iterable = positional.get(0);
      boolean literal = iterable.type().equals("list") || iterable.type().equals("tuple");
      List<SyntaxNode> elements = literal ? iterable.namedChildrenButComments() : null;
      return elements == null || elements.stream().anyMatch(e -> e.type().endsWith("splat")) ? null : elements;
    }
    if (keywords.isEmpty()) {
      return positional;
    }
    if (method.equals("replace") && keywords.size() == 1 && keywords.containsKey("count") && positional.size() == 2) {
      List<SyntaxNode> all = new ArrayList<>(positional);
      all.add(keywords.get("count"));
      return all;
    }
    return null;
  }

  /** An argument's value as the method sees it: a complete string, an integer written out, or None; else null. */
  private StrMethods.Argument argument(SyntaxNode node, ResolvedValue value) {
    if (value.isComplete()) {
      return new StrMethods.Text(value.text());
    }
    if (value.isNone()) {
      return new StrMethods.None();
    }
    Long count = value.isConstant() ? ExpressionEvaluator.integer(value.text()) : evaluator.writtenInteger(node);
    return count == null ? null : new StrMethods.Int(count);
  }

  private ResolvedValue unknown(SyntaxNode node) {
    return ResolvedValue.unknown(source.text(node));
  }
}
