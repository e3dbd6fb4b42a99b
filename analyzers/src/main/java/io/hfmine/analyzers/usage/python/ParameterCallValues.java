package io.hfmine.analyzers.usage.python;

import static io.hfmine.analyzers.usage.python.ExpressionEvaluator.known;
import static io.hfmine.analyzers.usage.python.ExpressionEvaluator.span;

import io.hfmine.analyzers.usage.Resolution;
import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import io.hfmine.analyzers.usage.resolve.ResolvedValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The values a parameter takes from the calls of its function in the same file, for a
 * parameter with no usable default: a loader reached through a parameter often gets its id only
 * where the function is called. It works inside one {@link ExpressionEvaluator#alternatives} run
 * and shares its choices: each set of calls that pass differing values is one more choice to
 * decide, and a decided one picks the same call for every parameter of that function, so one id
 * never mixes two calls' arguments. Callers of callers are followed, within a hop limit and a
 * budget of arguments evaluated per run, since they multiply.
 *
 * <p>A module-level name that a module-level function reads is worked out the same way when the
 * module binds it to differing values: at each call written in the module's body it holds what
 * was bound last before that call (see {@link #moduleNameFromCallers}).
 */
final class ParameterCallValues {
  /**
   * Calls' arguments still to be evaluated for one {@link ExpressionEvaluator#alternatives} run:
   * callers of callers multiply (32 calls each, 4 deep), so past this the calls left count as
   * unknown values.
   */
  private static final int MAX_CALLER_EVALUATIONS = 256;
  /** Most functions a value is followed back through, caller after caller. */
  private static final int MAX_CALLER_HOPS = 4;

  private final ExpressionEvaluator evaluator;
  private final PythonSource source;
  private final CallSites callSites;
  private final BranchFeasibility feasibility;
  private final MethodDispatch dispatch;
  /** The evaluator's decided choices for the run: the option taken at each (by its key). */
  private final Map<Long, Integer> decided;
  /** The evaluator's choices still open in the run, each with the test of each option (null: none). */
  private final Map<Long, List<String>> undecided;
  /** The evaluator's options that stand for calls other files may make, by their choice's key. */
  private final Map<Long, Integer> unseenCalls;
  /**
   * For each function (or parameter within a chosen group of calls) whose callers offer
   * differing values, the calls of each option, grouped by the value they pass.
   */
  private final Map<Long, List<CallGroup>> callerGroups = new HashMap<>();
  /** The functions whose parameters are being worked out from their callers, innermost last, against recursion. */
  private final List<Long> resolving = new ArrayList<>();
  /**
   * For each {@code __init__} (by its definition), the one call that made the instance whose
   * attribute is being read: its parameters hold what that call passes, not what any call does.
   */
  private final Map<SyntaxNode, SyntaxNode> madeBy = new HashMap<>();
  /** Arguments the run may still evaluate at calls ({@link #MAX_CALLER_EVALUATIONS} at its start). */
  private int callerBudget;

  /**
   * @param classes the file's classes, for the calls a method gets from its subclasses
   * @param decided the evaluator's decided choices, read here
   * @param undecided the evaluator's open choices, to which the choice among calls is added
   * @param unseenCalls where the option of calls other files may make is recorded
   */
  ParameterCallValues(ExpressionEvaluator evaluator, PythonSource source, ClassHierarchy classes,
      Map<Long, Integer> decided, Map<Long, List<String>> undecided, Map<Long, Integer> unseenCalls) {
    this.evaluator = evaluator;
    this.source = source;
    this.callSites = new CallSites(source, evaluator::index, classes, evaluator::stringLiteral);
    this.feasibility = evaluator.feasibility();
    this.dispatch = new MethodDispatch(source, feasibility, evaluator.attributes(), callSites);
    this.decided = decided;
    this.undecided = undecided;
    this.unseenCalls = unseenCalls;
  }

  /** Whether a {@code global} statement anywhere in the file names {@code name}; {@code module} is the file's root. */
  boolean declaredGlobal(SyntaxNode module, String name) {
    return callSites.declaredGlobal(module, name);
  }

  /** Before an {@link ExpressionEvaluator#alternatives} run: the whole budget of arguments again. */
  void startRun() {
    callerBudget = MAX_CALLER_EVALUATIONS;
  }

  /** After a run: its groups of calls belong to its choices, which are gone. */
  void endRun() {
    callerGroups.clear();
  }

  /**
   * Reads an attribute of the instance {@code call} made ({@code cfg = RunConfig(name="x")}), the
   * parameters of {@code init}, the class's {@code __init__}, holding what that call passes.
   */
  <T> T readingInstanceMadeBy(SyntaxNode init, SyntaxNode call, Supplier<T> read) {
    SyntaxNode outer = madeBy.put(init, call);
    try {
      return read.get();
    } finally {
      if (outer == null) {
        madeBy.remove(init);
      } else {
        madeBy.put(init, outer);
      }
    }
  }

  /**
   * A parameter of an {@code __init__} whose making call is in hand ({@link #readingInstanceMadeBy}):
   * the argument that call passes for it, else its own value ({@code own}), unknown when a splat
   * may pass it; null when no making call is in hand.
   */
  ResolvedValue fromMakingCall(SyntaxNode at, ScopeIndex index, String name, ResolvedValue own, int depth) {
    SyntaxNode call = madeBy.get(index.scope());
    ScopeIndex.Parameter parameter = call == null ? null : index.parameter(name);
    if (parameter == null) {
      return null;
    }
    SyntaxNode argument = argument(call, new Parameter(parameter, name, 1, index, own));
    if (argument == null) {
      return callSites.argumentsOf(call, index.scope()).splat() == null ? own : unknown(at);
    }
    ResolvedValue value = evaluator.eval(argument, depth + 1);
    return known(value) ? value.downgradedTo(Resolution.CALL_SITE) : value;
  }

  /**
   * A parameter's value from what the calls of its function in this file pass for it, while
   * {@link ExpressionEvaluator#alternatives} runs: each distinct known value is an option,
   * unconditional as a loop's elements are. The parameter's own value ({@code own}: its default,
   * or unknown) stays an option when it is a real default, when a call passes nothing known for
   * it (an unknown, a splat, no argument), or when the file reaches the function other than by
   * those calls. For a function other files can call, it stays one too, counted only where it
   * leads to a whole id ({@code name or "org/fallback"}, a table's other entries).
   */
  ResolvedValue fromCallers(SyntaxNode at, ScopeIndex index, String name, ResolvedValue own, int depth) {
    ScopeIndex.Parameter parameter = index.parameter(name);
    SyntaxNode function = index.scope();
    SyntaxNode functionName = function.field("name");
    if (parameter == null || functionName == null || !function.type().equals("function_definition")
        || resolving.size() >= MAX_CALLER_HOPS) {
      return own;
    }
    // The call is chosen once per function, so the parameters of one expression
    // (f"opus-mt-{src}-{trg}") take their values from the same call, never a mix of two.
    long functionKey = span(functionName);
    if (resolving.contains(functionKey)) {
      return own; // a call inside the function's own recursion: nothing new beyond the outer callers
    }
    CallSites.Callers callers = callSites.of(function);
    if (callers.calls().isEmpty()) {
      return own;
    }
    Parameter passed = new Parameter(parameter, name, callers.skipped(), index, own);
    return amongCalls(at, functionKey, span(parameter.name()), callers, passing(passed), importable(function), depth);
  }

  /**
   * A module-level name the module binds to differing values, read in a function defined at
   * module level ({@code function}), while {@link ExpressionEvaluator#alternatives} runs: during
   * a call of the function written in the module's own body, the name holds what the module bound
   * last before that call ({@code dst = "zh"; load()} then {@code dst = "ar"; load()}), so each
   * such call's value is an option, chosen with the function's call as its parameters are (one
   * call's values never mix with another's). Where the bindings reaching a call sit in the branches
   * of an {@code if} before it, each branch's value is an option of that call, picked by its
   * branch's test. A call made inside some other function and a function the file also reaches
   * otherwise leave {@code own} (unknown: the bindings disagree) an option too; a name some function
   * declares {@code global} is left as {@code own}, since any call may have rebound it.
   */
  ResolvedValue moduleNameFromCallers(SyntaxNode at, SyntaxNode function, ScopeIndex module, String name,
      ResolvedValue own, int depth) {
    SyntaxNode functionName = function.field("name");
    List<SyntaxNode> sites = module.bindings(name);
    if (functionName == null || sites == null || sites.isEmpty() || sites.get(0) == null
        || resolving.size() >= MAX_CALLER_HOPS || callSites.declaredGlobal(module.scope(), name)) {
      return own;
    }
    long functionKey = span(functionName);
    if (resolving.contains(functionKey)) {
      return own;
    }
    CallSites.Callers callers = callSites.of(function);
    if (callers.calls().isEmpty()) {
      return own;
    }
    // Apart from every node's span (start before end) and from ~span: start after end, one key per
    // function and name (the name's first binding).
    int first = sites.get(0).start();
    long nameKey = ((long) (function.end() + 1 + first) << 32) | first;
    return amongCalls(at, functionKey, nameKey, callers, new ModuleName(module, name, own), false, depth);
  }

  /**
   * The value among the calls of one function: when a choice among its calls is already decided
   * (by another parameter or name of the same function), among the chosen option's calls, a choice
   * of its own under {@code ownKey} where they differ; else among all of them, under the
   * function's key. Calls of an {@code importable} function may also come from other files: when
   * the file's calls are all it has of its own, the parameter's own value stays one more option,
   * counted only where it leads to a whole id ({@link ExpressionEvaluator}'s unseen calls).
   */
  private ResolvedValue amongCalls(SyntaxNode at, long functionKey, long ownKey, CallSites.Callers callers,
      Passing passing, boolean importable, int depth) {
    resolving.add(functionKey);
    try {
      Integer taken = decided.get(functionKey);
      List<CallGroup> groups = callerGroups.get(functionKey);
      if (taken != null && groups != null && taken < groups.size()) {
        CallGroup group = groups.get(taken);
        // The calls of the chosen option agree on the parameter that chose; another one of the
        // same function may still differ among them, a choice of its own.
        boolean keepOwn = group.own() && !callers.complete();
        return chooseAmongCalls(at, ownKey, group.calls(), keepOwn, false, passing, depth);
      }
      if (undecided.containsKey(functionKey)) {
        return unknown(at); // another parameter of the function already asks which call it is
      }
      boolean keepOwn = !callers.complete() || known(passing.own());
      return chooseAmongCalls(at, functionKey, callers.calls(), keepOwn, importable && !keepOwn, passing, depth);
    } finally {
      resolving.remove(resolving.size() - 1);
    }
  }

  /**
   * What the calls of a function in this file pass for one parameter: each call's argument (null
   * for a call that passes none that can be told), and whether those calls are all the ways the
   * file reaches the function.
   */
  record Passed(List<SyntaxNode> arguments, boolean complete) {
  }

  /**
   * The arguments the calls of a parameter's function pass for it, for a loop that walks the
   * parameter rather than using it as one value: the calls are not a choice here, since every
   * element of every list passed reaches the loop's body. A call inside the function that passes
   * the parameter on unchanged adds nothing.
   */
  Passed passed(ScopeIndex index, String name) {
    ScopeIndex.Parameter parameter = index.parameter(name);
    SyntaxNode function = index.scope();
    if (parameter == null || function.field("name") == null || !function.type().equals("function_definition")) {
      return new Passed(List.of(), false);
    }
    CallSites.Callers callers = callSites.of(function);
    Parameter declared = new Parameter(parameter, name, callers.skipped(), index, null);
    List<SyntaxNode> arguments = new ArrayList<>();
    for (SyntaxNode call : callers.calls()) {
      SyntaxNode argument = argument(call, declared);
      if (argument == null || !passesItselfOn(call, argument, index, name)) {
        arguments.add(argument);
      }
    }
    return new Passed(arguments, callers.complete());
  }

  /**
   * Calls that pass one value for the parameter that grouped them, or ({@code own}) those that
   * pass it nothing known, standing with the callers not seen for the parameter's own value.
   */
  private record CallGroup(List<SyntaxNode> calls, boolean own) {
  }

  /** What each call of a function hands the value being worked out. */
  private interface Passing {
    /** The value when no call tells it: a parameter's default, else unknown (a module name's: unknown). */
    ResolvedValue own();

    /**
     * The value at {@code call}, evaluated for the use {@code at}: null when the call tells
     * nothing known ({@link #own} stands for it), {@link #ADDS_NOTHING} for a call that adds no
     * value of its own, {@link #RULED_OUT} for one a branch test around the use rules out.
     */
    ResolvedValue at(SyntaxNode at, SyntaxNode call, int depth);
  }

  /** A call that adds no value: inside the function's own recursion, it passes the parameter on unchanged. */
  private static final ResolvedValue ADDS_NOTHING = ResolvedValue.unknown("");
  /** A call whose values a branch test around the use rules out: it never reaches the use. */
  private static final ResolvedValue RULED_OUT = ResolvedValue.unknown("");

  /** A parameter being worked out from its callers, and its own value (default, or unknown). */
  private record Parameter(ScopeIndex.Parameter declared, String name, int skipped, ScopeIndex index, ResolvedValue own) {
  }

  /** A parameter's value at a call: the argument the call passes for it. */
  private Passing passing(Parameter parameter) {
    return new Passing() {
      @Override
      public ResolvedValue own() {
        return parameter.own();
      }

      @Override
      public ResolvedValue at(SyntaxNode at, SyntaxNode call, int depth) {
        SyntaxNode argument = argument(call, parameter);
        if (argument == null) {
          return null;
        }
        if (passesItselfOn(call, argument, parameter.index(), parameter.name())) {
          return ADDS_NOTHING;
        }
        ResolvedValue value = evaluator.eval(argument, depth + 1);
        if (value.isComplete() && parameter.index().bindings(parameter.name()) == null
            && (feasibility.excludes(at, withOthers(at, call, parameter, value, depth))
                || dispatchedAway(call, parameter, value, depth))) {
          return RULED_OUT; // a branch around the use rules the value out (elif name in ["clue"])
        }
        return value;
      }
    };
  }

  /**
   * Whether the load being explored sits in a method the instance {@code call} makes never
   * runs ({@link MethodDispatch}): the call's value for the parameter, and what it fixes for the
   * others, decide the tests at every {@code self.method()} that leads there.
   */
  private boolean dispatchedAway(SyntaxNode call, Parameter parameter, ResolvedValue value, int depth) {
    SyntaxNode load = evaluator.explored();
    return load != null && dispatch.rulesOut(load, parameter.index().scope(), name -> name.equals(parameter.name())
        ? value.text() : fixedAt(call, parameter.index(), name, parameter.skipped(), depth, 0));
  }

  /**
   * The call's value for the parameter, with the values it gives the function's other parameters
   * that the tests around the use read ({@link #fixedAt}): {@code if task == "qa" and "bert" in
   * name: ... else: load(name)} is decided by the call's task and name together, and a guard
   * {@code if source == "timm": return ...} by its source.
   */
  private Map<String, String> withOthers(SyntaxNode at, SyntaxNode call, Parameter parameter, ResolvedValue value,
      int depth) {
    Map<String, String> known = new HashMap<>();
    known.put(parameter.name(), value.text());
    for (String other : feasibility.testedNames(at)) {
      String fixed = known.containsKey(other) ? null : fixedAt(call, parameter.index(), other, parameter.skipped(), depth, 0);
      if (fixed != null) {
        known.put(other, fixed);
      }
    }
    return known;
  }

  /**
   * The string a call fixes for a parameter its function never rebinds: a literal or a constant
   * written at the call, the literal default it leaves, or a parameter of the calling function
   * handed on ({@code self.load(name, task=task)}) that the call chosen for that function fixes in
   * turn; null otherwise. An option's default or an environment fallback may be another value at
   * run time, so it fixes nothing.
   */
  private String fixedAt(SyntaxNode call, ScopeIndex index, String name, int skipped, int depth, int hops) {
    ScopeIndex.Parameter declared = index.parameter(name);
    if (declared == null || index.bindings(name) != null) {
      return null;
    }
    SyntaxNode passed = argument(call, new Parameter(declared, name, skipped, index, null));
    if (passed == null) {
      SyntaxNode fallback = index.parameterDefault(name);
      return fallback == null || callSites.argumentsOf(call, index.scope()).splat() != null ? null
          : certain(evaluator.eval(fallback, depth + 1));
    }
    String handed = handedOn(passed, depth, hops);
    return handed != null ? handed : certain(evaluator.eval(passed, depth + 1));
  }

  /**
   * A parameter of the calling function passed on unchanged: what the calls that reach this way
   * fix for it, when they agree. Those are the calls of the option decided for that function in
   * the run; with none decided, all of a function no other file can call, when the file shows
   * every call.
   */
  private String handedOn(SyntaxNode passed, int depth, int hops) {
    SyntaxNode function = passed.type().equals("identifier") ? Ancestry.enclosingFunction(passed) : null;
    SyntaxNode functionName = function == null ? null : function.field("name");
    if (functionName == null || hops >= MAX_CALLER_HOPS) {
      return null;
    }
    ScopeIndex caller = evaluator.index(function);
    String name = source.text(passed);
    if (caller.parameter(name) == null) {
      return null;
    }
    CallSites.Callers callers = callSites.of(function);
    Integer taken = decided.get(span(functionName));
    List<CallGroup> groups = callerGroups.get(span(functionName));
    List<SyntaxNode> calls;
    if (taken != null && groups != null && taken < groups.size()) {
      calls = groups.get(taken).own() ? List.of() : groups.get(taken).calls();
    } else {
      calls = callers.complete() && !importable(function) ? callers.calls() : List.of();
    }
    String agreed = null;
    for (SyntaxNode call : calls) {
      String fixed = fixedAt(call, caller, name, callers.skipped(), depth, hops + 1);
      if (fixed == null || agreed != null && !agreed.equals(fixed)) {
        return null;
      }
      agreed = fixed;
    }
    return agreed;
  }

  /** A value's text when it is one the code fixes: a literal or a constant. */
  private static String certain(ResolvedValue value) {
    return value.isComplete() && (value.resolution() == Resolution.LITERAL || value.resolution() == Resolution.CONSTANT)
        ? value.text() : null;
  }

  /**
   * A module-level name's value at a call of a function reading it: the bindings of the module
   * that reach the call, when the call sits in the module's own body and they agree.
   */
  private final class ModuleName implements Passing {
    private final ScopeIndex module;
    private final String name;
    private final ResolvedValue own;

    ModuleName(ScopeIndex module, String name, ResolvedValue own) {
      this.module = module;
      this.name = name;
      this.own = own;
    }

    @Override
    public ResolvedValue own() {
      return own;
    }

    @Override
    public ResolvedValue at(SyntaxNode at, SyntaxNode call, int depth) {
      List<SyntaxNode> chain = Ancestry.scopeChain(call);
      if (chain.isEmpty() || !chain.get(0).equals(module.scope())) {
        return null; // called from another function: the name holds whatever it holds by then
      }
      ScopeIndex.Reach reach = module.reaching(name, call);
      if (reach == null) {
        return null;
      }
      // The bindings that reach the call differ when they sit in the branches of an if before it:
      // the one of the branch that ran is the value, each branch an option with its test, as for a
      // read in the module's body itself. A path that binds none raises NameError and loads nothing.
      // One choice per call and name: the call's ~span (its two top bits set, as a node's offsets
      // stay below 2^30) with bit 62 cleared, apart from every span and ~span key, and the name's
      // hash in bits 17-47.
      long key = ~span(call) ^ ((long) (name.hashCode() & 0x7fffffff) << 17 | 1L << 62);
      return evaluator.reaching(call, key, module, name, reach, depth + 1);
    }
  }

  /**
   * The value among {@code calls}, grouped by the value each hands: one group alone is the value;
   * differing groups are a choice under {@code key}, each group an option, the own value one too
   * when {@code keepOwn} or a call tells nothing known. Otherwise, with {@code unseen}, the own
   * value is the option of the calls other files may make.
   */
  private ResolvedValue chooseAmongCalls(SyntaxNode at, long key, List<SyntaxNode> calls, boolean keepOwn,
      boolean unseen, Passing passing, int depth) {
    Integer option = decided.get(key);
    List<CallGroup> chosen = callerGroups.get(key);
    if (option != null && chosen != null && option < chosen.size()) {
      CallGroup group = chosen.get(option);
      return group.own() ? passing.own() : callerValue(at, group.calls().get(0), passing, depth);
    }
    // By the value each call hands; a value known only once the choices met on its way are
    // decided keys its call alone: two calls passing alike-spelled names (Enc(name) in f and in g)
    // wait on different choices, and an option follows only its group's first call.
    Map<Object, List<SyntaxNode>> groups = new LinkedHashMap<>();
    Map<Object, ResolvedValue> handed = new LinkedHashMap<>();
    List<SyntaxNode> ownCalls = new ArrayList<>();
    boolean ruledOut = false;
    for (SyntaxNode call : calls) {
      if (callerBudget-- <= 0) {
        keepOwn = true;
        break;
      }
      int openBefore = undecided.size();
      ResolvedValue value = passing.at(at, call, depth);
      if (value == ADDS_NOTHING || value == RULED_OUT) {
        ruledOut |= value == RULED_OUT;
        continue;
      }
      Object group = null;
      if (value != null && known(value)) {
        value = value.downgradedTo(Resolution.CALL_SITE);
        group = value;
      } else if (value != null && undecided.size() > openBefore) {
        group = call;
      }
      if (group == null) {
        keepOwn = true;
        ownCalls.add(call);
      } else {
        groups.computeIfAbsent(group, k -> new ArrayList<>()).add(call);
        handed.put(group, value);
      }
    }
    ResolvedValue sameAsOwn = keepOwn ? sameValue(handed.values(), passing.own()) : null;
    if (sameAsOwn != null) {
      groups.get(sameAsOwn).addAll(ownCalls); // a default passed explicitly too: one value, one usage
      keepOwn = false;
    }
    List<CallGroup> options = new ArrayList<>();
    groups.values().forEach(group -> options.add(new CallGroup(group, false)));
    List<ResolvedValue> values = new ArrayList<>(handed.values());
    if (keepOwn || unseen && !values.isEmpty()) {
      if (!keepOwn) {
        unseenCalls.put(key, options.size());
      }
      options.add(new CallGroup(ownCalls, true));
      values.add(passing.own());
    }
    if (values.isEmpty()) {
      if (ruledOut) {
        evaluator.ruledOut(); // every call that could bring a value here is ruled out on this way
      }
      return passing.own();
    }
    if (values.size() == 1) {
      return values.get(0);
    }
    callerGroups.put(key, options);
    undecided.putIfAbsent(key, Collections.nCopies(options.size(), null));
    return unknown(at);
  }

  /**
   * The calls' value that is the parameter's own one (a string, or a constant such as
   * {@code True}), whatever either was resolved as (a call's is always {@code call_site}, a
   * default {@code default}); null when none is.
   */
  private static ResolvedValue sameValue(Iterable<ResolvedValue> passed, ResolvedValue own) {
    if (!own.resolution().isComplete()) {
      return null;
    }
    for (ResolvedValue value : passed) {
      if (value.resolution().isComplete() && value.string() == own.string() && value.text().equals(own.text())) {
        return value;
      }
    }
    return null;
  }

  /** What a chosen call hands, the own value when that is not known. */
  private ResolvedValue callerValue(SyntaxNode at, SyntaxNode call, Passing passing, int depth) {
    ResolvedValue value = passing.at(at, call, depth);
    if (value == RULED_OUT) {
      evaluator.ruledOut(); // the chosen call, once the way's other choices are decided
    }
    return value != null && known(value) ? value.downgradedTo(Resolution.CALL_SITE) : passing.own();
  }

  /**
   * The argument a call passes for a parameter: by keyword, else by position (after the
   * {@code skipped} ones the call does not write, {@code self}); null when the call passes none
   * that can be told (a splat, or no argument: the default, or unknown).
   */
  private SyntaxNode argument(SyntaxNode call, Parameter parameter) {
    CallArguments arguments = callSites.argumentsOf(call, parameter.index().scope());
    SyntaxNode passed = arguments.keywords().get(parameter.name());
    int declared = parameter.declared().position();
    int position = declared - parameter.skipped();
    if (passed == null && declared >= 0 && position >= 0 && position < arguments.positional().size()) {
      passed = arguments.positional().get(position);
    }
    return passed;
  }

  /** A call of the function inside itself that passes the parameter on unchanged: it adds no value. */
  private boolean passesItselfOn(SyntaxNode call, SyntaxNode argument, ScopeIndex index, String name) {
    SyntaxNode function = index.scope();
    return argument.type().equals("identifier") && source.textEquals(argument, name)
        && call.start() >= function.start() && call.end() <= function.end()
        && index.bindings(name) == null && evaluator.comprehensionClause(argument, name) == null
        && function.equals(Ancestry.enclosingFunction(argument));
  }

  /**
   * Whether other files can call the function: it is defined at module level, or in a class
   * there (nested classes included), not inside another function.
   */
  private static boolean importable(SyntaxNode function) {
    List<SyntaxNode> chain = Ancestry.scopeChain(function);
    for (int i = 0; i < chain.size() - 1; i++) {
      if (!chain.get(i).type().equals("class_definition")) {
        return false;
      }
    }
    return true;
  }

  private ResolvedValue unknown(SyntaxNode node) {
    return ResolvedValue.unknown(source.text(node));
  }
}
