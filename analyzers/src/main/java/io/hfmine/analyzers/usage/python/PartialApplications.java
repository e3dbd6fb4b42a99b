package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Where the object a {@code partial(f, ...)} call makes is called, and what {@code f} gets there.
 * The partial fixes the arguments written after {@code f}; a call of the object appends its own,
 * as {@code functools.partial} does: positional ones after the fixed ones, keywords merged, a
 * keyword written at the call winning over the partial's.
 *
 * <p>The calls followed are the object's immediate call ({@code partial(f, a)(b)}) and the calls
 * of a name bound to it ({@code load = partial(f, a)} then {@code load(b)}): in the scope of the
 * binding where that binding is the only one reaching the call, and in the functions nested in
 * that scope where it is the scope's only binding of the name and nothing nearer binds the name;
 * and the calls of an attribute of {@code self} bound to it in a method ({@code self.load =
 * partial(f, a)} then {@code self.load(b)}), wherever {@code self.load} reads that binding.
 * A call of a name the object is only one of the values of ({@code download = partial(download,
 * ...)} in a {@code try} whose handler binds it to {@code None}) is kept apart: which function it
 * runs is not known. Any other use of the object (returned, handed to {@code map}) is a call the
 * file does not show: the object escapes. Whoever asks decides what such
 * calls pass; the partial alone, its fixed arguments, is what is known of them.
 *
 * <p>A function bound to a name without being called ({@code load = AutoModel.from_pretrained},
 * {@link LoaderBindings}) is read the same way, as a partial that fixes nothing: {@code partial}
 * is then the value bound.
 */
final class PartialApplications {
  private static final Set<String> TUPLE_TARGETS = Set.of("pattern_list", "tuple_pattern", "list_pattern", "tuple", "list");
  private static final Set<String> ASSIGNING = Set.of("assignment", "augmented_assignment", "for_statement");
  /** Most calls of one object followed; past it, the object counts as escaping. */
  static final int MAX_CALLS = CallSites.MAX_CALLS;

  /**
   * One call of a partial object.
   *
   * @param call the call written in the file
   * @param arguments what {@code f} gets there: the fixed arguments, then the call's own
   * @param own the arguments written at the call itself
   */
  record Application(SyntaxNode call, CallArguments arguments, CallArguments own) {
    /** Whether {@code node} (an argument of {@link #arguments}) is written at this call rather than fixed by the partial. */
    boolean writtenHere(SyntaxNode node) {
      SyntaxNode list = call.field("arguments");
      return node != null && list != null && node.start() >= list.start() && node.end() <= list.end();
    }
  }

  /**
   * The calls of one partial object.
   *
   * @param fixed the arguments the partial fixes (those after {@code f})
   * @param applications the calls the file shows, in file order
   * @param uncertain the calls of a name bound to the object and to other values too
   * @param escapes whether the object is also used in a way that calls it out of sight
   */
  record Uses(CallArguments fixed, List<Application> applications, List<SyntaxNode> uncertain, boolean escapes) {
    /** Whether the file shows no call that may run the object, nor any other use of it. */
    boolean unused() {
      return applications.isEmpty() && uncertain.isEmpty() && !escapes;
    }
  }

  private final PythonSource source;
  private final Function<SyntaxNode, ScopeIndex> scopes;
  private final ClassAttributes attributes;
  private final Map<SyntaxNode, Uses> byPartial = new LinkedHashMap<>();

  PartialApplications(PythonSource source, Function<SyntaxNode, ScopeIndex> scopes, ClassAttributes attributes) {
    this.source = source;
    this.scopes = scopes;
    this.attributes = attributes;
  }

  /**
   * The calls of the object {@code partial} makes.
   *
   * @param fixed the arguments the partial fixes; see {@link #fixedBy} for the plain case
   */
  Uses of(SyntaxNode partial, CallArguments fixed) {
    Uses known = byPartial.get(partial);
    if (known != null && known.fixed().equals(fixed)) {
      return known;
    }
    Uses found = find(partial, fixed);
    byPartial.put(partial, found);
    return found;
  }

