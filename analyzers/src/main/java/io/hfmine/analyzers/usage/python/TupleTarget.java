package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.List;

/**
 * One name of a flat unpacking target ({@code for task, model in PAIRS}): which element of each
 * tuple walked it takes. Only a target of plain names is read; a nested or starred one
 * ({@code for i, (a, b) in ...}, {@code for first, *rest in ...}) gives no such position, since
 * which element a name takes then depends on more than its place.
 */
record TupleTarget(int position, int arity) {

  /** The place of {@code name} in {@code target}, or null when the target is no flat list of names holding it. */
  static TupleTarget of(SyntaxNode target, String name, PythonSource source) {
    if (target == null || !isPattern(target.type())) {
      return null;
    }
    List<SyntaxNode> names = target.namedChildren();
    int position = -1;
    for (int i = 0; i < names.size(); i++) {
      SyntaxNode element = names.get(i);
      if (!element.type().equals("identifier")) {
        return null;
      }
      if (source.textEquals(element, name)) {
        position = i;
      }
    }
    return position < 0 ? null : new TupleTarget(position, names.size());
  }

  /** Whether {@code target} is a flat list of names this record can place each of. */
  static boolean isFlat(SyntaxNode target) {
    return target != null && isPattern(target.type()) && target.namedChildCount() > 0
        && target.namedChildren().stream().allMatch(element -> element.type().equals("identifier"));
  }

  /**
   * The element this name takes from one literal tuple or list walked; null (unknown) when the
   * literal has another length or a starred element, as unpacking it would fail or shift.
   */
  SyntaxNode pick(SyntaxNode literal) {
    if (literal == null || !(literal.type().equals("tuple") || literal.type().equals("list"))) {
      return null;
    }
    List<SyntaxNode> elements = literal.namedChildrenButComments();
    if (elements.size() != arity || elements.stream().anyMatch(e -> e.type().endsWith("splat"))) {
      return null;
    }
    return elements.get(position);
  }

  private static boolean isPattern(String type) {
    return type.equals("pattern_list") || type.equals("tuple_pattern") || type.equals("list_pattern");
  }
}
