package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.Resolution;
import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import io.hfmine.analyzers.usage.resolve.ResolvedValue;
import io.hfmine.analyzers.usage.signatures.IdArgument;
import java.util.ArrayList;
import java.util.List;

/**
 * The argument that says whether (timm's {@code pretrained=True}) or which (open_clip's
 * {@code pretrained="laion2b_s34b_b79k"}) weights an architecture loads: where it is in a call,
 * and for open_clip the tags it may hold.
 */
final class WeightsArgument {
  private WeightsArgument() {
  }

  /**
   * Where the argument is: its node, or none with {@code absent} true when the call leaves it to
   * the library's default, or none with {@code absent} false when a splat the file does not spell
   * out may carry it ({@code splat} then holds the splat).
   */
  record Located(SyntaxNode node, boolean absent, SyntaxNode splat) {
  }

  static Located locate(IdArgument spec, CallArguments arguments, ExpressionEvaluator evaluator) {
    SyntaxNode node = arguments.find(spec.position(), spec.keyword());
    if (node != null) {
      return new Located(node, false, null);
    }
    if (arguments.splat() == null) {
      return new Located(null, true, null);
    }
    if (spec.keyword() != null) {
      // create_model(name, **kwargs) with kwargs = {"pretrained": ...} spelled out in the file.
      ExpressionEvaluator.SplatEntry entry = evaluator.splatEntry(arguments.splat(), spec.keyword());
      if (entry.known()) {
        return entry.value() == null ? new Located(null, true, null) : new Located(entry.value(), false, null);
      }
    }
    return new Located(null, false, arguments.splat());
  }

  /**
   * A pretrained tag the call may be given: complete, or known only at run time with the
   * argument's source as {@code runTime} (the caller or the command line decides), and the tests
   * that choose it.
   */
  record Tag(ResolvedValue value, String runTime, String condition) {
  }

  /** The argument as a condition reads it: {@code pretrained=flag}, or the source alone when positional. */
  static String text(IdArgument spec, SyntaxNode node, PythonSource source) {
    return (spec.keyword() == null ? "" : spec.keyword() + "=") + source.text(node);
  }

  /**
   * The tags an open_clip call may load: none when the argument is absent or {@code None}
   * (open_clip then loads no weights), a tag known only at run time when it comes from a splat
   * or an expression nothing resolves ({@code None} only as a default included). When the call's
   * architecture may also take several values ({@code architectures} above one) and the tag does
   * too, which tag goes with which architecture is not known (both may come from one row of a
   * table, {@code name, tag = PAIRS[key]}), so the one tag is known only at run time.
   */
  static List<Tag> tags(IdArgument spec, CallArguments arguments, ExpressionEvaluator evaluator,
      PythonSource source, int architectures) {
    Located located = locate(spec, arguments, evaluator);
    if (located.node() == null) {
      return located.absent() ? List.of()
          : List.of(new Tag(ResolvedValue.unknown(source.text(located.splat())), source.text(located.splat()), null));
    }
    String text = text(spec, located.node(), source);
    ResolvedValue whole = evaluator.evaluateValue(located.node());
    if (whole.isConstant() && (whole.resolution() == Resolution.LITERAL || whole.resolution() == Resolution.CONSTANT)) {
      return List.of(); // pretrained=None, or a flag open_clip does not take: no weights
    }
    List<Tag> tags = new ArrayList<>();
    // Alternatives are strings or unknown: a None (a default's, say) comes as the argument's own text.
    for (ExpressionEvaluator.Alternative alternative : evaluator.reachingAlternatives(located.node())) {
      ResolvedValue value = alternative.value();
      tags.add(value.isComplete() ? new Tag(value, null, alternative.condition())
          : new Tag(value, text, alternative.condition()));
    }
    if (architectures > 1 && tags.size() > 1) {
      return List.of(new Tag(ResolvedValue.unknown(source.text(located.node())), text, null));
    }
    return tags;
  }
}
