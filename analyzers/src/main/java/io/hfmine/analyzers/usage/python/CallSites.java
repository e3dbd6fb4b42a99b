package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The calls a file makes to one of its own functions: {@code convert(...)} for a plain def (at
 * module level or nested in a function), {@code self.convert(...)} or {@code cls.convert(...)}
 * inside the class for a method, {@code Chat(...)} for the {@code __init__} of class {@code Chat},
 * and a hand-off that runs a plain def ({@code mp.spawn(main, args=(...))}). A parameter's values
 * at those calls stand in for a missing default.
 *
 * <p>The file's names are gathered once, on the first question, and each function's callers are
 * kept: a loader reached through a parameter often sits in a function several loaders share.
 */
final class CallSites {
  /** Most calls of one function examined; past it the rest count as unknown values. */
  static final int MAX_CALLS = 32;
  /** Decorators that leave a method called the ordinary way, with the arguments written at its calls. */
  private static final Set<String> PLAIN_DECORATORS = Set.of("staticmethod", "classmethod", "property");

  /**
   * The calls of one function in the file (at most {@link #MAX_CALLS}), how many leading
   * parameters they do not pass ({@code self} or {@code cls}: one), and whether they are all the
   * ways the file reaches it: false when it is also named otherwise (passed as a value, decorated,
   * called on some other object, implicitly called as a dunder) or has more calls than examined.
   */
  record Callers(List<SyntaxNode> calls, int skipped, boolean complete) {
  }

  private static final Callers NONE = new Callers(List.of(), 0, false);

  private final PythonSource source;
  private final Function<SyntaxNode, ScopeIndex> scopes;
  private final ClassHierarchy classes;
  private final FunctionHandOffs handOffs;
  /** The calls found handing a function of the file on ({@link FunctionHandOffs}), by call. */
  private final Map<SyntaxNode, HandedTo> handedOn = new HashMap<>();
  private final Map<Integer, Callers> byFunction = new HashMap<>();
  /** Identifiers of the file by name, but for defined names, attribute names and keywords. */
  private Map<String, List<SyntaxNode>> names;
  /** {@code x.name} attribute nodes of the file by the attribute's name. */
  private Map<String, List<SyntaxNode>> attributes;
  /** Names some function of the file declares {@code global}, and so may rebind at any call. */
  private Set<String> declaredGlobal;

  CallSites(PythonSource source, Function<SyntaxNode, ScopeIndex> scopes, ClassHierarchy classes,
      Function<SyntaxNode, String> literal) {
    this.source = source;
    this.scopes = scopes;
    this.classes = classes;
    this.handOffs = new FunctionHandOffs(source, scopes, new ClassAttributes(scopes, classes), literal);
  }

  /** The callers of a function definition; none (and incomplete) when it is no def of a module, function or class. */
  Callers of(SyntaxNode function) {
    return byFunction.computeIfAbsent(function.start(), k -> find(function));
  }

  /** Whether a {@code global} statement anywhere in the file names {@code name}; {@code module} is the file's root. */
  boolean declaredGlobal(SyntaxNode module, String name) {
    if (names == null) {
      gather(module);
    }
    return declaredGlobal.contains(name);
  }

  private Callers find(SyntaxNode function) {
    List<SyntaxNode> chain = Ancestry.scopeChain(function);
    SyntaxNode nameNode = function.field("name");
    if (chain.isEmpty() || nameNode == null) {
      return NONE;
    }
    if (names == null) {
      gather(chain.get(chain.size() - 1));
    }
    String name = source.text(nameNode);
    SyntaxNode owner = chain.get(0);
    List<SyntaxNode> bound = scopes.apply(owner).bindings(name);
    if (bound == null || bound.size() != 1) {
      return NONE; // defined twice (or by a branch and an import): which one a call reaches is unknown
    }
    List<String> decorators = decorators(function);
    boolean method = owner.type().equals("class_definition");
    boolean plain = method ? PLAIN_DECORATORS.containsAll(decorators) : decorators.isEmpty();
    boolean dunder = name.startsWith("__") && name.endsWith("__");
    List<SyntaxNode> calls = new ArrayList<>();
    boolean complete = plain && !dunder;
    if (method && name.equals("__init__")) {
      complete = plain && constructorCalls(function, owner, calls);
    } else if (method) {
      complete &= methodCalls(owner, name, calls);
    } else {
      complete &= functionCalls(function, owner, name, calls);
    }
    calls.sort(java.util.Comparator.comparingInt(SyntaxNode::start)); // gathered in no particular order
    if (calls.size() > MAX_CALLS) {
      calls.subList(MAX_CALLS, calls.size()).clear();
      complete = false;
    }
    int skipped = method && !decorators.contains("staticmethod") ? 1 : 0;
    return new Callers(List.copyOf(calls), skipped, complete);
  }

