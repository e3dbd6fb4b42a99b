package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.Resolution;
import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import io.hfmine.analyzers.usage.resolve.ResolvedValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out the string an id argument holds: literals, names bound once, parameter defaults,
 * argparse defaults through {@code args.x}, constant dict lookups, environment fallbacks, and
 * f-strings, {@code +}, {@code %} and {@code .format} with constant parts (holes kept as
 * {@code {expr}}), and the pure {@code str} methods ({@link StrMethodCalls}) on a value known in
 * full. Anything else is {@link Resolution#UNKNOWN} with its source text.
 *
 * <p>{@link #alternatives} also follows the choices a value can come from: {@code a if c else b}
 * whose branches differ, a name bound to differing values in the branches of an {@code if} (or
 * before it), and a loop variable over a literal list or tuple. Each choice it meets is decided
 * one way after the other and the expression evaluated again, so every place a value can come
 * from (names, defaults, f-strings, {@code +}) sees one option at a time.
 */
final class ExpressionEvaluator {
  private static final int MAX_DEPTH = 10;
  private static final Set<String> ENUMERATE = Set.of("enumerate");
  /** Builtins whose result holds the same elements as their first argument, in some order. */
  private static final Set<String> SAME_ELEMENTS = Set.of("list", "tuple", "sorted", "reversed", "set", "frozenset");
  /**
   * Most values kept for one id expression whose conditionals are decided both ways (n of them
   * combined in an f-string give 2^n): past it, the first {@code MAX_ALTERNATIVES - 1} are kept
   * and the last stands for the rest, the expression unknown. Sixteen, not fewer: a choice list,
   * a membership test's list or a loop's list names each model a script may load, and such lists
   * run to a dozen or more (an argparse option's nine architectures, sixteen backbones of one
   * family); at eight, a tenth of a percent of the calls of real checkouts lost ids they spell out.
   */
  static final int MAX_ALTERNATIVES = 16;
  /**
   * Most evaluations one id expression is explored with: the same value reached several ways
   * (a base's id inherited by two subclasses) is one value, so the cap on values is not one on
   * ways, but the ways are bounded too.
   */
  private static final int MAX_EXPLORED = 4 * MAX_ALTERNATIVES;
  /**
   * Most evaluation steps (nodes evaluated) one outermost evaluation may take, every explored way
   * of {@link #alternatives} together. The ways a value reaches a use multiply along a chain of
   * conditional rebindings ({@code if a: m = m + "-x"} n times reaches the load 2^n ways, each
   * evaluated), so without a bound one file could hold a scan for hours; past it the rest of the
   * expression is unknown. The ids of real code take at most a few thousand (3,439 at most in the
   * 761 tuning and held-out checkouts of the accuracy benchmark, 24,716 in one file at most, by a
   * counter added for that measurement; README, "What a usage holds").
   */
  static final int MAX_STEPS = 20_000;
  /** Most steps one file's evaluations take together before each gets only {@link #SPENT_FILE_STEPS}. */
  static final int MAX_FILE_STEPS = 10 * MAX_STEPS;
  static final int SPENT_FILE_STEPS = 1_000;
  private static final Pattern FORMAT_FIELD = Pattern.compile("\\{([^{}:!]*)(?:[:!][^{}]*)?}");
  /**
   * A {@code .format} or {@code %} field that prints its value as {@code str} does: no format spec,
   * no conversion but {@code !s}, no flags or width ({@code {:03d}}, {@code %5s} and {@code %r}
   * print it otherwise, so they stay holes).
   */
  private static final Pattern PLAIN_FIELD = Pattern.compile("\\{[^{}:!]*(?:!s)?:?}|%(?:\\([^)]*\\))?[sdi]");
  private static final Pattern PERCENT_FIELD = Pattern.compile("%(?:\\(([^)]*)\\))?[-#0 +]*\\d*(?:\\.\\d+)?[sdirf]");
  private static final Pattern INTEGER = Pattern.compile("(-\\s*)?\\d+(_\\d+)*");

  private final PythonSource source;
  private final ArgparseDefaults argparse;
  private final ClickOptions click;
  /** The file's scopes by start, indexed on first use (shared with a {@link #sibling}). */
  private final Map<Integer, ScopeIndex> scopes;
  private final ClassHierarchy classes;
  private final ClassAttributes attributes;
  private final SavedHyperparameters hyperparameters;
  /** While {@link #alternatives} runs: the option taken at each decided choice (by its key). */
  private final Map<Long, Integer> decided = new HashMap<>();
  /**
   * While {@link #alternatives} runs: the undecided choices with differing options met, each
   * with the test that picks each option (null: none, as for a loop's elements, which all run).
   */
  private final LinkedHashMap<Long, List<String>> undecided = new LinkedHashMap<>();
  /**
   * While {@link #alternatives} runs: for a choice among a function's calls, the option that
   * stands for the calls other files may make ({@link ParameterCallValues}). A way through it
   * counts only where it reaches a whole value (the function's own fallback or table entry), as
   * an id-less usage or a pattern beside the calls' ids would say nothing more than that such
   * calls may exist.
   */
  private final Map<Long, Integer> unseenCalls = new HashMap<>();
  /**
   * Set while one way of {@link #alternatives} is evaluated when a branch test rules out every
   * call that could bring a parameter its value there: that way never runs, so the unknown it
   * ends in is no usage (when every way ends so, the id is one unknown, as before).
   */
  private boolean ruledOut;
  private boolean exploring;
  /** The id expression {@link #alternatives} is exploring, at its load; null between runs. */
  private SyntaxNode explored;
  /**
   * The class {@code self} stands for while one class's value of a {@code self.x} is worked out
   * ({@link #perClass}); null otherwise. Inside it, {@code self.y}/{@code cls.y} read that class's
   * {@code y}, so a value built from several attributes never mixes two classes' settings.
   */
  private SyntaxNode receiver;
  /** Set when the receiver's value read an attribute its class binds nowhere (an abstract base's). */
  private boolean receiverLacks;
  /** A parameter's values from its function's calls, a choice of the same run. */
  private final ParameterCallValues callValues;
  private final InstanceClasses instances;
  private final EqualityTests equalities;
  private final StrMethodCalls strMethods;
  /** Which values the branch tests around a use let through, for callers' values and the id's own. */
  private final BranchFeasibility feasibility;
  /** The file's calls that end the process: one reading for the bindings they confine and the branch guards. */
  private final ProcessExits processExits;
  /**
   * What a name the file imports stands for, by its local name and import clause: the string a
   * project module binds it to, or (for {@link LibraryClasses}) the library class; null: unknown.
   */
  private BiFunction<String, SyntaxNode, ResolvedValue> importedValues = (name, clause) -> null;
  /** Nodes evaluated since the outermost evaluation began ({@link #MAX_STEPS}). */
  private int steps;
  /** How deep evaluations are nested now: 0 between outermost ones, when {@link #steps} starts again. */
  private int nesting;
  /** Steps of this file's outermost evaluations so far ({@link #MAX_FILE_STEPS}). */
  private int fileSteps;
  /** Outermost evaluations cut short at {@link #MAX_STEPS}, in this file. */
  private int cutShort;
  private boolean overBudget;
  /** The string a star import of a project module binds a name to that the file binds nowhere; null: none. */
  private Function<String, String> starConstants = name -> null;
  /** The strings a list a project module binds for good holds, by the local name the file imports it as; null: unknown. */
  private Function<String, List<String>> importedLists = name -> null;
  /** The collections of fixed strings an {@code in} test or a loop reads ({@code arch in NETS}, {@code for arch in NETS}). */
  private final StringLists lists;

  ExpressionEvaluator(PythonSource source, ArgparseDefaults argparse, ClickOptions click) {
    this(source, argparse, click, new HashMap<>(), new ClassHierarchy(source), new ProcessExits(source));
  }

  private ExpressionEvaluator(PythonSource source, ArgparseDefaults argparse, ClickOptions click,
      Map<Integer, ScopeIndex> scopes, ClassHierarchy classes, ProcessExits processExits) {
    this.source = source;
    this.argparse = argparse;
    this.click = click;
    this.scopes = scopes;
    this.classes = classes;
    this.attributes = new ClassAttributes(this::index, classes);
    this.processExits = processExits;
    Comparands comparands = new Comparands(this, source);
    this.lists = new StringLists(source, comparands::of, comparands::constant, this::importedList);
    this.feasibility = new BranchFeasibility(source, comparands::of, lists::of, processExits);
    this.callValues = new ParameterCallValues(this, source, classes, decided, undecided, unseenCalls);
    this.instances = new InstanceClasses(this, source);
    this.equalities = new EqualityTests(source, comparands::of, lists::of);
    this.strMethods = new StrMethodCalls(this, source);
    this.hyperparameters = new SavedHyperparameters(source, this::stringLiteral);
  }

  /**
   * An evaluator of the same file, for a second reading of its imported names ({@link
   * LibraryClasses}: names standing for library classes): it shares what the file's text alone
   * decides (its scopes, classes and the calls that end the process), so the file is not indexed
   * twice, and keeps its own choices and imported values.
   */
  ExpressionEvaluator sibling() {
    return new ExpressionEvaluator(source, argparse, click, scopes, classes, processExits);
  }

  /**
   * Lets a name the file imports from one of the project's modules ({@code from config import
   * MODEL_NAME}) take the string that module binds it to: {@code lookup} gives it, or null.
   */
  void importedConstants(Function<String, String> lookup) {
    importedValues((name, clause) -> {
      String value = lookup.apply(name);
      return value == null ? null : new ResolvedValue(value, Resolution.CONSTANT);
    });
  }

  /**
   * Lets a name that no scope of the file binds take the string a star import of one of the
   * project's modules brings ({@code from config import *}): {@code lookup} gives it, or null.
   */
  void starConstants(Function<String, String> lookup) {
    this.starConstants = lookup;
  }

  /**
   * Lets a name the file imports from one of the project's modules ({@code from nets import
   * SMALL_NETS}) stand for the strings of the list that module binds it to, where a test or a
   * loop reads it as a collection: {@code lookup} gives them, or null.
   */
  void importedLists(Function<String, List<String>> lookup) {
    this.importedLists = lookup;
  }

  /** What names the file imports stand for: {@code lookup} gives a value by local name and clause, or null. */
  void importedValues(BiFunction<String, SyntaxNode, ResolvedValue> lookup) {
    this.importedValues = lookup;
  }

  /** The string an id argument holds; a constant that is no string ({@code None}) is unknown. */
  ResolvedValue evaluate(SyntaxNode node) {
    ResolvedValue value = eval(node, 0);
    return value.isConstant() ? unknown(node) : value;
  }

  /** How many outermost evaluations of this file ran out of steps ({@link #MAX_STEPS}), their rest unknown. */
  int cutShort() {
    return cutShort;
  }

  /**
   * Starts an outermost evaluation's count of steps, or joins the one running. Once the file has
   * used {@link #MAX_FILE_STEPS}, each further outermost evaluation gets only {@link
   * #SPENT_FILE_STEPS}: enough for a literal or a constant, too few for another blow-up.
   */
  private void enter() {
    if (nesting++ == 0) {
      steps = fileSteps >= MAX_FILE_STEPS ? MAX_STEPS - SPENT_FILE_STEPS : 0;
      overBudget = false;
    }
  }

  private void leave() {
    if (--nesting == 0) {
      fileSteps += steps;
      if (overBudget) {
        cutShort++;
      }
    }
  }

  /**
   * One value an id expression can take, and the tests of the conditionals that choose it
   * ({@code small} for {@code "a" if small else "b"}), or null when nothing was chosen.
   */
  record Alternative(ResolvedValue value, String condition) {
  }

  BranchFeasibility feasibility() {
    return feasibility;
  }

  /** The id expression being explored ({@link #alternatives}), or null outside a run. */
  SyntaxNode explored() {
    return explored;
  }

  /**
   * {@link #alternatives} of a name or attribute passed as an id, less the values the branch
   * tests around it rule out ({@code if Settings.checkpoint == "x": ... else: load(Settings.checkpoint)} with
   * {@code Settings.checkpoint = "x"}). When every value is ruled out, the one unknown value is left, since
   * the file may not show every value the name takes.
   */
  List<Alternative> reachingAlternatives(SyntaxNode node) {
    List<Alternative> values = alternatives(node);
    if (!node.type().equals("identifier") && !node.type().equals("attribute")) {
      return values;
    }
    String subject = source.text(node);
    List<Alternative> kept = values.stream()
        .filter(a -> !a.value().isComplete() || !feasibility.excludes(node, subject, a.value().text()))
        .toList();
    if (kept.size() == values.size()) {
      return values;
    }
    return kept.isEmpty() ? List.of(new Alternative(unknown(node), null)) : kept;
  }

  /**
   * The values an id expression can take: one (condition null) when no conditional with
   * differing branches lies on its way, else each distinct value with the tests that choose it.
   * When no branch gives more than an unknown, the whole expression is one unknown value, as
   * {@link #evaluate} gives it.
   */
  List<Alternative> alternatives(SyntaxNode node) {
    List<Map.Entry<ResolvedValue, List<String>>> leaves = new ArrayList<>();
    List<Map.Entry<ResolvedValue, List<String>>> unseen = new ArrayList<>();
    exploring = true;
    explored = node;
    callValues.startRun();
    enter();
    try {
      explore(node, new ArrayList<>(), leaves, unseen);
    } finally {
      leave();
      exploring = false;
      explored = null;
      decided.clear();
      undecided.clear();
      unseenCalls.clear();
      callValues.endRun();
    }
    boolean cut = leaves.size() + unseen.size() > MAX_EXPLORED;
    // What only calls out of sight lead to counts where no call of the file gives it already.
    Set<String> given = new HashSet<>();
    leaves.forEach(leaf -> given.add(leaf.getKey().text()));
    unseen.stream().filter(leaf -> !given.contains(leaf.getKey().text())).forEach(leaves::add);
    if (leaves.size() == 1) {
      return List.of(new Alternative(leaves.get(0).getKey(), null));
    }
    Map<String, ResolvedValue> surest = surestWays(leaves);
    Map<ResolvedValue, Set<String>> distinct = new LinkedHashMap<>();
    for (Map.Entry<ResolvedValue, List<String>> leaf : leaves) {
      ResolvedValue value = leaf.getKey().isComplete() ? surest.get(leaf.getKey().text()) : leaf.getKey();
      distinct.computeIfAbsent(value, k -> new LinkedHashSet<>()).addAll(leaf.getValue());
    }
    if (distinct.size() > MAX_ALTERNATIVES || cut) {
      // Too many values (or ways): the first ones are kept, the rest is the expression itself, unknown.
      Set<String> tests = new LinkedHashSet<>();
      leaves.forEach(leaf -> tests.addAll(leaf.getValue()));
      Map<ResolvedValue, Set<String>> kept = new LinkedHashMap<>();
      distinct.entrySet().stream().limit(MAX_ALTERNATIVES - 1).forEach(e -> kept.put(e.getKey(), e.getValue()));
      kept.computeIfAbsent(unknown(node), k -> new LinkedHashSet<>()).addAll(tests);
      distinct = kept;
    }
    if (distinct.keySet().stream().noneMatch(ExpressionEvaluator::known)) {
      return List.of(new Alternative(evaluate(node), null));
    }
    if (distinct.size() == 1) {
      return List.of(new Alternative(distinct.keySet().iterator().next(), null));
    }
    List<Alternative> out = new ArrayList<>(distinct.size());
    distinct.forEach((value, tests) -> out.add(new Alternative(value, tests.isEmpty() ? null : String.join("; ", tests))));
    return out;
  }

  /**
   * For each id the ways reach, the most certain way of reaching it. One load given the same id
   * by a call and by the parameter's default (or by an option's choice and by the branch test
   * that narrows it) loads one checkpoint: it is one usage, named by its surest resolution, with
   * the tests of every way to it.
   */
  private static Map<String, ResolvedValue> surestWays(List<Map.Entry<ResolvedValue, List<String>>> leaves) {
    Map<String, ResolvedValue> surest = new HashMap<>();
    for (Map.Entry<ResolvedValue, List<String>> leaf : leaves) {
      ResolvedValue value = leaf.getKey();
      if (value.isComplete()) {
        surest.merge(value.text(), value,
            (seen, next) -> next.resolution().ordinal() < seen.resolution().ordinal() ? next : seen);
      }
    }
    return surest;
  }

  /**
   * Evaluates with the decisions taken so far, then decides the conditional still open both
   * ways. Past the cap, one more leaf only says that evaluations were left out.
   */
  private void explore(SyntaxNode node, List<String> path, List<Map.Entry<ResolvedValue, List<String>>> leaves,
      List<Map.Entry<ResolvedValue, List<String>>> unseen) {
    if (leaves.size() + unseen.size() > MAX_EXPLORED) {
      return;
    }
    undecided.clear();
    ruledOut = false;
    ResolvedValue value = eval(node, 0);
    if (value.isConstant() || value.isComplete() && value.text().isEmpty()) {
      // None, a number or an empty string: no id (a load of "" fails), the expression's text as evaluate() gives it
      value = unknown(node);
    }
    // The last one met finished last: the outermost of nested choices, whose taken option may
    // leave the inner ones unevaluated.
    Map.Entry<Long, List<String>> open = undecided.isEmpty() ? null : undecided.lastEntry();
    if (open == null) {
      if (ruledOut && !value.isComplete()) {
        return;
      }
      if (!throughUnseenCalls()) {
        leaves.add(Map.entry(value, List.copyOf(path)));
      } else if (value.isComplete()) {
        unseen.add(Map.entry(value, List.copyOf(path)));
      }
      return;
    }
    List<String> tests = open.getValue();
    for (int option = 0; option < tests.size(); option++) {
      decided.put(open.getKey(), option);
      String test = tests.get(option);
      if (test != null) {
        path.add(test);
      }
      explore(node, path, leaves, unseen);
      if (test != null) {
        path.remove(path.size() - 1);
      }
    }
    decided.remove(open.getKey());
  }

  /** The way being evaluated never runs: a branch test rules out every call bringing a value ({@link #ruledOut}). */
  void ruledOut() {
    ruledOut = true;
  }

  /** Whether the way decided so far takes the option of calls other files may make ({@link #unseenCalls}). */
  private boolean throughUnseenCalls() {
    for (Map.Entry<Long, Integer> unseen : unseenCalls.entrySet()) {
      if (unseen.getValue().equals(decided.get(unseen.getKey()))) {
        return true;
      }
    }
    return false;
  }

  /** A node's key among a run's choices. */
  static long span(SyntaxNode node) {
    return ((long) node.start() << 32) | node.end();
  }

  /** The value of an argument, constants that are no string included ({@code pretrained=True}). */
  ResolvedValue evaluateValue(SyntaxNode node) {
    return eval(node, 0);
  }

  /**
   * Whether a flag argument is true: TRUE or FALSE when its value is known (with the
   * resolution that found it), null when it is known only at run time.
   */
  Boolean truth(ResolvedValue value) {
    if (!value.resolution().isComplete()) {
      return null;
    }
    if (value.string()) {
      return !value.text().isEmpty();
    }
    return switch (value.text()) {
      case "True" -> Boolean.TRUE;
      case "False", "None" -> Boolean.FALSE;
      default -> {
        try {
          yield Double.parseDouble(value.text().replace("_", "")) != 0;
        } catch (NumberFormatException e) {
          yield null;
        }
      }
    };
  }

  /** The value of a plain string literal (no interpolation), or null. */
  String stringLiteral(SyntaxNode node) {
    if (node.type().equals("string") || node.type().equals("concatenated_string")) {
      ResolvedValue value = eval(node, MAX_DEPTH - 1);
      return value.resolution() == Resolution.LITERAL ? value.text() : null;
    }
    return null;
  }

  /** What the file's classes bind their attributes to, read through this evaluator's scope indexes. */
  ClassAttributes attributes() {
    return attributes;
  }

  /** The index of a scope node, built on first use. */
  ScopeIndex index(SyntaxNode scope) {
    return scopes.computeIfAbsent(scope.start(), k -> ScopeIndex.build(scope, source, processExits));
  }

  /** An expression's value {@code depth} steps into an evaluation; callers' arguments are evaluated through it too. */
  ResolvedValue eval(SyntaxNode node, int depth) {
    if (depth > MAX_DEPTH) {
      return unknown(node);
    }
    enter();
    try {
      if (++steps > MAX_STEPS) {
        overBudget = true;
        return unknown(node);
      }
      return evalNode(node, depth);
    } finally {
      leave();
    }
  }

  private ResolvedValue evalNode(SyntaxNode node, int depth) {
    return switch (node.type()) {
      case "string" -> string(node, depth);
      case "concatenated_string" -> combine(node, node.namedChildren(), depth);
      case "parenthesized_expression" -> node.namedChildCount() == 1 ? eval(node.namedChild(0), depth + 1) : unknown(node);
      case "binary_operator" -> binary(node, depth);
      case "identifier" -> name(node, source.text(node), depth);
      case "dotted_name", "aliased_import" -> imported(node);
      case "attribute" -> narrowed(node, attribute(node, depth));
      case "subscript" -> subscript(node, depth);
      case "call" -> call(node, depth);
      case "true", "false", "none", "integer", "float" -> ResolvedValue.constant(source.text(node), Resolution.LITERAL);
      case "not_operator" -> not(node, depth);
      case "conditional_expression" -> conditional(node, depth);
      case "boolean_operator" -> or(node, depth);
      default -> unknown(node);
    };
  }

  private ResolvedValue not(SyntaxNode node, int depth) {
    SyntaxNode argument = node.field("argument");
    if (argument == null) {
      return unknown(node);
    }
    ResolvedValue value = eval(argument, depth + 1);
    Boolean truth = truth(value);
    return truth == null ? unknown(node) : ResolvedValue.constant(truth ? "False" : "True", value.resolution());
  }

  /**
   * {@code a if c else b}: known when both branches agree; else, while {@link #alternatives}
   * runs, the branch decided for it, or unknown and noted to be decided when a branch is known.
   * {@code a if a else b} with {@code a} known to be false is {@code b}, as {@code a or b} is.
   */
  private ResolvedValue conditional(SyntaxNode node, int depth) {
    List<SyntaxNode> parts = node.namedChildren();
    if (parts.size() != 3) {
      return unknown(node);
    }
    Integer option = exploring ? decided.get(span(node)) : null;
    if (option != null) {
      return branch(parts.get(option == 0 ? 0 : 2), depth);
    }
    if (source.text(parts.get(1)).equals(source.text(parts.get(0)))) {
      // a if a else b with a known false a (an option's empty default, None) is b: "" never loads.
      // A true a stays a choice, as before: the option may be set empty at run time.
      ResolvedValue tested = eval(parts.get(0), depth + 1);
      if (truth(tested) == Boolean.FALSE) {
        ResolvedValue orElse = branch(parts.get(2), depth);
        return orElse.resolution().isComplete() ? orElse.downgradedTo(tested.resolution()) : orElse;
      }
    }
    ResolvedValue body = branch(parts.get(0), depth);
    ResolvedValue orElse = branch(parts.get(2), depth);
    ResolvedValue agreed = agree(node, List.of(body, orElse));
    if (exploring && !agreed.resolution().isComplete() && (known(body) || known(orElse))) {
      String test = source.text(parts.get(1));
      undecided.putIfAbsent(span(node), List.of(test, test));
    }
    return agreed;
  }

  /**
   * {@code a or b}, the idiom of an optional override ({@code model_args.tokenizer_name or
   * model_args.model_name_or_path}): {@code b} when {@code a} is false ({@code None} by default,
   * at the weaker of the two resolutions), {@code a} when it is a known true value; else, while
   * {@link #alternatives} runs, a choice between them. {@code and} is left unknown.
   */
  private ResolvedValue or(SyntaxNode node, int depth) {
    SyntaxNode left = node.field("left");
    SyntaxNode right = node.field("right");
    SyntaxNode operator = node.field("operator");
    if (left == null || right == null || operator == null || !source.textEquals(operator, "or")) {
      return unknown(node);
    }
    int openBefore = undecided.size();
    ResolvedValue first = eval(left, depth + 1);
    Boolean truth = truth(first);
    if (truth == Boolean.TRUE) {
      return first;
    }
    if (truth == Boolean.FALSE) {
      ResolvedValue second = eval(right, depth + 1);
      return second.resolution().isComplete() ? second.downgradedTo(first.resolution()) : second;
    }
    if (exploring && undecided.size() > openBefore) {
      // a is itself a choice (the values its callers pass): decided first, each option says
      // which side is taken, rather than a test on a that contradicts it.
      return unknown(node);
    }
    Integer option = exploring ? decided.get(span(node)) : null;
    if (option != null) {
      return option == 0 ? unknown(left) : eval(right, depth + 1);
    }
    if (exploring && known(eval(right, depth + 1))) {
      String test = source.text(left);
      undecided.putIfAbsent(span(node), java.util.Arrays.asList(test, "not " + test));
    }
    return unknown(node);
  }

  /**
   * A conditional's branch. {@code None} there is no value filled in later (the idiom
   * {@link #agree} allows for), but one the caller may replace: {@code "a" if tiny else
   * checkpoint} with {@code checkpoint=None} is {@code checkpoint}, unknown.
   */
  private ResolvedValue branch(SyntaxNode node, int depth) {
    ResolvedValue value = eval(node, depth + 1);
    return value.isNone() ? unknown(node) : value;
  }

  /** A value an option can stand for: complete, or a pattern with constant text. */
  static boolean known(ResolvedValue value) {
    return value.isComplete() || value.resolution() == Resolution.PATTERN;
  }

  private ResolvedValue unknown(SyntaxNode node) {
    return ResolvedValue.unknown(source.text(node));
  }

  private ResolvedValue string(SyntaxNode node, int depth) {
    String prefix = "";
    List<ResolvedValue> parts = new ArrayList<>();
    boolean interpolated = false;
    for (SyntaxNode child : node.namedChildren()) {
      switch (child.type()) {
        case "string_start" -> prefix = source.text(child).toLowerCase();
        case "string_end" -> { }
        case "interpolation" -> {
          interpolated = true;
          SyntaxNode expression = child.field("expression");
          parts.add(expression == null || reformats(child) ? hole(source.text(child))
              : asText(expression, eval(expression, depth + 1)));
        }
        default -> {
          String text = source.text(child);
          parts.add(new ResolvedValue(prefix.contains("r") ? text : unescape(text), Resolution.LITERAL));
        }
      }
    }
    if (!interpolated) {
      StringBuilder text = new StringBuilder();
      parts.forEach(part -> text.append(part.text()));
      return new ResolvedValue(text.toString(), Resolution.LITERAL);
    }
    return assemble(node, parts);
  }

  /**
   * Whether an f-string field prints its value other than as {@code str} would: a conversion
   * ({@code !r} quotes it), a format spec ({@code :03d} pads it) or {@code =} (prints the
   * expression too). Such a field is a hole: its value written as is would be a wrong id.
   */
  private boolean reformats(SyntaxNode interpolation) {
    for (SyntaxNode part : interpolation.namedChildren()) {
      String type = part.type();
      if (type.equals("format_specifier") && !source.text(part).replace(":", "").isEmpty()
          || type.equals("type_conversion") && !source.textEquals(part, "!s")) {
        return true;
      }
    }
    SyntaxNode expression = interpolation.field("expression");
    String after = expression == null ? "" : source.text(expression.end(), interpolation.end()).strip();
    return after.startsWith("=");
  }

  /** A field left unresolved, named by its text inside the braces ({@code STEP:02d}, {@code %03d}). */
  private static ResolvedValue hole(String field) {
    boolean braced = field.length() >= 2 && field.startsWith("{") && field.endsWith("}");
    return ResolvedValue.unknown(braced ? field.substring(1, field.length() - 1) : field);
  }

  private ResolvedValue combine(SyntaxNode whole, List<SyntaxNode> pieces, int depth) {
    List<ResolvedValue> parts = new ArrayList<>();
    for (SyntaxNode piece : pieces) {
      parts.add(asText(piece, eval(piece, depth + 1)));
    }
    return assemble(whole, parts);
  }

  /**
   * A value as text inside a string: a number or bool as Python prints it, but {@code None} as a
   * hole named by its expression ({@code -Step-{step}}), since an id holding "None" is no id.
   */
  private ResolvedValue asText(SyntaxNode node, ResolvedValue value) {
    if (value.isNone()) {
      return unknown(node);
    }
    return value.isConstant() ? new ResolvedValue(value.text(), value.resolution()) : value;
  }

  /** Joins parts; unresolved parts become {@code {expr}} holes, and all-holes is unknown. */
  private ResolvedValue assemble(SyntaxNode whole, List<ResolvedValue> parts) {
    StringBuilder text = new StringBuilder();
    Resolution resolution = Resolution.LITERAL;
    boolean complete = true;
    boolean anyConstantText = false;
    for (ResolvedValue part : parts) {
      if (part.isComplete()) {
        text.append(part.text());
        resolution = resolution.weakest(part.resolution());
        anyConstantText |= !part.text().isEmpty();
      } else if (part.resolution() == Resolution.PATTERN) {
        text.append(part.text());
        complete = false;
        anyConstantText = true;
      } else {
        text.append('{').append(part.text()).append('}');
        complete = false;
      }
    }
    if (complete) {
      return new ResolvedValue(text.toString(), resolution);
    }
    return anyConstantText ? new ResolvedValue(text.toString(), Resolution.PATTERN) : unknown(whole);
  }

  private ResolvedValue binary(SyntaxNode node, int depth) {
    SyntaxNode left = node.field("left");
    SyntaxNode right = node.field("right");
    SyntaxNode operator = node.field("operator");
    if (left == null || right == null || operator == null) {
      return unknown(node);
    }
    String op = source.text(operator);
    if (op.equals("+")) {
      return combine(node, List.of(left, right), depth);
    }
    if (op.equals("%")) {
      ResolvedValue template = eval(left, depth + 1);
      if (!template.isComplete()) {
        return unknown(node);
      }
      List<SyntaxNode> values = right.type().equals("tuple") ? right.namedChildren() : List.of(right);
      return substitute(node, template, PERCENT_FIELD, values, Map.of(), depth);
    }
    return unknown(node);
  }

  private ResolvedValue substitute(SyntaxNode whole, ResolvedValue template, Pattern field, List<SyntaxNode> positional,
      Map<String, SyntaxNode> named, int depth) {
    Matcher matcher = field.matcher(template.text());
    List<ResolvedValue> parts = new ArrayList<>();
    int last = 0;
    int next = 0;
    while (matcher.find()) {
      parts.add(new ResolvedValue(template.text().substring(last, matcher.start()), template.resolution()));
      String key = matcher.group(1);
      SyntaxNode argument;
      if (key == null || key.isEmpty()) {
        argument = next < positional.size() ? positional.get(next++) : null;
      } else if (key.chars().allMatch(Character::isDigit)) {
        int index = Integer.parseInt(key);
        argument = index < positional.size() ? positional.get(index) : null;
      } else {
        argument = named.get(key);
      }
      parts.add(argument == null || !PLAIN_FIELD.matcher(matcher.group()).matches()
          ? hole(matcher.group()) : eval(argument, depth + 1));
      last = matcher.end();
    }
    parts.add(new ResolvedValue(template.text().substring(last), template.resolution()));
    return assemble(whole, parts);
  }

  private ResolvedValue name(SyntaxNode at, String name, int depth) {
    SyntaxNode clause = comprehensionClause(at, name);
    if (clause != null) {
      return comprehensionElement(at, clause, name, depth);
    }
    if (lambdaParameter(at, name)) {
      return unknown(at); // what the lambda is called with is not followed
    }
    List<SyntaxNode> chain = Ancestry.scopeChain(at);
    return narrowed(at, bound(at, name, chain, depth));
  }

  /**
   * A plain or dotted name's value where a branch's test pins it to string literals ({@link
   * EqualityTests}): {@code bound}, what it was bound to, when that is one of them (it says more of
   * where the value came from); else the literals. {@code bound} itself where nothing pins it.
   */
  private ResolvedValue narrowed(SyntaxNode at, ResolvedValue bound) {
    List<SyntaxNode> chain = Ancestry.scopeChain(at);
    List<EqualityTests.Pinned> pinned = chain.isEmpty() ? null : equalities.of(at, index(chain.get(0)));
    if (pinned == null || (known(bound) && bound.string()
        && pinned.stream().anyMatch(pin -> pin.value().equals(bound.text())))) {
      return bound;
    }
    return pinnedTo(at, pinned);
  }

  /** A name's value from its bindings, its parameter and its callers, the scopes around {@code at} in {@code chain}. */
  private ResolvedValue bound(SyntaxNode at, String name, List<SyntaxNode> chain, int depth) {
    for (int i = 0; i < chain.size(); i++) {
      SyntaxNode scope = chain.get(i);
      if (i > 0 && scope.type().equals("class_definition")) {
        continue; // class bodies are not visible from their methods
      }
      ScopeIndex index = index(scope);
      if (i == 0) {
        // In the use's own scope only the bindings that reach the use count: a parameter
        // reassigned after the use still holds its default there.
        ScopeIndex.Reach reach = index.reaching(name, at);
        if (reach != null) {
          return reaching(at, index, name, reach, depth);
        }
        if (index.hasParameter(name)) {
          return parameter(at, index, name, depth);
        }
      }
      List<SyntaxNode> values = index.bindings(name);
      if (values != null) {
        ResolvedValue bound = fromBindings(at, values, depth);
        boolean readByModuleFunction = i == 1 && scope.type().equals("module")
            && chain.get(0).type().equals("function_definition");
        return exploring && readByModuleFunction && !bound.resolution().isComplete() && values.size() > 1
            ? callValues.moduleNameFromCallers(at, chain.get(0), index, name, bound, depth)
            : bound;
      }
      if (index.hasParameter(name)) {
        return parameter(at, index, name, depth);
      }
    }
    return starred(at, name, chain);
  }

  /**
   * A name no scope around {@code at} binds: what a star import of a project module binds it to
   * for good, else unknown. A function of the file declaring the name global may bind it at any
   * call, as for a name imported by name.
   */
  private ResolvedValue starred(SyntaxNode at, String name, List<SyntaxNode> chain) {
    SyntaxNode module = chain.isEmpty() ? null : chain.get(chain.size() - 1);
    String value = module == null || callValues.declaredGlobal(module, name) ? null : starConstants.apply(name);
    return value == null ? unknown(at) : new ResolvedValue(value, Resolution.CONSTANT);
  }

  /**
   * What an import binds a name to ({@code from config import MODEL_NAME}, reached as the name's
   * binding): the string the project module binds it to for good, else unknown. A function of
   * the file declaring the name global may rebind it at any call.
   */
  private ResolvedValue imported(SyntaxNode clause) {
    String local = importedName(clause);
    ResolvedValue value = local == null ? null : importedValues.apply(local, clause);
    return value == null ? unknown(clause) : value;
  }

  /** The strings of the list an import binds a name to ({@link #importedLists}); null when unknown. */
  private List<String> importedList(SyntaxNode clause) {
    String local = importedName(clause);
    return local == null ? null : importedLists.apply(local);
  }

  /**
   * The local name an import clause binds, where it keeps what the import brings: null for a
   * dotted module name, or a name a function of the file declares global (it may rebind it at any call).
   */
  private String importedName(SyntaxNode clause) {
    SyntaxNode alias = clause.type().equals("aliased_import") ? clause.field("alias") : null;
    String local = alias != null ? source.text(alias) : source.text(clause);
    List<SyntaxNode> chain = Ancestry.scopeChain(clause);
    SyntaxNode module = chain.isEmpty() ? null : chain.get(chain.size() - 1);
    return local.contains(".") || module == null || callValues.declaredGlobal(module, local) ? null : local;
  }

  /**
   * A name a branch's test pins to string literals ({@link EqualityTests}): the one literal; else,
   * while {@link #alternatives} runs, a choice among them, each picked by the comparison naming it.
   */
  private ResolvedValue pinnedTo(SyntaxNode at, List<EqualityTests.Pinned> pinned) {
    if (pinned.size() == 1) {
      return new ResolvedValue(pinned.get(0).value(), Resolution.CONSTANT);
    }
    long key = ~span(at);
    Integer option = decided.get(key);
    if (option != null && option < pinned.size()) {
      return new ResolvedValue(pinned.get(option).value(), Resolution.CONSTANT);
    }
    if (exploring) {
      undecided.putIfAbsent(key, pinned.stream().map(EqualityTests.Pinned::test).toList());
    }
    return unknown(at);
  }

  /**
   * A name's value at a use from the bindings that reach it: their one value when they agree;
   * else, while {@link #alternatives} runs, a choice among them, each binding in a branch
   * picked by its branch's test, each element of a literal list a loop walks by none.
   */
  private ResolvedValue reaching(SyntaxNode at, ScopeIndex index, String name, ScopeIndex.Reach reach, int depth) {
    return reaching(at, null, index, name, reach, depth);
  }

  /**
   * The same for a name read somewhere else than where its bindings reach ({@code at} the place
   * they reach, such as a call of the function that reads a module's name), the choice among
   * them keyed by {@code key} instead of by {@code at}.
   */
  ResolvedValue reaching(SyntaxNode at, Long key, ScopeIndex index, String name, ScopeIndex.Reach reach, int depth) {
    List<ResolvedValue> candidates = new ArrayList<>();
    // Where each candidate was bound (null: a parameter or a loop's element), for its branch's
    // test, which only a choice needs.
    List<SyntaxNode> bound = new ArrayList<>();
    if (!reach.dominated() && index.hasParameter(name)) {
      ResolvedValue own = parameter(at, index, name, depth);
      // A placeholder the function replaces before the use never gets to it
      // (`if path == "default": path = "acme/x"`): the branch that rebinds it guards the use.
      if (!own.isComplete() || !feasibility.excludes(at, name, own.text())) {
        candidates.add(own);
        bound.add(null);
      }
    }
    SyntaxNode tie = null;
    for (int i = 0; i < reach.values().size(); i++) {
      SyntaxNode value = reach.values().get(i);
      SyntaxNode loop = reach.loops().get(i);
      TupleTarget place = loop == null ? null : unpacked(loop.field("left"), name);
      boolean added = loop != null && (loop.type().equals("assignment")
          ? addUnpacked(loop.field("right"), place, at, depth, candidates, bound)
          : addElements(loop.field("right"), place, at, depth, candidates, bound));
      if (!added) {
        candidates.add(value == null ? unknown(at) : eval(value, depth + 1).downgradedTo(Resolution.CONSTANT));
        bound.add(value);
      } else if (place != null && reach.values().size() == 1 && reach.dominated()) {
        // only the loop's elements are options, in order: the tuple's other names line up
        tie = loop.field("left");
      }
    }
    return tie != null ? choose(at, ~span(tie), candidates, bound) : choose(at, key, candidates, bound);
  }

  /**
   * Adds what a name of a tuple target takes from the value assigned to the whole target: its
   * place in the literal tuple the value stands for, or, for a table's entry ({@code
   * config_class, model_class = MODEL_CLASSES[kind]}), in each entry the key may read, as options
   * every run meets. False, adding nothing, when no such place is known.
   */
  private boolean addUnpacked(SyntaxNode value, TupleTarget place, SyntaxNode at, int depth,
      List<ResolvedValue> candidates, List<SyntaxNode> bound) {
    if (value == null || place == null) {
      return false;
    }
    List<SyntaxNode> wholes = List.of(value);
    Resolution resolution = Resolution.CONSTANT;
    if (value.type().equals("subscript")) {
      Entries entries = entries(value, depth + 1);
      if (entries == null || entries.nodes().isEmpty()) {
        return false;
      }
      wholes = entries.nodes();
      resolution = entries.resolution();
    }
    List<SyntaxNode> picked = new ArrayList<>(wholes.size());
    for (SyntaxNode whole : wholes) {
      picked.add(place.pick(container(whole, depth + 1)));
    }
    if (picked.stream().allMatch(Objects::isNull)) {
      return false;
    }
    addUnconditional(picked, resolution, at, depth, candidates, bound);
    return true;
  }

  /** Adds each value as an option every run meets (no branch test picks it); null is unknown. */
  private void addUnconditional(List<SyntaxNode> values, SyntaxNode at, int depth, List<ResolvedValue> candidates,
      List<SyntaxNode> bound) {
    addUnconditional(values, Resolution.CONSTANT, at, depth, candidates, bound);
  }

  /** The same, each value resolved no stronger than {@code resolution}. */
  private void addUnconditional(List<SyntaxNode> values, Resolution resolution, SyntaxNode at, int depth,
      List<ResolvedValue> candidates, List<SyntaxNode> bound) {
    for (SyntaxNode value : values) {
      candidates.add(value == null ? unknown(at) : eval(value, depth + 1).downgradedTo(resolution));
      bound.add(null);
    }
  }

  /**
   * The one value the candidates agree on; else, while {@link #alternatives} runs, a choice among
   * them keyed by the use, each picked by the test of the branch its binding sits in ({@code
   * bound}, null for a candidate every run meets, such as a loop's elements).
   */
  private ResolvedValue choose(SyntaxNode at, List<ResolvedValue> candidates, List<SyntaxNode> bound) {
    return choose(at, null, candidates, bound);
  }

  /**
   * The same, the choice keyed by {@code tied} when not null: the names of one tuple target
   * ({@code for src, dst in PAIRS}) take their values from one element at a time, so
   * {@code f"{src}-{dst}"} never pairs one element's {@code src} with another's {@code dst}; each
   * name's options are then the elements in order, a None among them kept as unknown.
   */
  private ResolvedValue choose(SyntaxNode at, Long tied, List<ResolvedValue> candidates, List<SyntaxNode> bound) {
    return choose(at, tied != null ? tied : ~span(at), tied != null, candidates, bound);
  }

  /** The same under {@code key}; {@code keepNone}: a None among the options is kept as unknown (tied names). */
  private ResolvedValue choose(SyntaxNode at, long key, boolean keepNone, List<ResolvedValue> candidates,
      List<SyntaxNode> bound) {
    ResolvedValue agreed = agree(at, candidates);
    if (!exploring || agreed.resolution().isComplete() || candidates.size() < 2) {
      return agreed;
    }
    // A literal None among other values is the idiom of a value filled in later, not an option;
    // a None the caller passes by default (key = custom, custom=None) is the caller's choice.
    for (int i = candidates.size() - 1; i >= 0; i--) {
      if (candidates.get(i).isNone() && (keepNone || candidates.get(i).resolution() == Resolution.DEFAULT)) {
        candidates.set(i, unknown(at));
      } else if (candidates.get(i).isNone()) {
        candidates.remove(i);
        bound.remove(i);
      }
    }
    Integer option = decided.get(key); // ~span keys: apart from the keys of conditional expressions
    if (option != null && option < candidates.size()) {
      return candidates.get(option);
    }
    if (candidates.size() > 1 && candidates.stream().anyMatch(ExpressionEvaluator::known)) {
      List<String> tests = new ArrayList<>(bound.size());
      bound.forEach(value -> tests.add(value == null ? null : BranchTests.of(value, source)));
      undecided.putIfAbsent(key, tests);
    }
    return agreed;
  }

  /**
   * Adds each value a loop's (or a comprehension's) variable takes from {@code iterable}, as
   * options every run meets: the strings of a collection of fixed strings ({@link StringLists});
   * the elements of a literal list or tuple (see {@link #literalElements}); or, when it walks a parameter of its function, the elements of the literal
   * lists the parameter's default holds and, while {@link #alternatives} runs, that the calls of
   * the function in the file pass ({@code load_all(["a/b", "c/d"])} for {@code def load_all(names):
   * for name in names}), with one unknown more for a call that passes anything else or a function
   * the file also reaches otherwise. For a name of a flat tuple target ({@code place} not null),
   * its place in each element, a literal tuple or list of the target's length (an element of any
   * other shape is unknown). False, adding nothing, when no element is known.
   */
  private boolean addElements(SyntaxNode iterable, TupleTarget place, SyntaxNode at, int depth,
      List<ResolvedValue> candidates, List<SyntaxNode> bound) {
    SyntaxNode counted = builtinOver(iterable, ENUMERATE);
    if (counted != null && place != null && place.arity() == 2) {
      // for i, name in enumerate(names): the second name walks names, the first only counts.
      return place.position() == 1 && addElements(counted, null, at, depth, candidates, bound);
    }
    if (addElementsOf(iterable, place, at, depth, candidates, bound)) {
      return true;
    }
    SyntaxNode same = builtinOver(iterable, SAME_ELEMENTS);
    // sorted(names) walks what names holds (list(...) of a generator is read as written, above).
    return same != null && addElements(same, place, at, depth, candidates, bound);
  }

  /** The same for an iterable walked as written; adds nothing when it returns false. */
  private boolean addElementsOf(SyntaxNode iterable, TupleTarget place, SyntaxNode at, int depth,
      List<ResolvedValue> candidates, List<SyntaxNode> bound) {
    ScopeIndex owner = walkedParameter(iterable);
    // A collection of fixed strings, however it is spelled (StringLists: also A + B, or a list a
    // project module binds), is read as an `in` test reads it: each string one option.
    List<String> strings = owner == null && place == null ? lists.of(iterable) : null;
    if (strings != null && !strings.isEmpty()) {
      for (String string : strings) {
        candidates.add(new ResolvedValue(string, Resolution.CONSTANT));
        bound.add(null);
      }
      return true;
    }
    if (owner == null) {
      List<SyntaxNode> elements = placed(literalElements(iterable), place);
      if (elements == null) {
        return false;
      }
      addUnconditional(elements, at, depth, candidates, bound);
      return true;
    }
    String name = source.text(iterable);
    SyntaxNode declared = owner.parameterDefault(name);
    List<SyntaxNode> own = declared == null ? null : placed(literalElements(declared), place);
    List<ResolvedValue> found = new ArrayList<>();
    List<SyntaxNode> foundBound = new ArrayList<>();
    if (own != null) {
      addUnconditional(own, Resolution.DEFAULT, at, depth, found, foundBound);
    }
    boolean unknownToo = own == null;
    if (exploring) {
      ParameterCallValues.Passed passed = callValues.passed(owner, name);
      unknownToo = own == null && !passed.complete();
      for (SyntaxNode argument : passed.arguments()) {
        // A caller's own parameter is no list written there (an outer binding of its name is not it).
        List<SyntaxNode> elements = argument == null || walkedParameter(argument) != null
            ? null : placed(literalElements(argument), place);
        if (elements != null) {
          addUnconditional(elements, Resolution.CALL_SITE, at, depth, found, foundBound);
        } else {
          unknownToo |= argument != null || own == null;
        }
      }
    }
    if (found.stream().noneMatch(ExpressionEvaluator::known)) {
      return false;
    }
    candidates.addAll(found);
    bound.addAll(foundBound);
    if (unknownToo) {
      candidates.add(unknown(at));
      bound.add(null);
    }
    return true;
  }

  /**
   * What a call of one of {@code builtins} walks, its first argument ({@code enumerate(x)},
   * {@code enumerate(x, 1)}, {@code sorted(x, key=len)}); null for any other iterable.
   */
  private SyntaxNode builtinOver(SyntaxNode iterable, Set<String> builtins) {
    if (iterable == null || !iterable.type().equals("call")) {
      return null;
    }
    SyntaxNode function = iterable.field("function");
    SyntaxNode arguments = iterable.field("arguments");
    if (function == null || arguments == null || !function.type().equals("identifier")
        || !builtins.contains(source.text(function))) {
      return null;
    }
    List<SyntaxNode> given = arguments.namedChildrenButComments();
    return given.isEmpty() || given.get(0).type().endsWith("splat")
        || given.get(0).type().equals("keyword_argument") ? null : given.get(0);
  }

  /** Where {@code name} sits in a loop's or comprehension's flat tuple target; null for a plain name. */
  private TupleTarget unpacked(SyntaxNode target, String name) {
    return TupleTarget.of(target, name, source);
  }

  /**
   * What a name of the target takes from each element walked: the element itself, or with a
   * {@code place} its place in the literal tuple or list the element is (written there or bound
   * to a name once), null where it is no such literal.
   */
  private List<SyntaxNode> placed(List<SyntaxNode> elements, TupleTarget place) {
    if (elements == null || place == null) {
      return elements;
    }
    List<SyntaxNode> picked = new ArrayList<>(elements.size());
    for (SyntaxNode element : elements) {
      picked.add(place.pick(container(element)));
    }
    return picked;
  }

  /**
   * The scope of the function whose parameter {@code expression} names, where the function never
   * rebinds it and no click option fills it; null for anything else.
   */
  private ScopeIndex walkedParameter(SyntaxNode expression) {
    if (!expression.type().equals("identifier")) {
      return null;
    }
    List<SyntaxNode> chain = Ancestry.scopeChain(expression);
    if (chain.isEmpty() || !chain.get(0).type().equals("function_definition")) {
      return null;
    }
    ScopeIndex index = index(chain.get(0));
    String name = source.text(expression);
    boolean plain = index.hasParameter(name) && index.bindings(name) == null
        && click.find(index.scope(), name, this) == null;
    return plain ? index : null;
  }

  /**
   * The elements of a literal list or tuple, written there or reached through a name or a
   * {@code self.x} bound once to one; null for anything else or a list with a splat. What walking
   * a literal dictionary gives counts too, as the program walks it: its keys (the dictionary
   * itself or its {@code .keys()}, so {@code choices=MODELS.keys()} offers each key) or its
   * {@code .values()}; and {@code list(...)}, {@code tuple(...)} or {@code sorted(...)} of any of these.
   */
  private List<SyntaxNode> literalElements(SyntaxNode expression) {
    return literalElements(expression, 0);
  }

  private List<SyntaxNode> literalElements(SyntaxNode expression, int depth) {
    if (expression == null || depth > 2) {
      return null;
    }
    if (expression.type().equals("call")) {
      return walkedByCall(expression, depth);
    }
    SyntaxNode container = container(expression);
    if (container != null && container.type().equals("call")) {
      return walkedByCall(container, depth + 1);
    }
    if (container != null && container.type().equals("dictionary")) {
      return dictionaryMembers(container, "key");
    }
    if (container != null && container.type().equals("conditional_expression")) {
      return eitherBranch(container, depth + 1);
    }
    if (container != null && isComprehension(container.type())) {
      return comprehensionBody(container);
    }
    // A set is walked too: every element once, in an order no file can rely on.
    if (container == null || !container.isSequenceLiteral()) {
      return null;
    }
    // A starred element ([DEFAULT, *MODELS.keys()]) spells out its own literal's elements in its place.
    List<SyntaxNode> elements = new ArrayList<>();
    for (SyntaxNode element : container.namedChildrenButComments()) {
      if (!element.type().endsWith("splat")) {
        elements.add(element);
        continue;
      }
      List<SyntaxNode> spread = element.type().equals("list_splat") && element.namedChildCount() == 1
          ? literalElements(element.namedChild(0), depth + 1) : null;
      if (spread == null) {
        return null;
      }
      elements.addAll(spread);
    }
    return elements.isEmpty() ? null : elements;
  }

  /**
   * What walking {@code A if test else B} may give: every element of either literal, each an
   * option, since which branch a run takes is rarely known here (a test class's {@code
   * (BertModel, GPT2Model) if is_torch_available() else ()}). An empty literal adds nothing; a
   * branch that is no literal makes the whole walk unknown.
   */
  private List<SyntaxNode> eitherBranch(SyntaxNode conditional, int depth) {
    List<SyntaxNode> parts = conditional.namedChildren();
    if (parts.size() != 3) {
      return null;
    }
    List<SyntaxNode> elements = new ArrayList<>();
    for (SyntaxNode branch : List.of(parts.get(0), parts.get(2))) {
      List<SyntaxNode> walked = literalElements(branch, depth);
      if (walked != null) {
        elements.addAll(walked);
        continue;
      }
      SyntaxNode literal = container(branch);
      if (literal == null || !literal.isSequenceLiteral() || !literal.namedChildrenButComments().isEmpty()) {
        return null;
      }
    }
    return elements.isEmpty() ? null : elements;
  }

  /**
   * What walking a list or set comprehension (or a generator) gives: its element expression, which
   * takes each value its own {@code for} clauses walk ({@code [f"org/opt-{s}" for s in SIZES]}).
   * Null for a dictionary comprehension, and where an {@code if} clause keeps only some of them,
   * since which ones is rarely known here.
   */
  private List<SyntaxNode> comprehensionBody(SyntaxNode comprehension) {
    SyntaxNode body = comprehension.field("body");
    if (body == null || comprehension.type().equals("dictionary_comprehension")
        || comprehension.namedChildren().stream().anyMatch(clause -> clause.type().equals("if_clause"))) {
      return null;
    }
    return List.of(body);
  }

  /** What {@code D.keys()}, {@code D.values()}, {@code list(x)}, {@code tuple(x)} or {@code sorted(x)} walks; else null. */
  private List<SyntaxNode> walkedByCall(SyntaxNode call, int depth) {
    SyntaxNode function = call.field("function");
    SyntaxNode generator = call.field("arguments");
    boolean collects = function != null && function.type().equals("identifier")
        && (source.textEquals(function, "list") || source.textEquals(function, "tuple")
            || source.textEquals(function, "sorted"));
    if (collects && generator != null && generator.type().equals("generator_expression")) {
      return comprehensionBody(generator); // list(f(x) for x in X): the generator is the call's only argument
    }
    CallArguments arguments = CallArguments.of(call, source);
    if (function == null || !arguments.keywords().isEmpty() || arguments.splat() != null) {
      return null;
    }
    if (collects && arguments.positional().size() == 1) {
      return literalElements(arguments.positional().get(0), depth + 1);
    }
    SyntaxNode method = function.type().equals("attribute") ? function.field("attribute") : null;
    if (method == null || !arguments.positional().isEmpty()
        || !(source.textEquals(method, "keys") || source.textEquals(method, "values"))) {
      return null;
    }
    SyntaxNode dictionary = container(function.field("object"));
    if (dictionary == null || !dictionary.type().equals("dictionary")) {
      return null;
    }
    return dictionaryMembers(dictionary, source.textEquals(method, "keys") ? "key" : "value");
  }

  /** A literal dictionary's keys or values ({@code field}); null when it is empty or has a {@code **} splat. */
  private List<SyntaxNode> dictionaryMembers(SyntaxNode dictionary, String field) {
    List<SyntaxNode> members = new ArrayList<>();
    for (SyntaxNode child : dictionary.namedChildren()) {
      if (child.type().equals("pair") && child.field(field) != null) {
        members.add(child.field(field));
      } else if (!child.type().equals("comment")) {
        return null;
      }
    }
    return members.isEmpty() ? null : members;
  }

  /** The literal an expression stands for: itself, or what a name or {@code self.x} is bound to once; or null. */
  private SyntaxNode container(SyntaxNode expression) {
    return container(expression, 0);
  }

  /**
   * The same, {@code depth} steps in, and for a subscript the entry of the literal it reads, so
   * a table of tables ({@code MODELS[kind]["checkpoint"]}) is followed one key at a time.
   */
  private SyntaxNode container(SyntaxNode expression, int depth) {
    if (expression == null || depth > MAX_DEPTH) {
      return null;
    }
    SyntaxNode found = switch (expression.type()) {
      case "identifier" -> boundNode(expression, source.text(expression));
      case "attribute" -> selfAttributeNode(expression);
      case "parenthesized_expression" -> {
        List<SyntaxNode> inside = expression.namedChildrenButComments();
        yield inside.size() == 1 ? container(inside.get(0), depth + 1) : null;
      }
      case "subscript" -> {
        SyntaxNode entry = entryNode(expression, depth + 1);
        yield entry == null ? null : container(entry, depth + 1);
      }
      default -> expression;
    };
    // A value written across lines in parentheses, ((A, B) if test else ()), is the value inside.
    return found != null && found != expression && found.type().equals("parenthesized_expression")
        ? container(found, depth + 1) : found;
  }

  /** The one entry a subscript of a literal reads ({@link #entries}); null when it may read several or none. */
  private SyntaxNode entryNode(SyntaxNode subscript, int depth) {
    Entries entries = entries(subscript, depth);
    return entries != null && entries.nodes().size() == 1 ? entries.nodes().get(0) : null;
  }

  /** What {@code self.x}, {@code cls.x} or {@code __class__.x} is bound to once in its class (body or methods), or null. */
  private SyntaxNode selfAttributeNode(SyntaxNode attribute) {
    SyntaxNode object = attribute.field("object");
    SyntaxNode name = attribute.field("attribute");
    if (object == null || name == null || !object.type().equals("identifier")
        || !(source.textEquals(object, "self") || source.textEquals(object, "cls") || definingClass(object) != null)) {
      return null;
    }
    SyntaxNode owner = Ancestry.enclosingClass(attribute);
    if (owner == null) {
      return null;
    }
    List<SyntaxNode> values = attributes.bindings(owner, source.text(name));
    if (values == null) {
      return null;
    }
    // A None placeholder in the class body is what a method fills in, not a second literal.
    List<SyntaxNode> filled = values.stream().filter(value -> value == null || !value.type().equals("none")).toList();
    return filled.size() == 1 ? filled.get(0) : null;
  }

  /**
   * The class {@code __class__} names where {@code object} is that name in a method: the class
   * whose body defines the method (Python's implicit cell, the one {@code super()} reads), never a
   * subclass the instance may belong to; null for any other expression or outside a method.
   */
  private SyntaxNode definingClass(SyntaxNode object) {
    if (!object.type().equals("identifier") || !source.textEquals(object, "__class__")
        || Ancestry.enclosingFunction(object) == null) {
      return null;
    }
    return Ancestry.enclosingClass(object);
  }

  /**
   * {@code self.hparams.x} in a Lightning module whose {@code __init__} saves its arguments
   * ({@link SavedHyperparameters}): the value of {@code __init__}'s parameter {@code x}, from its
   * default and its calls as any parameter; null for any other expression.
   */
  private ResolvedValue savedHyperparameter(SyntaxNode node, int depth) {
    String name = hyperparameters.readName(node);
    SyntaxNode owner = name == null ? null : Ancestry.enclosingClass(node);
    SyntaxNode init = owner == null || owner.field("body") == null ? null : index(owner).function("__init__");
    if (init == null || !index(init).hasParameter(name) || !hyperparameters.saves(owner, init, name)) {
      return null;
    }
    return parameter(node, index(init), name, depth);
  }

  private ResolvedValue parameter(SyntaxNode at, ScopeIndex index, String name, int depth) {
    ClickOptions.Option option = click.find(index.scope(), name, this);
    if (option != null) {
      // click calls the function with the command line's value: the default (or a choice), never
      // the signature's default nor what the file passes (calling a command parses sys.argv).
      return commandLine(at, option.fallback(), literalElements(option.choices()), depth);
    }
    SyntaxNode declared = index.parameterDefault(name);
    ResolvedValue own = declared == null ? unknown(at) : eval(declared, depth + 1).downgradedTo(Resolution.DEFAULT);
    ResolvedValue made = callValues.fromMakingCall(at, index, name, own, depth);
    if (made != null) {
      return made;
    }
    return exploring ? callValues.fromCallers(at, index, name, own, depth) : own;
  }

  /** Whether a lambda around {@code at}, inside its scope, takes {@code name} as a parameter. */
  private boolean lambdaParameter(SyntaxNode at, String name) {
    for (SyntaxNode current = at.parent(); current != null && !ScopeIndex.isScope(current); current = current.parent()) {
      SyntaxNode parameters = current.type().equals("lambda") ? current.field("parameters") : null;
      if (parameters == null) {
        continue;
      }
      for (SyntaxNode parameter : parameters.namedChildren()) {
        SyntaxNode named = parameter.type().equals("identifier") ? parameter : parameter.field("name");
        if (named == null && parameter.namedChildCount() > 0) {
          named = parameter.namedChild(0); // *rest, **options
        }
        if (named != null && source.textEquals(named, name)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The {@code for ... in} clause of a comprehension around {@code at} that binds {@code name}, or null. */
  SyntaxNode comprehensionClause(SyntaxNode at, String name) {
    for (SyntaxNode current = at.parent(); current != null; current = current.parent()) {
      String type = current.type();
      if (ScopeIndex.isScopeType(type) && !isComprehension(type)) {
        return null;
      }
      if (isComprehension(type)) {
        for (SyntaxNode clause : current.namedChildren()) {
          if (clause.type().equals("for_in_clause") && clause.field("left") != null
              && declares(clause.field("left"), name)) {
            return clause;
          }
        }
      }
    }
    return null;
  }

  private static boolean isComprehension(String type) {
    return type.endsWith("_comprehension") || type.equals("generator_expression");
  }

  /**
   * A comprehension's variable: when it alone walks a literal list or tuple (through a name or
   * {@code self.x} too), one value per element, as for a loop; else unknown.
   */
  private ResolvedValue comprehensionElement(SyntaxNode at, SyntaxNode clause, String name, int depth) {
    SyntaxNode target = clause.field("left");
    TupleTarget place = unpacked(target, name);
    List<ResolvedValue> candidates = new ArrayList<>();
    List<SyntaxNode> bound = new ArrayList<>();
    if (!(target.type().equals("identifier") || place != null)
        || !addElements(clause.field("right"), place, at, depth, candidates, bound)) {
      return unknown(at);
    }
    return place == null ? choose(at, candidates, bound) : choose(at, ~span(target), candidates, bound);
  }

  private boolean declares(SyntaxNode target, String name) {
    if (target.type().equals("identifier")) {
      return source.textEquals(target, name);
    }
    for (SyntaxNode element : target.namedChildren()) {
      if (declares(element, name)) {
        return true;
      }
    }
    return false;
  }

  private ResolvedValue fromBindings(SyntaxNode at, List<SyntaxNode> values, int depth) {
    if (values.size() == 1 && values.get(0) != null) {
      ResolvedValue only = eval(values.get(0), depth + 1);
      if (only.resolution() == Resolution.PATTERN) {
        return only;
      }
    }
    List<ResolvedValue> candidates = new ArrayList<>(values.size());
    for (SyntaxNode value : values) {
      if (value == null) {
        return unknown(at);
      }
      candidates.add(eval(value, depth + 1).downgradedTo(Resolution.CONSTANT));
    }
    return agree(at, candidates);
  }

  /**
   * The one value all candidates agree on, at the weakest of their resolutions, else unknown.
   * A {@code None} among other candidates is left out: {@code x = None} then
   * {@code if x is None: x = "id"} is the idiom of a value filled in later.
   */
  private ResolvedValue agree(SyntaxNode at, List<ResolvedValue> candidates) {
    if (candidates.size() == 1 && candidates.get(0).resolution() == Resolution.PATTERN) {
      return candidates.get(0);
    }
    boolean others = candidates.stream().anyMatch(c -> !c.isNone());
    ResolvedValue agreed = null;
    Resolution weakest = Resolution.LITERAL;
    for (ResolvedValue candidate : candidates) {
      if (others && candidate.isNone()) {
        continue;
      }
      if (!candidate.resolution().isComplete()) {
        return unknown(at);
      }
      if (agreed != null && (!agreed.text().equals(candidate.text()) || agreed.string() != candidate.string())) {
        return unknown(at);
      }
      agreed = candidate;
      weakest = weakest.weakest(candidate.resolution());
    }
    return agreed == null ? unknown(at) : agreed.downgradedTo(weakest);
  }

  private ResolvedValue attribute(SyntaxNode node, int depth) {
    SyntaxNode object = node.field("object");
    SyntaxNode attribute = node.field("attribute");
    if (object == null || attribute == null) {
      return unknown(node);
    }
    String name = source.text(attribute);
    ResolvedValue saved = savedHyperparameter(node, depth);
    if (saved != null) {
      return saved;
    }
    if (object.type().equals("identifier") && (source.textEquals(object, "self") || source.textEquals(object, "cls"))) {
      SyntaxNode owner = Ancestry.enclosingClass(node);
      if (owner != null && receiver != null && (receiver.start() == owner.start()
          || classes.subclassesOf(owner).contains(receiver))) {
        List<SyntaxNode> values = attributes.lookup(receiver, name);
        if (values != null) {
          return fromBindings(node, values, depth);
        }
        // Not bound for this class: no value of its own, and no choice among other classes' values.
        receiverLacks = true;
        return unknown(node);
      } else if (owner != null) {
        ResolvedValue each = perClass(node, owner, name, depth);
        if (each != null) {
          return each;
        }
      }
    }
    if (object.type().equals("identifier") && !source.textEquals(object, "self") && !source.textEquals(object, "cls")) {
      ResolvedValue reassigned = reassignedAttribute(node, object, name, depth);
      if (reassigned != null) {
        return reassigned;
      }
    }
    return attributeAsDeclared(node, object, name, depth);
  }

  /**
   * An attribute of a plain name that the use's scope assigns ({@code args.model = "acme/x"}
   * after parsing, or only in a branch, {@code if args.model == "all": args.model = ...}): what
   * the assignments reaching the use hold and, when none of them is sure to run before it, what
   * the attribute held before them (an option's default); null when no assignment reaches the use.
   */
  private ResolvedValue reassignedAttribute(SyntaxNode node, SyntaxNode object, String name, int depth) {
    List<SyntaxNode> chain = Ancestry.scopeChain(node);
    if (chain.isEmpty()) {
      return null;
    }
    ScopeIndex.Reach reach = index(chain.get(0)).reaching(source.text(object) + "." + name, node);
    if (reach == null) {
      return null;
    }
    List<ResolvedValue> candidates = new ArrayList<>();
    List<SyntaxNode> bound = new ArrayList<>();
    if (!reach.dominated()) {
      candidates.add(attributeAsDeclared(node, object, name, depth));
      bound.add(null);
    }
    for (SyntaxNode value : reach.values()) {
      candidates.add(value == null ? unknown(node) : eval(value, depth + 1).downgradedTo(Resolution.CONSTANT));
      bound.add(value);
    }
    // Keyed apart from the use: the declared value may be a choice of its own keyed by the use
    // (an option's choices), and one key for both would tie their options together.
    return choose(node, ~span(node.field("attribute")), false, candidates, bound);
  }

  /** An attribute's value from what declares it: a class, an instance, an option, a dataclass field. */
  private ResolvedValue attributeAsDeclared(SyntaxNode node, SyntaxNode object, String name, int depth) {
    SyntaxNode definingClass = definingClass(object);
    if (definingClass != null) {
      List<SyntaxNode> values = attributes.lookup(definingClass, name);
      return values == null ? unknown(node) : fromBindings(node, values, depth);
    }
    SyntaxNode namedClass = object.type().equals("identifier") ? classNamed(object, source.text(object)) : null;
    if (namedClass != null) {
      return classAttribute(node, namedClass, name, depth);
    }
    InstanceClasses.Instance instance = instances.of(object);
    if (instance != null) {
      return instanceAttribute(node, instance, name, depth);
    }
    if (argparse.has(name) && !argparse.givenValues(name).isEmpty()) {
      return givenOnCommandLine(node, name, depth);
    }
    if (argparse.has(name)) {
      SyntaxNode fallback = argparse.defaultOf(name);
      List<SyntaxNode> choices = literalElements(argparse.choicesOf(name));
      if (fallback == null && choices == null && argparse.impliedDefault(name) != null) {
        return ResolvedValue.constant(argparse.impliedDefault(name), Resolution.ARGPARSE);
      }
      return commandLine(node, fallback, choices, depth);
    }
    return dataclassField(node, name, depth);
  }

  /**
   * An option a literal argument list of a parse call gives values ({@code parse_args(["--model",
   * "acme/x"])}): each of them, and what the command line gives it otherwise (its default and
   * choices) unless every parse call of the file gives it a value.
   */
  private ResolvedValue givenOnCommandLine(SyntaxNode at, String dest, int depth) {
    List<ResolvedValue> candidates = new ArrayList<>();
    List<SyntaxNode> bound = new ArrayList<>();
    for (String value : argparse.givenValues(dest)) {
      candidates.add(new ResolvedValue(value, Resolution.ARGPARSE));
      bound.add(null);
    }
    if (!argparse.alwaysGiven(dest)) {
      addCommandLine(at, argparse.defaultOf(dest), literalElements(argparse.choicesOf(dest)),
          argparse.impliedDefault(dest), depth, candidates, bound);
    }
    return choose(at, candidates, bound);
  }

  /**
   * Adds what the command line may give an option, each an option of one choice: its default
   * (else what its action implies, else unknown; none when it has choices, argparse's {@code None}
   * being the value's absence there) and each of its literal choices.
   */
  private void addCommandLine(SyntaxNode at, SyntaxNode fallback, List<SyntaxNode> choices, String implied, int depth,
      List<ResolvedValue> candidates, List<SyntaxNode> bound) {
    if (fallback != null) {
      addUnconditional(List.of(fallback), Resolution.ARGPARSE, at, depth, candidates, bound);
    } else if (choices == null) {
      candidates.add(implied != null ? ResolvedValue.constant(implied, Resolution.ARGPARSE) : unknown(at));
      bound.add(null);
    }
    if (choices != null) {
      addUnconditional(choices, Resolution.ARGPARSE, at, depth, candidates, bound);
    }
  }

  /** A command-line option's value: its default, and each of its literal choices when it has them. */
  private ResolvedValue commandLine(SyntaxNode at, SyntaxNode fallback, List<SyntaxNode> choices, int depth) {
    if (choices != null) {
      return withChoices(at, fallback, choices, depth);
    }
    return fallback == null ? unknown(at) : eval(fallback, depth + 1).downgradedTo(Resolution.ARGPARSE);
  }

  /**
   * {@code args.x} of an option with a literal list of {@code choices}: the program may run with
   * any of them, so each is one option (as a loop's elements are), the default too; without a
   * default, argparse's {@code None} is the value's absence, not an option.
   */
  private ResolvedValue withChoices(SyntaxNode at, SyntaxNode fallback, List<SyntaxNode> choices, int depth) {
    List<ResolvedValue> candidates = new ArrayList<>();
    List<SyntaxNode> bound = new ArrayList<>();
    addCommandLine(at, fallback, choices, null, depth, candidates, bound);
    return choose(at, candidates, bound);
  }

  /**
   * {@code self.x} in a method of a class of the file: {@code self} is an instance of the class
   * or of any of its subclasses in the file, so {@code x} is worked out once per class, each time
   * reading that class's own attributes (its own binding of {@code x}, else its nearest base's,
   * and so for every {@code self.y} the value reads in turn, wherever it is bound), and the usages
   * are the distinct values. Within one class every binding of {@code x} is an option too (one in
   * {@code __init__}, another in {@code use_large()}): the order the methods run in is the
   * caller's, so any of them may be the value when the method reads it. Null when no class binds
   * {@code x}; unknown when each class that binds it lacks an attribute its value reads.
   *
   * <p>Reached while another class's value is being worked out (a method of an unrelated class),
   * the outer class is put back afterwards, so the outer value goes on reading its own class.
   */
  private ResolvedValue perClass(SyntaxNode at, SyntaxNode owner, String name, int depth) {
    List<SyntaxNode> family = attributes.family(owner);
    List<ResolvedValue> candidates = new ArrayList<>();
    List<SyntaxNode> bound = new ArrayList<>();
    boolean anyBinds = false;
    SyntaxNode outer = receiver;
    boolean outerLacks = receiverLacks;
    try {
      for (SyntaxNode type : family) {
        List<SyntaxNode> values = attributes.lookup(type, name);
        if (values != null) {
          anyBinds = true;
          receiver = type;
          receiverLacks = false;
          List<ResolvedValue> own = new ArrayList<>();
          List<SyntaxNode> ownBound = new ArrayList<>();
          addUnconditional(values, at, depth, own, ownBound);
          // A class lacking an attribute its value reads (a base whose subclasses set it) has no value of its own.
          if (!receiverLacks) {
            candidates.addAll(own);
            bound.addAll(ownBound);
          }
        }
      }
    } finally {
      receiver = outer;
      receiverLacks = outerLacks;
    }
    if (!anyBinds) {
      return null;
    }
    return candidates.isEmpty() ? unknown(at) : choose(at, candidates, bound);
  }

  /** {@code Config.MODEL_ID} where {@code Config} is a class of this file: its body's attribute. */
  private ResolvedValue classAttribute(SyntaxNode node, SyntaxNode owner, String name, int depth) {
    List<SyntaxNode> values = index(owner).bindings(name);
    return values == null ? unknown(node) : fromBindings(node, values, depth);
  }

  /**
   * {@code cfg.model} of an instance of a class of this file ({@link InstanceClasses}): what the
   * class, or its nearest base in the file, binds in its body and as {@code self.model} in its
   * methods. The one call that made it gives its {@code __init__}'s parameters their values. An
   * instance a caller hands in may have been made with other values than those, so they are
   * defaults there. Unknown when the class binds no such attribute: it is not another
   * class's attribute of the same name.
   */
  private ResolvedValue instanceAttribute(SyntaxNode node, InstanceClasses.Instance instance, String name, int depth) {
    List<SyntaxNode> values = attributes.lookup(instance.type(), name);
    if (values == null) {
      return unknown(node);
    }
    SyntaxNode init = instance.call() == null ? null : index(instance.type()).function("__init__");
    ResolvedValue value = init == null ? fromBindings(node, values, depth)
        : callValues.readingInstanceMadeBy(init, instance.call(), () -> fromBindings(node, values, depth));
    return instance.origin() == InstanceClasses.Origin.DECLARED ? value.downgradedTo(Resolution.DEFAULT) : value;
  }

  /** The class definition a name refers to in its scope chain, or null (a parameter of that name hides any class). */
  SyntaxNode classNamed(SyntaxNode at, String name) {
    ScopeIndex owner = owningScope(at, name);
    return owner == null || owner.bindings(name) == null ? null : owner.classNamed(name);
  }

  /**
   * {@code model_args.model_name_or_path} where a module-level dataclass (HfArgumentParser's
   * argument classes) declares {@code model_name_or_path: str = field(default="...")}.
   */
  private ResolvedValue dataclassField(SyntaxNode node, String name, int depth) {
    List<SyntaxNode> chain = Ancestry.scopeChain(node);
    if (chain.isEmpty()) {
      return unknown(node);
    }
    List<SyntaxNode> found = null;
    for (SyntaxNode dataclass : index(chain.get(chain.size() - 1)).dataclasses()) {
      List<SyntaxNode> values = index(dataclass).bindings(name);
      if (values != null) {
        if (found != null) {
          return unknown(node); // two argument classes declare it: ambiguous
        }
        found = values;
      }
    }
    return found == null ? unknown(node) : fromBindings(node, found, depth).downgradedTo(Resolution.DEFAULT);
  }

  /**
   * {@code NAMES[0]}, {@code CONFIG["model"]}, {@code MODELS[args.size]["checkpoint"]}: what a
   * literal dictionary, list or tuple the file spells out holds there. A key known only at run
   * time may take any entry, so each is one option (as a loop's elements are), and entries that
   * all agree are that one value.
   */
  private ResolvedValue subscript(SyntaxNode node, int depth) {
    ResolvedValue saved = savedHyperparameter(node, depth);
    if (saved != null) {
      return saved;
    }
    Entries entries = entries(node, depth);
    if (entries == null || entries.nodes().isEmpty()) {
      return unknown(node);
    }
    if (entries.nodes().size() == 1) {
      return eval(entries.nodes().get(0), depth + 1).downgradedTo(entries.resolution());
    }
    List<ResolvedValue> candidates = new ArrayList<>();
    List<SyntaxNode> bound = new ArrayList<>();
    addUnconditional(entries.nodes(), entries.resolution(), node, depth, candidates, bound);
    return choose(node, candidates, bound);
  }

  /**
   * What a subscript may read, and how its keys were known: a key that is a command-line default
   * or a caller's value makes the entry no stronger than that ({@code MODELS[args.size]}).
   */
  private record Entries(List<SyntaxNode> nodes, Resolution resolution) {
  }

  /**
   * The expressions a subscript may read: the entry under a known key, or every entry for a key
   * known only at run time, of the literal the subscripted name, attribute or subscript stands
   * for (a name bound once to a subscript standing for what that subscript reads); null when
   * that is no literal, the key is missing, or the container has a splat.
   */
  private Entries entries(SyntaxNode subscript, int depth) {
    SyntaxNode value = subscript.field("value");
    SyntaxNode key = subscript.field("subscript");
    if (value == null || key == null) {
      return null;
    }
    if (depth > MAX_DEPTH) {
      return null;
    }
    Entries containers;
    SyntaxNode row = value.type().equals("identifier") ? boundNode(value, source.text(value)) : null;
    if (row != null && row.type().equals("subscript")) {
      // A name bound once to a row of a table (row = SIZES[size]; row["checkpoint"]):
      // the row's entries, the table's key known or not, as the lookup written out in full reads.
      containers = entries(row, depth + 1);
    } else if (value.type().equals("identifier") || value.type().equals("attribute")) {
      containers = new Entries(List.of(value), Resolution.CONSTANT);
    } else if (value.type().equals("subscript")) {
      containers = entries(value, depth);
    } else {
      return null;
    }
    if (containers == null) {
      return null;
    }
    ResolvedValue keyValue = eval(key, depth + 1);
    List<SyntaxNode> found = new ArrayList<>();
    for (SyntaxNode expression : containers.nodes()) {
      List<SyntaxNode> read = lookUp(container(expression, depth + 1), key, keyValue);
      if (read == null) {
        return null;
      }
      found.addAll(read);
    }
    Resolution resolution = keyValue.isComplete() ? containers.resolution().weakest(keyValue.resolution())
        : containers.resolution();
    return new Entries(found, resolution.weakest(Resolution.CONSTANT));
  }

  /** What one literal holds under a key: one entry when the key is known, every entry when not; else null. */
  private List<SyntaxNode> lookUp(SyntaxNode container, SyntaxNode key, ResolvedValue keyValue) {
    if (container == null) {
      return null;
    }
    boolean dictionary = container.type().equals("dictionary");
    boolean sequence = container.type().equals("list") || container.type().equals("tuple");
    if (dictionary && keyValue.isComplete()) {
      SyntaxNode entry = entryOf(container, keyValue.text());
      return entry == null ? null : List.of(entry);
    }
    if (sequence && isIndex(key)) {
      List<SyntaxNode> elements = container.namedChildrenButComments();
      Long written = writtenInteger(key);
      if (written == null) {
        return null; // an index beyond a long: no list of the file has it
      }
      long index = written < 0 ? elements.size() + written : written;
      return index >= 0 && index < elements.size() ? List.of(elements.get((int) index)) : null;
    }
    if (keyValue.isComplete() || key.type().equals("slice")) {
      return null;
    }
    if (sequence) {
      return literalElements(container);
    }
    return dictionary ? dictionaryMembers(container, "value") : null;
  }

  /** An integer written out, counted from the end when negative ({@code NAMES[-1]}). */
  private boolean isIndex(SyntaxNode key) {
    String type = key.type();
    return (type.equals("integer") || type.equals("unary_operator")) && INTEGER.matcher(source.text(key)).matches();
  }

  /**
   * The value of an integer the file writes out ({@code 3}, {@code 1_000}, {@code -1}: an integer
   * literal, or a minus before one), or null for anything else or one beyond a long. The one
   * reading of such numbers: list indexes here, {@code replace}'s count in {@link StrMethodCalls}.
   */
  Long writtenInteger(SyntaxNode node) {
    String type = node.type();
    return type.equals("integer") || type.equals("unary_operator") ? integer(source.text(node)) : null;
  }

  /** A whole number as Python spells one ({@code 1_000}, {@code - 2}), or null for any other text or one beyond a long. */
  static Long integer(String text) {
    if (!INTEGER.matcher(text).matches()) {
      return null;
    }
    try {
      return Long.parseLong(text.replaceAll("[\\s_]", ""));
    } catch (NumberFormatException beyondLong) {
      return null;
    }
  }

  /** What a {@code **name} splat holds under a keyword: known when the name is bound to a dictionary the file spells out. */
  record SplatEntry(boolean known, SyntaxNode value) {
  }

  /**
   * The keyword {@code key} in a {@code **kwargs} splat whose name is bound once to a dictionary
   * literal or a {@code dict(...)} call of keywords: its value, or known and null when the
   * dictionary lacks it. Anything else is not known.
   */
  SplatEntry splatEntry(SyntaxNode splat, String key) {
    SyntaxNode name = splat.type().equals("dictionary_splat") && splat.namedChildCount() == 1 ? splat.namedChild(0) : null;
    SyntaxNode bound = name == null || !name.type().equals("identifier") ? null : boundNode(name, source.text(name));
    if (bound == null) {
      return new SplatEntry(false, null);
    }
    if (bound.type().equals("dictionary")) {
      boolean plain = bound.namedChildren().stream().allMatch(c -> c.type().equals("pair") || c.type().equals("comment"));
      return plain ? new SplatEntry(true, entryOf(bound, key)) : new SplatEntry(false, null);
    }
    SyntaxNode function = bound.type().equals("call") ? bound.field("function") : null;
    if (function != null && source.textEquals(function, "dict")) {
      CallArguments arguments = CallArguments.of(bound, source);
      if (arguments.positional().isEmpty() && arguments.splat() == null) {
        return new SplatEntry(true, arguments.keywords().get(key));
      }
    }
    return new SplatEntry(false, null);
  }

  /** The value a dictionary literal holds under a string key, or null. */
  private SyntaxNode entryOf(SyntaxNode dictionary, String key) {
    for (SyntaxNode pair : dictionary.namedChildren()) {
      if (!pair.type().equals("pair")) {
        continue;
      }
      SyntaxNode pairKey = pair.field("key");
      SyntaxNode pairValue = pair.field("value");
      if (pairKey != null && pairValue != null && key.equals(stringLiteral(pairKey))) {
        return pairValue;
      }
    }
    return null;
  }

  /**
   * The single expression a name is bound to in the scope it belongs to, or null: a parameter
   * of that scope is no such expression, whatever an outer scope binds the same name to.
   */
  private SyntaxNode boundNode(SyntaxNode at, String name) {
    ScopeIndex owner = owningScope(at, name);
    List<SyntaxNode> values = owner == null ? null : owner.bindings(name);
    return values != null && values.size() == 1 ? values.get(0) : null;
  }

  /**
   * The innermost scope around {@code at} that binds {@code name} or takes it as a parameter,
   * as Python looks a name up (an enclosing class body is skipped); null when none does.
   */
  ScopeIndex owningScope(SyntaxNode at, String name) {
    if (lambdaParameter(at, name)) {
      return null;
    }
    return NameOwner.indexing(at, name, this::index);
  }

  /**
   * A mapping's {@code .get(KEY, fallback)} or {@code getattr(obj, KEY, fallback)} with a string
   * literal key: only then is the last argument a fallback value (requests.get(url, params) has
   * no literal key before a string).
   */
  private boolean isLookupWithFallback(SyntaxNode function, String callee, CallArguments arguments) {
    List<SyntaxNode> positional = arguments.positional();
    if (!arguments.keywords().isEmpty()) {
      return false;
    }
    if (function.type().equals("attribute") && callee.endsWith(".get") && positional.size() == 2) {
      return positional.get(0).type().equals("string") && stringLiteral(positional.get(0)) != null;
    }
    if (callee.equals("getattr") && positional.size() == 3) {
      return positional.get(1).type().equals("string") && stringLiteral(positional.get(1)) != null;
    }
    return false;
  }

  /**
   * config.get("model", "gpt2") and getattr(args, "model", "gpt2"): the fallback is what loads
   * unless the configuration says otherwise, as with an argparse default. A dictionary literal
   * of the file answers for itself.
   */
  private ResolvedValue lookupWithFallback(SyntaxNode function, CallArguments arguments, int depth) {
    List<SyntaxNode> positional = arguments.positional();
    SyntaxNode fallback = positional.get(positional.size() - 1);
    SyntaxNode object = function.field("object");
    if (function.type().equals("attribute") && object != null && object.type().equals("identifier")) {
      SyntaxNode container = boundNode(object, source.text(object));
      if (container != null && container.type().equals("dictionary")) {
        SyntaxNode entry = entryOf(container, stringLiteral(positional.get(0)));
        return eval(entry != null ? entry : fallback, depth + 1).downgradedTo(Resolution.CONSTANT);
      }
    }
    return eval(fallback, depth + 1).downgradedTo(Resolution.DEFAULT);
  }

  private ResolvedValue call(SyntaxNode node, int depth) {
    SyntaxNode function = node.field("function");
    if (function == null) {
      return unknown(node);
    }
    CallArguments arguments = CallArguments.of(node, source);
    String callee = source.text(function);
    if (function.type().equals("attribute") && callee.endsWith(".format")) {
      SyntaxNode object = function.field("object");
      ResolvedValue template = object == null ? unknown(node) : eval(object, depth + 1);
      if (!template.isComplete()) {
        return unknown(node);
      }
      return substitute(node, template, FORMAT_FIELD, arguments.positional(), arguments.keywords(), depth);
    }
    if (strMethods.names(function)) {
      return strMethods.value(node, function, arguments, depth);
    }
    if (callee.endsWith("getenv") || callee.endsWith("environ.get")) {
      SyntaxNode fallback = arguments.find(1, "default");
      return fallback == null ? unknown(node) : eval(fallback, depth + 1).downgradedTo(Resolution.DEFAULT);
    }
    if (isLookupWithFallback(function, callee, arguments)) {
      return lookupWithFallback(function, arguments, depth);
    }
    if ((callee.equals("field") || callee.endsWith(".field")) && arguments.keywords().containsKey("default")) {
      return eval(arguments.keywords().get("default"), depth + 1).downgradedTo(Resolution.DEFAULT);
    }
    if (callee.equals("str") && arguments.positional().size() == 1) {
      return asText(arguments.positional().get(0), eval(arguments.positional().get(0), depth + 1));
    }
    return unknown(node);
  }

  private static String unescape(String text) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char n = text.charAt(++i);
        switch (n) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case '\\', '\'', '"' -> out.append(n);
          case '\n' -> { }
          default -> out.append('\\').append(n);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