  /** The arguments {@code partial(f, ...)} fixes: every one written after {@code f}. */
  static CallArguments fixedBy(CallArguments written) {
    List<SyntaxNode> positional = written.positional();
    return new CallArguments(new ArrayList<>(positional.subList(Math.min(1, positional.size()), positional.size())),
        new LinkedHashMap<>(written.keywords()), written.splat());
  }

  /**
   * What {@code f} gets from a call of the object: {@code fixed}, then the call's own positional
   * arguments (unless a {@code *args} among the fixed ones leaves their place unknown), the call's
   * keywords over the fixed ones, and the first splat of either.
   */
  static CallArguments merged(CallArguments fixed, CallArguments own) {
    List<SyntaxNode> positional = new ArrayList<>(fixed.positional());
    boolean placed = fixed.splat() == null || !fixed.splat().type().equals("list_splat");
    if (placed) {
      positional.addAll(own.positional());
    }
    Map<String, SyntaxNode> keywords = new LinkedHashMap<>(fixed.keywords());
    keywords.putAll(own.keywords());
    return new CallArguments(positional, keywords, fixed.splat() != null ? fixed.splat() : own.splat());
  }

  /**
   * Whether the calls of what an assignment to {@code target} binds are followed: a plain name, or
   * an attribute of {@code self} (or {@code cls}) set in a method of a class.
   */
  static boolean followedTarget(SyntaxNode target, PythonSource source) {
    return target != null && (target.type().equals("identifier") || isOnSelf(target, source));
  }

  private static boolean isOnSelf(SyntaxNode node, PythonSource source) {
    SyntaxNode object = node.type().equals("attribute") ? node.field("object") : null;
    return object != null && node.field("attribute") != null && object.type().equals("identifier")
        && (source.textEquals(object, "self") || source.textEquals(object, "cls"))
        && Ancestry.enclosingFunction(node) != null && Ancestry.enclosingClass(node) != null;
  }

  private Uses find(SyntaxNode partial, CallArguments fixed) {
    SyntaxNode parent = partial.parent();
    if (parent != null && parent.type().equals("call") && partial.equals(parent.field("function"))) {
      return new Uses(fixed, List.of(application(parent, fixed)), List.of(), false);
    }
    SyntaxNode left = parent != null && parent.type().equals("assignment") && partial.equals(parent.field("right"))
        ? parent.field("left") : null;
    List<SyntaxNode> chain = Ancestry.scopeChain(partial);
    if (left != null && isOnSelf(left, source)) {
      return onSelf(partial, left, fixed);
    }
    if (left == null || !left.type().equals("identifier") || chain.isEmpty()) {
      return new Uses(fixed, List.of(), List.of(), true);
    }
    String name = source.text(left);
    SyntaxNode owner = chain.get(0);
    Found found = new Found(fixed);
    new NameScanner(List.of(name)).forEachOccurrence(source.bytes(), owner.start(), owner.end(), (n, offset) -> {
      SyntaxNode use = owner.descendantForByteRange(offset, offset + name.length());
      if (use == null || !use.type().equals("identifier") || use.equals(left) || isNotAReference(use)
          || (use.start() >= partial.start() && use.end() <= partial.end())) {
        return;
      }
      found.add(use, refersTo(use, name, owner, partial));
    });
    return found.uses();
  }

  /**
   * The calls of an object kept on {@code self} ({@code self.load = partial(...)} in a method):
   * {@code self.load(...)} in the methods of the classes whose instances may hold it, read as
   * {@code self.load} is for an id ({@link ClassAttributes#selfValues}): the class that sets
   * it, the file's subclasses that inherit it, and a base of the file whose methods call what its
   * subclasses set. Such a call runs the object when it is the attribute's one value there (a
   * {@code None} placeholder aside: calling it would fail), else it is kept apart, as a name bound
   * to several values is. The same attribute of any other object ({@code other.load}) is another
   * object's, and any other use of {@code self.load} (handed on, returned) lets it escape.
   */
  private Uses onSelf(SyntaxNode partial, SyntaxNode left, CallArguments fixed) {
    String name = source.text(left.field("attribute"));
    SyntaxNode module = Ancestry.scopeChain(partial).getLast();
    Found found = new Found(fixed);
    List<String> spellings = List.of("self." + name, "cls." + name);
    new NameScanner(spellings).forEachOccurrence(source.bytes(), module.start(), module.end(), (n, offset) -> {
      SyntaxNode use = module.descendantForByteRange(offset, offset + spellings.get(n).length());
      if (use == null || !use.type().equals("attribute") || use.start() != offset || use.equals(left)
          || !isOnSelf(use, source) || isAssigned(use)
          || (use.start() >= partial.start() && use.end() <= partial.end())) {
        return;
      }
      List<SyntaxNode> values = attributes.selfValues(Ancestry.enclosingClass(use), name);
      if (values != null && values.contains(partial)) {
        found.add(use, values.stream().allMatch(value -> partial.equals(value)
            || (value != null && value.type().equals("none"))));
      }
    });
    return found.uses();
  }