  /**
   * Bare calls of {@code name} that reach the def in {@code owner}, and the calls that hand it on
   * to run it ({@link FunctionHandOffs}); false when the name is used otherwise too.
   */
  private boolean functionCalls(SyntaxNode function, SyntaxNode owner, String name, List<SyntaxNode> calls) {
    boolean complete = true;
    for (SyntaxNode use : names.getOrDefault(name, List.of())) {
      if (use.start() < owner.start() || use.end() > owner.end() || !reaches(use, name, owner)
          || namesSuperOf(use)) {
        continue;
      }
      List<FunctionHandOffs.HandedOn> handed = isCallee(use) ? List.of() : handOffs.of(use);
      if (isCallee(use)) {
        calls.add(use.parent());
      } else if (!handed.isEmpty()) {
        for (FunctionHandOffs.HandedOn run : handed) {
          calls.add(run.call());
          handedOn.put(run.call(), new HandedTo(function, run.arguments()));
        }
      } else {
        complete = false;
      }
    }
    return complete;
  }

  /**
   * The arguments a call of the file passes {@code function}: those written at it, or for a call
   * that hands the function on to run it, those the hand-off passes.
   */
  CallArguments argumentsOf(SyntaxNode call, SyntaxNode function) {
    HandedTo handed = handedOn.get(call);
    return handed != null && handed.function().equals(function) ? handed.arguments() : CallArguments.of(call, source);
  }

  /** A hand-off's function and the arguments it passes that function. */
  private record HandedTo(SyntaxNode function, CallArguments arguments) {
  }

  /**
   * {@code Chat(...)} for the {@code __init__} of class {@code Chat}: the bare calls of the class's
   * name where it is defined. False when the class is named otherwise too (a base of another
   * class, {@code isinstance}, passed as a value), is decorated ({@code @dataclass} writes its own
   * {@code __init__}), or is defined twice.
   */
  private boolean constructorCalls(SyntaxNode init, SyntaxNode owner, List<SyntaxNode> calls) {
    SyntaxNode nameNode = owner.field("name");
    List<SyntaxNode> chain = Ancestry.scopeChain(owner);
    if (nameNode == null || chain.isEmpty() || !decorators(owner).isEmpty()) {
      return false;
    }
    String name = source.text(nameNode);
    List<SyntaxNode> bound = scopes.apply(chain.get(0)).bindings(name);
    return bound != null && bound.size() == 1 && functionCalls(init, chain.get(0), name, calls);
  }

  /**
   * {@code self.name(...)} and {@code cls.name(...)} inside the class, and inside each subclass of
   * the file that inherits this {@code name} (a test mixin's helper, called by the tests deriving
   * from it); false when {@code .name} is met any other way.
   */
  private boolean methodCalls(SyntaxNode owner, String name, List<SyntaxNode> calls) {
    Set<SyntaxNode> inheriting = new HashSet<>();
    Set<SyntaxNode> overriding = new HashSet<>();
    inheriting.add(owner);
    for (SyntaxNode subclass : classes.subclassesOf(owner)) {
      (inherits(subclass, owner, name) ? inheriting : overriding).add(subclass);
    }
    boolean complete = true;
    for (SyntaxNode use : attributes.getOrDefault(name, List.of())) {
      SyntaxNode object = use.field("object");
      boolean onSelf = object != null && object.type().equals("identifier")
          && (source.textEquals(object, "self") || source.textEquals(object, "cls"));
      SyntaxNode user = Ancestry.enclosingClass(use);
      if (onSelf && overriding.contains(user)) {
        continue; // a subclass's own method of that name, never this one
      }
      boolean own = onSelf && inheriting.contains(user);
      if (own && isCallee(use)) {
        calls.add(use.parent());
      } else {
        complete = false;
      }
    }
    return complete;
  }

