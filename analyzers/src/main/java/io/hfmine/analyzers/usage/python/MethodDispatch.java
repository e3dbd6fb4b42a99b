package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Whether the instance one call makes ever runs the method a load is written in, when the
 * class dispatches to its loading methods by what the call passed: {@code self.source = source}
 * in {@code __init__}, then {@code if self.source == "timm": self._load_timm() elif ...:
 * self._load_hf()}. A {@code Classifier("resnet50", source="timm")} never reaches
 * {@code _load_hf}, so its name is no id there. The branch tests are read by {@link
 * BranchFeasibility} at each place the method is called; those calls must be all the ways the
 * file reaches it ({@link CallSites}: {@code self.method(...)} in its class's methods), since a
 * call from anywhere else (another object, a table of handlers) escapes the tests.
 */
final class MethodDispatch {
  /** Most methods between the maker and a dispatching call that is still read as running inside the maker. */
  private static final int MAX_HOPS = 3;

  private final PythonSource source;
  private final BranchFeasibility feasibility;
  private final ClassAttributes attributes;
  private final CallSites callSites;
  /** The attributes each maker (by its start) keeps from its parameters ({@link #keptArguments}). */
  private final Map<Integer, Map<String, Mapped>> keptBy = new HashMap<>();

  MethodDispatch(PythonSource source, BranchFeasibility feasibility, ClassAttributes attributes, CallSites callSites) {
    this.source = source;
    this.feasibility = feasibility;
    this.attributes = attributes;
    this.callSites = callSites;
  }

  /**
   * Whether {@code use}, written in another method of the class whose method {@code maker} takes
   * the call's arguments, is ruled out for that call: every call of the use's method sits behind
   * branch tests that the values the call fixes contradict.
   *
   * @param fixed the string the call fixes for a parameter of {@code maker}, or null
   */
  boolean rulesOut(SyntaxNode use, SyntaxNode maker, Function<String, String> fixed) {
    SyntaxNode method = Ancestry.enclosingFunction(use);
    SyntaxNode owner = method == null ? null : Ancestry.methodOwner(method);
    if (owner == null || method.equals(maker) || !owner.equals(Ancestry.methodOwner(maker))) {
      return false;
    }
    List<SyntaxNode> calls = allCalls(method);
    if (calls.isEmpty()) {
      return false;
    }
    Map<String, Mapped> kept = keptBy.computeIfAbsent(maker.start(), k -> keptArguments(maker));
    for (SyntaxNode call : calls) {
      Map<String, String> known = knownAt(call, maker, owner, kept, fixed);
      if (known.isEmpty() || !feasibility.excludes(call, known)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The values the tests around a call of the method read: the attributes the maker keeps
   * from its parameters, and, in the maker itself, the parameters too.
   */
  private Map<String, String> knownAt(SyntaxNode call, SyntaxNode maker, SyntaxNode owner, Map<String, Mapped> kept,
      Function<String, String> fixed) {
    Set<String> tested = feasibility.testedNames(call);
    Map<String, String> known = new HashMap<>();
    kept.forEach((attribute, mapped) -> {
      String value = tested.contains(attribute) ? fixed.apply(mapped.parameter()) : null;
      if (value != null && holds(call, attribute, mapped, maker, owner)) {
        known.put("self." + attribute, mapped.applied(value));
      }
    });
    if (maker.equals(Ancestry.enclosingFunction(call))) {
      for (String name : tested) {
        String value = fixed.apply(name);
        if (value != null) {
          known.put(name, value);
        }
      }
    }
    return known;
  }

  /**
   * Whether the attribute still holds what the maker set it to at {@code call}: it is all the
   * class ever sets it to, or the call runs only while the maker runs, after the maker set it
   * ({@code self.source = source; self._load()}, the dispatch in {@code _load}), with no method on
   * the way setting it again.
   */
  private boolean holds(SyntaxNode call, String attribute, Mapped mapped, SyntaxNode maker, SyntaxNode owner) {
    List<SyntaxNode> values = attributes.selfValues(owner, attribute);
    if (values != null && values.stream().allMatch(mapped.value()::equals)) {
      return true;
    }
    return duringMaker(call, mapped.value(), values == null ? List.of() : values, maker, owner, 0);
  }

  private boolean duringMaker(SyntaxNode call, SyntaxNode set, List<SyntaxNode> values, SyntaxNode maker,
      SyntaxNode owner, int hops) {
    SyntaxNode method = Ancestry.enclosingFunction(call);
    if (method == null || hops > MAX_HOPS) {
      return false;
    }
    if (method.equals(maker)) {
      return set.end() < call.start() && values.stream().allMatch(value -> value.equals(set) || !inside(value, maker));
    }
    if (values.stream().anyMatch(value -> inside(value, method))) {
      return false;
    }
    List<SyntaxNode> calls = allCalls(method);
    return !calls.isEmpty() && calls.stream().allMatch(c -> duringMaker(c, set, values, maker, owner, hops + 1));
  }

  private static boolean inside(SyntaxNode node, SyntaxNode scope) {
    return node.start() >= scope.start() && node.end() <= scope.end();
  }

  /** A parameter an attribute is set from ({@code value}: the value set), and the case change it went through (null: none). */
  private record Mapped(SyntaxNode value, String parameter, String change) {
    String applied(String value) {
      if (change == null) {
        return value;
      }
      return switch (change) {
        case "lower", "casefold" -> value.toLowerCase(Locale.ROOT);
        case "upper" -> value.toUpperCase(Locale.ROOT);
        default -> value.strip();
      };
    }
  }

  /**
   * The attributes the maker sets, in its own body and nowhere else in the class or its
   * subclasses, from one of its parameters as it is or case-changed ({@code self.source =
   * source.lower()}): what the tests of another method read of them is what the call passed.
   */
  private Map<String, Mapped> keptArguments(SyntaxNode maker) {
    Map<String, Mapped> kept = new HashMap<>();
    SyntaxNode body = maker.field("body");
    if (body == null) {
      return kept;
    }
    for (SyntaxNode statement : body.namedChildrenButComments()) {
      SyntaxNode assignment = statement.type().equals("expression_statement") && statement.namedChildCount() == 1
          ? statement.namedChild(0) : null;
      if (assignment == null || !assignment.type().equals("assignment")) {
        continue;
      }
      SyntaxNode target = assignment.field("left");
      SyntaxNode value = assignment.field("right");
      String attribute = selfAttribute(target);
      Mapped mapped = value == null ? null : fromParameter(value);
      if (attribute != null && mapped != null) {
        kept.putIfAbsent(attribute, mapped);
      }
    }
    return kept;
  }

  /** {@code name}, or {@code name.lower()} (and {@code upper}, {@code casefold}, {@code strip}), as a {@link Mapped}; else null. */
  private Mapped fromParameter(SyntaxNode value) {
    if (value.type().equals("identifier")) {
      return new Mapped(value, source.text(value), null);
    }
    SyntaxNode function = value.type().equals("call") ? value.field("function") : null;
    SyntaxNode arguments = value.type().equals("call") ? value.field("arguments") : null;
    if (function == null || !function.type().equals("attribute") || arguments == null
        || arguments.namedChildCount() != 0) {
      return null;
    }
    SyntaxNode object = function.field("object");
    String change = source.text(function.field("attribute"));
    if (object == null || !object.type().equals("identifier")
        || !Set.of("lower", "upper", "casefold", "strip").contains(change)) {
      return null;
    }
    return new Mapped(value, source.text(object), change);
  }

  /** {@code x} of a target {@code self.x}, else null. */
  private String selfAttribute(SyntaxNode target) {
    String dotted = target == null ? null : ApiSequence.dottedName(target, source);
    return dotted != null && dotted.startsWith("self.") && dotted.indexOf('.', 5) < 0 ? dotted.substring(5) : null;
  }

  /**
   * The calls of a method when they are all the ways the file reaches it ({@link CallSites}:
   * {@code self.method(...)} in its class and the subclasses that inherit it); none otherwise,
   * since a call from anywhere else escapes the tests.
   */
  private List<SyntaxNode> allCalls(SyntaxNode method) {
    CallSites.Callers callers = callSites.of(method);
    return callers.complete() ? callers.calls() : List.of();
  }
}
