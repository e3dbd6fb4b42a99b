package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * that scope where it is the scope's only binding of the name and nothing nearer binds the name.
 * A call of a name the object is only one of the values of ({@code download = partial(download,
 * ...)} in a {@code try} whose handler binds it to {@code None}) is kept apart: which function it
 * runs is not known. Any other use of the object (returned, handed to {@code map}, kept on {@code
 * self}) is a call the file does not show: the object escapes. Whoever asks decides what such
 * calls pass; the partial alone, its fixed arguments, is what is known of them.
 *
 * <p>A function bound to a name without being called ({@code load = AutoModel.from_pretrained},
 * {@link LoaderBindings}) is read the same way, as a partial that fixes nothing: {@code partial}
 * is then the value bound.
 */
final class PartialApplications {
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
  private final Map<SyntaxNode, Uses> byPartial = new LinkedHashMap<>();

  PartialApplications(PythonSource source, Function<SyntaxNode, ScopeIndex> scopes) {
    this.source = source;
    this.scopes = scopes;
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

  private Uses find(SyntaxNode partial, CallArguments fixed) {
    SyntaxNode parent = partial.parent();
    if (parent != null && parent.type().equals("call") && partial.equals(parent.field("function"))) {
      return new Uses(fixed, List.of(application(parent, fixed)), List.of(), false);
    }
    SyntaxNode left = parent != null && parent.type().equals("assignment") && partial.equals(parent.field("right"))
        ? parent.field("left") : null;
    List<SyntaxNode> chain = Ancestry.scopeChain(partial);
    if (left == null || !left.type().equals("identifier") || chain.isEmpty()) {
      return new Uses(fixed, List.of(), List.of(), true);
    }
    String name = source.text(left);
    SyntaxNode owner = chain.get(0);
    List<Application> applications = new ArrayList<>();
    List<SyntaxNode> uncertain = new ArrayList<>();
    boolean[] escapes = {false};
    new NameScanner(List.of(name)).forEachOccurrence(source.bytes(), owner.start(), owner.end(), (n, offset) -> {
      SyntaxNode use = owner.descendantForByteRange(offset, offset + name.length());
      if (use == null || !use.type().equals("identifier") || use.equals(left) || isNotAReference(use)
          || (use.start() >= partial.start() && use.end() <= partial.end())) {
        return;
      }
      Boolean refers = refersTo(use, name, owner, partial);
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
        escapes[0] = true;
      }
    });
    return new Uses(fixed, List.copyOf(applications), List.copyOf(uncertain), escapes[0]);
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