  /** Whether {@code name} on an instance of {@code subclass} is {@code owner}'s: no class nearer in its bases defines it. */
  private boolean inherits(SyntaxNode subclass, SyntaxNode owner, String name) {
    if (scopes.apply(subclass).bindings(name) != null) {
      return false;
    }
    for (SyntaxNode base : classes.basesOf(subclass)) {
      if (base.equals(owner)) {
        return true;
      }
      if (scopes.apply(base).bindings(name) != null) {
        return false;
      }
    }
    return false;
  }

  /** Whether a use of {@code name} means the binding in {@code owner}, no scope in between binding the name itself. */
  private boolean reaches(SyntaxNode use, String name, SyntaxNode owner) {
    ScopeIndex reached = NameOwner.indexing(use, name, scopes);
    return reached != null && reached.scope().equals(owner);
  }

  /**
   * Whether a name is the class of an old-style {@code super(Chat, self)}: that reaches the
   * classes after {@code Chat} in the instance's order, never {@code Chat} itself, so it neither
   * calls nor constructs it, just as the bare {@code super()} (which names nothing) does not.
   */
  private boolean namesSuperOf(SyntaxNode use) {
    SyntaxNode arguments = use.parent();
    if (arguments == null || !arguments.type().equals("argument_list") || arguments.namedChildCount() != 2
        || !use.equals(arguments.namedChild(0))) {
      return false;
    }
    SyntaxNode function = arguments.parent() == null ? null : arguments.parent().field("function");
    return function != null && function.type().equals("identifier") && source.textEquals(function, "super");
  }

  private static boolean isCallee(SyntaxNode node) {
    SyntaxNode parent = node.parent();
    return parent != null && parent.type().equals("call") && node.equals(parent.field("function"));
  }

  /** The decorators' names without {@code @} and arguments ({@code torch.no_grad}). */
  private List<String> decorators(SyntaxNode definition) {
    SyntaxNode parent = definition.parent();
    if (parent == null || !parent.type().equals("decorated_definition")) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (SyntaxNode child : parent.namedChildren()) {
      if (child.type().equals("decorator")) {
        String text = source.text(child).substring(1).strip();
        int open = text.indexOf('(');
        out.add(open < 0 ? text : text.substring(0, open).strip());
      }
    }
    return out;
  }

  /** One walk over the file, without recursion (deep nesting cannot overflow the stack). */
  private void gather(SyntaxNode module) {
    names = new HashMap<>();
    attributes = new HashMap<>();
    declaredGlobal = new HashSet<>();
    Deque<SyntaxNode> pending = new ArrayDeque<>();
    pending.push(module);
    while (!pending.isEmpty()) {
      SyntaxNode node = pending.pop();
      if (node.type().equals("identifier")) {
        identifier(node);
        continue;
      }
      for (SyntaxNode child : node.namedChildren()) {
        pending.push(child);
      }
    }
  }

  private void identifier(SyntaxNode node) {
    SyntaxNode parent = node.parent();
    String field = node.fieldName();
    String parentType = parent == null ? "" : parent.type();
    if (parentType.equals("global_statement")) {
      declaredGlobal.add(source.text(node));
    }
    if (parentType.equals("attribute") && "attribute".equals(field)) {
      attributes.computeIfAbsent(source.text(node), k -> new ArrayList<>()).add(parent);
    } else if (!("name".equals(field) && (parentType.equals("function_definition")
        || parentType.equals("class_definition") || parentType.equals("keyword_argument")))) {
      names.computeIfAbsent(source.text(node), k -> new ArrayList<>()).add(node);
    }
  }
}
