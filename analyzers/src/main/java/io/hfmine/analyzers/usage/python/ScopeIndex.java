package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The names a module, class or function binds in its own body: assignments (a null value marks
 * a binding that is not a plain expression, such as a loop variable or a nested def), parameter
 * defaults, and for classes the {@code self.x = ...} assignments made in its methods.
 *
 * <p>Every compound statement's bodies are walked: {@code if}/{@code elif}/{@code else},
 * {@code try}/{@code except}/{@code else}/{@code finally}, loops and their {@code else},
 * {@code with} (and its {@code as} targets), {@code match}/{@code case}. Each binding keeps where
 * it takes effect and the block holding it, so a use can be resolved from the bindings that reach
 * it (see {@link #reaching}).
 *
 * <p>Built only for scopes that hold a loading call, by walking statements (never expressions),
 * without recursion so deep nesting cannot overflow the stack.
 */
final class ScopeIndex {
  private static final Set<String> SCOPE_TYPES = Set.of("module", "function_definition", "class_definition");

  /**
   * One binding of a name: its value (null when not a plain expression), the byte offset from
   * which it holds, the block that holds the binding statement, the for statement whose target
   * it is (or the assignment whose tuple it takes a place in), and the span a return or raise
   * after it confines it to ({@link BlockExits.Span#FREE} when none does).
   */
  record Site(SyntaxNode value, int effective, int blockStart, int blockEnd, SyntaxNode loop, BlockExits.Span reach) {
    boolean dominates(SyntaxNode use) {
      return effective <= use.start() && blockStart <= use.start() && use.end() <= blockEnd;
    }

    /** Whether control can get from the binding to the use without passing a return or raise. */
    boolean canReach(SyntaxNode use) {
      return reach.holds(use.start());
    }
  }

  private final SyntaxNode scope;
  private final Map<String, List<Site>> bindings = new HashMap<>();
  private final Map<String, SyntaxNode> parameters = new HashMap<>();
  private final Map<String, Parameter> declared = new HashMap<>();
  private final Map<String, SyntaxNode> annotations = new HashMap<>();
  private final List<SyntaxNode> methods = new ArrayList<>();
  private final List<SyntaxNode> dataclasses = new ArrayList<>();
  private final Map<String, SyntaxNode> classes = new HashMap<>();
  private final PythonSource source;
  private final ProcessExits processExits;
  private Map<String, List<Site>> selfBindings;

  private ScopeIndex(SyntaxNode scope, PythonSource source, ProcessExits processExits) {
    this.scope = scope;
    this.source = source;
    this.processExits = processExits;
  }

  static boolean isScope(SyntaxNode node) {
    return isScopeType(node.type());
  }

  static boolean isScopeType(String type) {
    return SCOPE_TYPES.contains(type);
  }

  static ScopeIndex build(SyntaxNode scope, PythonSource source) {
    return build(scope, source, new ProcessExits(source));
  }

  /** @param processExits the file's calls that end the process, which confine bindings as a return does */
  static ScopeIndex build(SyntaxNode scope, PythonSource source, ProcessExits processExits) {
    ScopeIndex index = new ScopeIndex(scope, source, processExits);
    String type = scope.type();
    SyntaxNode body = type.equals("module") ? scope : scope.field("body");
    if (type.equals("function_definition")) {
      index.indexParameters(scope.field("parameters"), source);
    }
    if (body != null) {
      index.walk(body, source, index.bindings, index.methods, new BlockExits(scope, processExits));
    }
    return index;
  }

  SyntaxNode scope() {
    return scope;
  }

  /** Every name this scope binds in its own body, imports included. */
  Set<String> boundNames() {
    return Set.copyOf(bindings.keySet());
  }

  /** Values bound to {@code name} here, or null when the scope never binds it. */
  List<SyntaxNode> bindings(String name) {
    return values(bindings.get(name));
  }

  /**
   * The bindings of {@code name} in this scope that can reach {@code use} (a node of this
   * scope's own body): the last binding before it that always runs on the way to it, the
   * bindings in branches between that one and the use, and in a loop the bindings later in the
   * loop's body, unless that last binding is itself inside the loop (the loop's target, or an
   * assignment each turn runs before the use). Null when the scope has no binding before the use.
   *
   * @param values the bound values (null for a binding that is not a plain expression)
   * @param dominated whether one of them always runs before the use (a parameter is then shadowed)
   */
  record Reach(List<SyntaxNode> values, List<SyntaxNode> loops, boolean dominated) {
  }

  /** Whether this scope binds {@code name} somewhere between two offsets (a branch's body). */
  boolean bindsWithin(String name, int start, int end) {
    List<Site> sites = bindings.get(name);
    return sites != null && sites.stream().anyMatch(site -> site.effective() > start && site.effective() <= end);
  }

  Reach reaching(String name, SyntaxNode use) {
    List<Site> sites = bindings.get(name);
    if (sites == null) {
      return null;
    }
    SyntaxNode loop = enclosingLoop(use);
    int dominating = -1;
    for (int i = 0; i < sites.size(); i++) {
      if (sites.get(i).dominates(use)) {
        dominating = i;
      }
    }
    // A binding inside the loop that always runs before the use (the loop's own target among
    // them) renews the name at each turn, so what the body binds after the use never gets back to it.
    boolean renewed = loop != null && dominating >= 0 && sites.get(dominating).effective() >= loop.start();
    List<SyntaxNode> out = new ArrayList<>();
    List<SyntaxNode> loops = new ArrayList<>();
    boolean any = false;
    for (int i = Math.max(0, dominating); i < sites.size(); i++) {
      Site site = sites.get(i);
      boolean before = site.effective() <= use.start();
      boolean loopCarried = loop != null && !renewed && !before && site.effective() >= loop.start()
          && site.effective() <= loop.end();
      if ((before || loopCarried) && !inOtherBranch(site, use) && site.canReach(use)) {
        out.add(site.value());
        loops.add(site.loop());
        any |= before;
      }
    }
    return any ? new Reach(out, loops, dominating >= 0) : null;
  }

  /**
   * Whether the binding sits in one branch of an {@code if} statement and the use in another: only
   * one branch runs, so a name filled in by an earlier {@code elif} never reaches the next one,
   * unless a loop around the statement (in this scope) runs it again.
   */
  private boolean inOtherBranch(Site site, SyntaxNode use) {
    SyntaxNode branch = use;
    for (SyntaxNode current = use.parent(); current != null && !isScopeType(current.type()); current = current.parent()) {
      if (current.type().equals("if_statement") && site.blockStart() >= current.start()
          && site.blockEnd() <= current.end()) {
        boolean sameBranch = site.blockStart() >= branch.start() && site.blockEnd() <= branch.end();
        return !sameBranch && enclosingLoop(current) == null;
      }
      branch = current;
    }
    return false;
  }

  /** The innermost loop of this scope around the node, or null. */
  private SyntaxNode enclosingLoop(SyntaxNode use) {
    for (SyntaxNode current = use.parent(); current != null && current.start() >= scope.start()
        && !(current.start() == scope.start() && current.end() == scope.end()); current = current.parent()) {
      String type = current.type();
      if (type.equals("for_statement") || type.equals("while_statement")) {
        return current;
      }
      if (isScopeType(type)) {
        return null;
      }
    }
    return null;
  }

  private static List<SyntaxNode> values(List<Site> sites) {
    if (sites == null) {
      return null;
    }
    List<SyntaxNode> values = new ArrayList<>(sites.size());
    sites.forEach(site -> values.add(site.value()));
    return values;
  }

  boolean hasParameter(String name) {
    return parameters.containsKey(name);
  }

  /** The default of a parameter, or null when it has none. */
  SyntaxNode parameterDefault(String name) {
    return parameters.get(name);
  }

  /** The annotation a parameter is declared with ({@code config: RunConfig}), or null when it has none. */
  SyntaxNode parameterType(String name) {
    return annotations.get(name);
  }

  /**
   * A parameter as a caller binds it: its name node, and its place among the positional
   * parameters ({@code self} included), or -1 when it can only be passed by keyword.
   */
  record Parameter(SyntaxNode name, int position) {
  }

  /** How a call binds a parameter of this function, or null when it has none by that name. */
  Parameter parameter(String name) {
    return declared.get(name);
  }

  /** The class this scope defines under {@code name}, when that is the name's only binding here. */
  SyntaxNode classNamed(String name) {
    List<Site> values = bindings.get(name);
    return values != null && values.size() == 1 ? classes.get(name) : null;
  }

  /** The one function this scope defines under {@code name} (a class's {@code __init__}), or null. */
  SyntaxNode function(String name) {
    SyntaxNode found = null;
    for (SyntaxNode method : methods) {
      SyntaxNode named = method.field("name");
      if (named != null && source.textEquals(named, name)) {
        if (found != null) {
          return null;
        }
        found = method;
      }
    }
    return found;
  }

  /** Classes of this scope decorated as dataclasses (HfArgumentParser's argument classes). */
  List<SyntaxNode> dataclasses() {
    return dataclasses;
  }

  /** Values given to {@code self.<name>} in the class's methods, or null; methods are walked on first use. */
  List<SyntaxNode> selfBindings(String name) {
    if (selfBindings == null) {
      selfBindings = new HashMap<>();
      for (SyntaxNode method : methods) {
        SyntaxNode methodBody = method.field("body");
        if (methodBody != null) {
          Map<String, List<Site>> methodBindings = new HashMap<>();
          // each method's returns confine its own bindings, not the class body's
          walk(methodBody, source, methodBindings, new ArrayList<>(), new BlockExits(method, processExits));
          methodBindings.forEach((key, values) -> {
            if (key.startsWith("self.")) {
              selfBindings.computeIfAbsent(key.substring(5), k -> new ArrayList<>()).addAll(values);
            }
          });
        }
      }
    }
    return values(selfBindings.get(name));
  }

  private void indexParameters(SyntaxNode parameterList, PythonSource source) {
    if (parameterList == null) {
      return;
    }
    int position = 0;
    boolean keywordOnly = false;
    for (SyntaxNode parameter : parameterList.namedChildren()) {
      SyntaxNode name = null;
      SyntaxNode fallback = null;
      switch (parameter.type()) {
        case "identifier" -> name = parameter;
        case "default_parameter", "typed_default_parameter" -> {
          name = parameter.field("name");
          fallback = parameter.field("value");
        }
        case "typed_parameter" -> {
          SyntaxNode first = parameter.namedChildCount() > 0 ? parameter.namedChild(0) : null;
          name = first != null && first.type().equals("identifier") ? first : null;
          keywordOnly |= first != null && first.type().equals("list_splat_pattern");
        }
        // After *args or a bare *, parameters are passed by keyword only.
        case "list_splat_pattern", "keyword_separator" -> keywordOnly = true;
        default -> { }
      }
      SyntaxNode splat = splatName(parameter);
      if (splat != null) {
        // *args and **kwargs hold what no call spells out one by one: a name of the function
        // that hides any outer binding, bound to no value a call passes by place or keyword.
        parameters.put(source.text(splat), null);
      }
      if (name != null) {
        SyntaxNode annotation = parameter.field("type");
        if (annotation != null) {
          annotations.put(source.text(name), annotation);
        }
        parameters.put(source.text(name), fallback);
        declared.put(source.text(name), new Parameter(name, keywordOnly ? -1 : position++));
      }
    }
  }

  /** The name of {@code *args} or {@code **kwargs} (typed or not), or null for any other parameter. */
  private static SyntaxNode splatName(SyntaxNode parameter) {
    SyntaxNode pattern = parameter.type().equals("typed_parameter") && parameter.namedChildCount() > 0
        ? parameter.namedChild(0) : parameter;
    if (!pattern.type().equals("list_splat_pattern") && !pattern.type().equals("dictionary_splat_pattern")) {
      return null;
    }
    return pattern.namedChildCount() == 1 && pattern.namedChild(0).type().equals("identifier") ? pattern.namedChild(0) : null;
  }

  private void walk(SyntaxNode body, PythonSource source, Map<String, List<Site>> into, List<SyntaxNode> methods,
      BlockExits exits) {
    Deque<SyntaxNode> blocks = new ArrayDeque<>();
    blocks.push(body);
    while (!blocks.isEmpty()) {
      SyntaxNode block = blocks.pop();
      Binder bind = new Binder(source, into, block, exits);
      for (SyntaxNode statement : block.namedChildren()) {
        String type = statement.type();
        if (block.type().equals("except_clause") && "alias".equals(statement.fieldName())) {
          aliasTargets(statement, bind); // except E as error, in grammars that give the clause the alias itself
          continue;
        }
        switch (type) {
          case "expression_statement" -> {
            for (SyntaxNode expression : statement.namedChildren()) {
              if (expression.type().equals("assignment")) {
                bind.assignment(expression);
              } else if (expression.type().equals("augmented_assignment")) {
                bind.target(expression.field("left"), null, expression.end());
              }
            }
          }
          case "function_definition", "class_definition" -> {
            definition(statement, bind, methods);
          }
          case "decorated_definition" -> {
            SyntaxNode definition = statement.field("definition");
            if (definition != null) {
              definition(definition, bind, methods);
              if (definition.type().equals("class_definition")
                  && source.text(statement.start(), definition.start()).contains("dataclass")) {
                dataclasses.add(definition);
              }
            }
          }
          case "for_statement" -> {
            SyntaxNode left = statement.field("left");
            if (left != null && left.type().equals("identifier")) {
              bind.loopVariable(left, left, statement);
            } else if (TupleTarget.isFlat(left)) {
              // for task, model in PAIRS: each name takes its place in each tuple walked.
              for (SyntaxNode element : left.namedChildren()) {
                bind.loopVariable(element, left, statement);
              }
            } else {
              bind.target(left, null, left == null ? statement.start() : left.end());
            }
            pushBlocks(statement, blocks);
          }
          case "block" -> blocks.push(statement);
          case "import_statement", "import_from_statement" -> importedNames(statement, bind);
          case "as_pattern" -> {
            if (block.type().equals("except_clause")) {
              aliasTargets(statement.field("alias"), bind); // except E as error
            }
          }
          case "with_statement" -> {
            withTargets(statement, bind);
            pushBlocks(statement, blocks);
          }
          default -> {
            if (type.endsWith("_statement") || type.endsWith("_clause")) {
              pushBlocks(statement, blocks);
            }
          }
        }
      }
    }
    // Nested blocks are visited after their enclosing one, not in source order; every reader of
    // the sites (reaching() first) takes them in the order they run.
    into.values().forEach(sites -> sites.sort(Comparator.comparingInt(Site::effective)));
  }

  /**
   * {@code import a.b}, {@code import a as b}, {@code from m import x as y}: the names bound, each
   * to its place in the statement ({@code x as y}, {@code a.b}), which the evaluator reads as what
   * another file binds (a project module's constant, else unknown). So they hide any outer
   * binding and stand beside the scope's other bindings of the name ({@code try: from settings
   * import MODEL} {@code except ImportError: MODEL = "..."}).
   */
  private static void importedNames(SyntaxNode statement, Binder bind) {
    importedNames(statement, bind.source, (name, place) -> bind.name(name, place, statement.end()));
  }

  /** Each local name an import statement binds (an alias, else a dotted name's head), with the clause binding it. */
  static void importedNames(SyntaxNode statement, PythonSource source, BiConsumer<String, SyntaxNode> into) {
    for (SyntaxNode child : statement.namedChildren()) {
      if (!"name".equals(child.fieldName())) {
        continue;
      }
      SyntaxNode bound = child.type().equals("aliased_import") ? child.field("alias") : child;
      if (bound != null && bound.type().equals("dotted_name") && bound.namedChildCount() > 0) {
        bound = bound.namedChild(0); // import a.b binds a
      }
      if (bound != null && bound.type().equals("identifier")) {
        into.accept(source.text(bound), child);
      }
    }
  }

  /** The names after {@code as} (an {@code as_pattern_target} wraps them), bound to no plain value. */
  private static void aliasTargets(SyntaxNode alias, Binder bind) {
    if (alias == null) {
      return;
    }
    for (SyntaxNode target : alias.namedChildren()) {
      bind.target(target, null, alias.end());
    }
    if (alias.namedChildCount() == 0) {
      bind.target(alias, null, alias.end());
    }
  }

  /** {@code with open(p) as f}: {@code f} is bound (to no plain value) for the body. */
  private static void withTargets(SyntaxNode statement, Binder bind) {
    for (SyntaxNode child : statement.namedChildren()) {
      if (!child.type().equals("with_clause")) {
        continue;
      }
      for (SyntaxNode item : child.namedChildren()) {
        SyntaxNode value = item.type().equals("with_item") ? item.field("value") : null;
        if (value != null && value.type().equals("as_pattern")) {
          aliasTargets(value.field("alias"), bind);
        }
      }
    }
  }

  private static void pushBlocks(SyntaxNode compound, Deque<SyntaxNode> blocks) {
    for (SyntaxNode child : compound.namedChildren()) {
      String type = child.type();
      if (type.equals("block") || type.endsWith("_clause")) {
        blocks.push(child);
      }
    }
  }

  private void definition(SyntaxNode definition, Binder bind, List<SyntaxNode> methods) {
    SyntaxNode name = definition.field("name");
    if (name != null) {
      bind.name(bind.source.text(name), null, definition.start());
      if (bind.into == bindings && definition.type().equals("class_definition")) {
        classes.put(bind.source.text(name), definition);
      }
    }
    if (definition.type().equals("function_definition")) {
      methods.add(definition);
    }
  }

  /** Records the bindings of the statements of one block. */
  private static final class Binder {
    private final PythonSource source;
    private final Map<String, List<Site>> into;
    private final SyntaxNode block;
    private final BlockExits exits;

    Binder(PythonSource source, Map<String, List<Site>> into, SyntaxNode block, BlockExits exits) {
      this.source = source;
      this.into = into;
      this.block = block;
      this.exits = exits;
    }

    private Site site(SyntaxNode value, int effective, SyntaxNode loop) {
      return new Site(value, effective, block.start(), block.end(), loop, exits.reach(block, effective));
    }

    void name(String name, SyntaxNode value, int effective) {
      into.computeIfAbsent(name, k -> new ArrayList<>()).add(site(value, effective, null));
    }

    /**
     * {@code for name in ...}: bound to no plain value, but to each element of the iterable in
     * turn (or, for a name of {@code target} a flat tuple of names, to its place in each).
     */
    void loopVariable(SyntaxNode name, SyntaxNode target, SyntaxNode loop) {
      into.computeIfAbsent(source.text(name), k -> new ArrayList<>())
          .add(site(null, target.end(), loop));
    }

    void assignment(SyntaxNode assignment) {
      SyntaxNode right = assignment.field("right");
      // a = b = "x": the inner assignment holds the value for both names.
      SyntaxNode value = right;
      while (value != null && value.type().equals("assignment")) {
        assignment(value);
        value = value.field("right");
      }
      target(assignment.field("left"), value, assignment.end(), value == right ? assignment : null);
    }

    void target(SyntaxNode target, SyntaxNode value, int effective) {
      target(target, value, effective, null);
    }

    /**
     * {@code assignment}: the statement binding a tuple target as a whole, whose names then take
     * their place in the value when it is worked out (null: no such statement).
     */
    void target(SyntaxNode target, SyntaxNode value, int effective, SyntaxNode assignment) {
      if (target == null) {
        return;
      }
      switch (target.type()) {
        case "identifier" -> name(source.text(target), value, effective);
        case "attribute" -> {
          SyntaxNode object = target.field("object");
          SyntaxNode attribute = target.field("attribute");
          // cls.x = ... in a classmethod (unittest's setUpClass) binds the class attribute that
          // self.x reads in the other methods, as self.x = ... does.
          if (object != null && attribute != null && object.type().equals("identifier")
              && (source.textEquals(object, "self") || source.textEquals(object, "cls"))) {
            name("self." + source.text(attribute), value, effective);
          } else if (object != null && attribute != null && object.type().equals("identifier")) {
            // args.model = "x" after parsing: the attribute of that name holds it from there on.
            name(source.text(object) + "." + source.text(attribute), value, effective);
          }
        }
        case "pattern_list", "tuple_pattern", "list_pattern", "tuple", "list" -> {
          List<SyntaxNode> names = target.namedChildrenButComments();
          List<SyntaxNode> values = value == null ? null : switch (value.type()) {
            case "expression_list", "tuple", "list" -> value.namedChildrenButComments();
            default -> null;
          };
          boolean splat = names.stream().anyMatch(n -> n.type().endsWith("splat") || n.type().equals("list_splat_pattern"))
              || (values != null && values.stream().anyMatch(v -> v.type().endsWith("splat")));
          if (!splat && values != null && values.size() == names.size()) {
            // a, b = "x", "y": each name its own element, as Python binds them.
            for (int i = 0; i < names.size(); i++) {
              target(names.get(i), values.get(i), effective, null);
            }
          } else {
            for (SyntaxNode element : names) {
              if (assignment != null && !splat && element.type().equals("identifier")) {
                // a, b = TABLE[key]: each name's place in the tuple the value turns out to be.
                into.computeIfAbsent(source.text(element), k -> new ArrayList<>())
                    .add(site(null, effective, assignment));
              } else {
                target(element, null, effective, null);
              }
            }
          }
        }
        default -> { }
      }
    }
  }
}