  /** Whether an attribute is bound where it is written: {@code self.load = ...}, {@code self.load += ...}, in a tuple target. */
  private static boolean isAssigned(SyntaxNode attribute) {
    SyntaxNode node = attribute;
    SyntaxNode parent = node.parent();
    while (parent != null && TUPLE_TARGETS.contains(parent.type())) {
      node = parent;
      parent = node.parent();
    }
    return parent != null && ASSIGNING.contains(parent.type()) && node.equals(parent.field("left"));
  }

  /** The uses of one object gathered: each a call that runs it, a call that may, or an escape. */
  private final class Found {
    private final CallArguments fixed;
    private final List<Application> applications = new ArrayList<>();
    private final List<SyntaxNode> uncertain = new ArrayList<>();
    private boolean escapes;

    Found(CallArguments fixed) {
      this.fixed = fixed;
    }

    /**
     * A use of a name or attribute that may hold the object: {@code refers} true when it holds
     * only the object there, false when other values too, null when it holds another value.
     */
    void add(SyntaxNode use, Boolean refers) {
      if (refers == null) {
        return; // another binding of the name, not this object
      }
      SyntaxNode call = use.parent();
      boolean called = call != null && call.type().equals("call") && use.equals(call.field("function"));
      if (called && refers && applications.size() < MAX_CALLS) {
        applications.add(application(call, fixed));
      } else if (called && !refers) {
        uncertain.add(call);
      } else {
        escapes = true;
      }
    }

    Uses uses() {
      return new Uses(fixed, List.copyOf(applications), List.copyOf(uncertain), escapes);
    }
  }

  private Application application(SyntaxNode call, CallArguments fixed) {
    CallArguments own = CallArguments.of(call, source);
    return new Application(call, merged(fixed, own), own);
  }

  /** An identifier that reads no value: an attribute's or a keyword's name, or a name being bound. */
  private static boolean isNotAReference(SyntaxNode identifier) {
    SyntaxNode parent = identifier.parent();
    String field = identifier.fieldName();
    String type = parent == null ? "" : parent.type();
    return (type.equals("attribute") && "attribute".equals(field))
        || (type.equals("keyword_argument") && "name".equals(field))
        || NameTargets.isBinding(identifier);
  }

  /**
   * Whether a use of {@code name} means the object: true when the binding to {@code partial} is
   * the only value it can have there, false when that binding is one of several, null when the
   * use means another binding altogether (a scope nearer to it binds the name, or the binding does
   * not reach it).
   */
  private Boolean refersTo(SyntaxNode use, String name, SyntaxNode owner, SyntaxNode partial) {
    List<SyntaxNode> chain = Ancestry.scopeChain(use);
    for (int i = 0; i < chain.size(); i++) {
      SyntaxNode scope = chain.get(i);
      if (i > 0 && scope.type().equals("class_definition")) {
        continue; // a class body's names are not seen from its methods
      }
      ScopeIndex index = scopes.apply(scope);
      if (scope.equals(owner)) {
        if (i == 0) {
          ScopeIndex.Reach reach = index.reaching(name, use);
          if (reach == null || !reach.values().contains(partial)) {
            return null;
          }
          return reach.values().size() == 1 && (reach.dominated() || !index.hasParameter(name));
        }
        List<SyntaxNode> bound = index.bindings(name);
        return bound == null || !bound.contains(partial) ? null : bound.size() == 1;
      }
      if (index.bindings(name) != null || index.hasParameter(name)) {
        return null;
      }
    }
    return null;
  }
}
