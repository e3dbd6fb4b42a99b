package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Calls that run a function they are handed, in the standard library and in torch: the
 * function's parameters take what the hand-off passes it, as at a call written out. A worker
 * started as {@code mp.spawn(main, args=(args, ckpt_id))} gets {@code ckpt_id} as its third
 * parameter (spawn passes the process index first); {@code Process(target=f, args=(...),
 * kwargs={...})} and {@code Thread(...)} pass the tuple and the dictionary; {@code
 * pool.apply_async(f, args, kwds)} likewise; {@code executor.submit(f, ...)}, {@code partial(f,
 * ...)} and {@code loop.run_in_executor(executor, f, ...)} pass the arguments written after the
 * function, and a partial object called in the file ({@code run = partial(f, a)} then {@code
 * run(b)}) passes those of the partial and then those of that call ({@link PartialApplications},
 * which the loaders handed to a partial share). The callee is told by its last name, so an
 * alias or a module's own import style does not matter, except for {@code apply}: pandas'
 * {@code frame.apply(f, axis=1, k=v)} and torch's {@code model.apply(init)} pass the row or the
 * module first and keywords of their own, so only a pool's {@code apply} (a name bound to {@code
 * Pool(...)} or {@code ThreadPool(...)}, by assignment or {@code with ... as}) is read as one; any
 * other leaves the function named otherwise than by its calls.
 */
final class FunctionHandOffs {
  /** How a hand-off passes the function its arguments. */
  private enum Style {
    /** {@code f(index, *args)}: {@code args} by keyword or as the next positional argument. */
    SPAWN,
    /** {@code f(*args, **kwargs)}, both by keyword only. */
    TARGET,
    /** {@code f(*args, **kwds)}: by keyword or as the next two positional arguments. */
    APPLY,
    /** {@code f(*rest, **keywords)}: every argument of the hand-off after the function. */
    REST
  }

  /**
   * Where a hand-off takes the function (position and/or keyword), how it calls it, and whether
   * only a pool's method of that name is one.
   */
  private record HandOff(Integer position, String keyword, Style style, boolean poolOnly) {
    HandOff(Integer position, String keyword, Style style) {
      this(position, keyword, style, false);
    }
  }

  /** Last names of the calls that make a process or thread pool. */
  private static final Set<String> POOLS = Set.of("Pool", "ThreadPool");

  private static final Map<String, HandOff> BY_NAME = Map.of(
      "spawn", new HandOff(0, "fn", Style.SPAWN),
      "start_processes", new HandOff(0, "fn", Style.SPAWN),
      "Process", new HandOff(null, "target", Style.TARGET),
      "Thread", new HandOff(null, "target", Style.TARGET),
      "apply", new HandOff(0, "func", Style.APPLY, true),
      "apply_async", new HandOff(0, "func", Style.APPLY),
      "submit", new HandOff(0, "fn", Style.REST),
      "partial", new HandOff(0, "func", Style.REST),
      "run_in_executor", new HandOff(1, "func", Style.REST));

  private final PythonSource source;
  private final Function<SyntaxNode, ScopeIndex> scopes;
  /** A plain string literal's value, or null: the evaluator's reading, escapes included. */
  private final Function<SyntaxNode, String> literal;
  private final PartialApplications partials;

  FunctionHandOffs(PythonSource source, Function<SyntaxNode, ScopeIndex> scopes, ClassAttributes attributes,
      Function<SyntaxNode, String> literal) {
    this.source = source;
    this.scopes = scopes;
    this.literal = literal;
    this.partials = new PartialApplications(source, scopes, attributes);
  }

  /**
   * The calls that run {@code use} (a function's name, not called there) for a call handing it
   * on, and the arguments each passes the function; empty when {@code use} is no function handed
   * to such a call. For most hand-offs that is the hand-off itself; a {@code partial} object runs
   * the function where it is called ({@link PartialApplications}), and the partial stands for the
   * calls the file does not show, with the arguments it fixes.
   */
  List<HandedOn> of(SyntaxNode use) {
    SyntaxNode holder = use.parent();
    SyntaxNode keyword = null;
    if (holder != null && holder.type().equals("keyword_argument")) {
      keyword = holder.field("name");
      holder = holder.parent();
    }
    SyntaxNode call = holder != null && holder.type().equals("argument_list") ? holder.parent() : null;
    SyntaxNode function = call == null ? null : call.field("function");
    if (function == null) {
      return List.of();
    }
    String callee = source.text(function);
    String last = callee.substring(callee.lastIndexOf('.') + 1);
    HandOff handOff = BY_NAME.get(last);
    if (handOff == null || handOff.poolOnly() && !madeByPool(function)) {
      return List.of();
    }
    CallArguments arguments = CallArguments.of(call, source);
    boolean handed = keyword != null
        ? handOff.keyword() != null && source.textEquals(keyword, handOff.keyword())
        : handOff.position() != null && handOff.position() < arguments.positional().size()
            && arguments.positional().get(handOff.position()).equals(use);
    if (!handed) {
      return List.of();
    }
    CallArguments passed = passed(handOff, arguments, keyword == null);
    if (!last.equals("partial")) {
      return List.of(new HandedOn(call, passed));
    }
    PartialApplications.Uses uses = partials.of(call, passed);
    List<HandedOn> runs = new ArrayList<>();
    if (uses.escapes() || !uses.uncertain().isEmpty() || uses.applications().isEmpty()) {
      runs.add(new HandedOn(call, passed));
    }
    uses.applications().forEach(application -> runs.add(new HandedOn(application.call(), application.arguments())));
    return runs;
  }

  /**
   * Whether {@code callee} ({@code pool.apply}) is a method of a name that a {@code with} around
   * it binds to a pool, or that its nearest scope binding the name binds only to pools.
   */
  private boolean madeByPool(SyntaxNode callee) {
    SyntaxNode receiver = callee.type().equals("attribute") ? callee.field("object") : null;
    if (receiver == null || !receiver.type().equals("identifier")) {
      return false;
    }
    for (SyntaxNode around = callee.parent(); around != null && !ScopeIndex.isScope(around); around = around.parent()) {
      if (around.type().equals("with_statement") && withBindsPool(around, receiver)) {
        return true;
      }
    }
    for (SyntaxNode scope : Ancestry.scopeChain(callee)) {
      List<SyntaxNode> values = scopes.apply(scope).bindings(source.text(receiver));
      if (values != null) {
        return !values.isEmpty() && values.stream().allMatch(this::isPoolCall);
      }
    }
    return false;
  }

  /** {@code with Pool(4) as pool:} for {@code receiver} {@code pool}. */
  private boolean withBindsPool(SyntaxNode statement, SyntaxNode receiver) {
    for (SyntaxNode clause : statement.namedChildren()) {
      if (!clause.type().equals("with_clause")) {
        continue;
      }
      for (SyntaxNode item : clause.namedChildren()) {
        SyntaxNode value = item.type().equals("with_item") ? item.field("value") : null;
        SyntaxNode alias = value != null && value.type().equals("as_pattern") ? value.field("alias") : null;
        if (alias != null && source.text(alias).equals(source.text(receiver))
            && value.namedChildCount() > 0 && isPoolCall(value.namedChild(0))) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean isPoolCall(SyntaxNode value) {
    SyntaxNode function = value == null || !value.type().equals("call") ? null : value.field("function");
    if (function == null) {
      return false;
    }
    String callee = source.text(function);
    return POOLS.contains(callee.substring(callee.lastIndexOf('.') + 1));
  }

  /** A call that runs a handed-on function, and the arguments the function gets there. */
  record HandedOn(SyntaxNode call, CallArguments arguments) {
  }

  private CallArguments passed(HandOff handOff, CallArguments arguments, boolean functionByPosition) {
    int after = functionByPosition ? handOff.position() + 1 : 0;
    List<SyntaxNode> rest = arguments.positional().subList(Math.min(after, arguments.positional().size()),
        arguments.positional().size());
    return switch (handOff.style()) {
      case SPAWN -> spread(pick(rest, 0, arguments, "args"), null, true);
      case TARGET -> spread(arguments.keywords().get("args"), arguments.keywords().get("kwargs"), false);
      case APPLY -> spread(pick(rest, 0, arguments, "args"), pick(rest, 1, arguments, "kwds"), false);
      case REST -> {
        Map<String, SyntaxNode> keywords = new LinkedHashMap<>(arguments.keywords());
        if (handOff.keyword() != null) {
          keywords.remove(handOff.keyword());
        }
        yield new CallArguments(new ArrayList<>(rest), keywords, arguments.splat());
      }
    };
  }

  /** The argument written at {@code keyword}, else the {@code index}-th of those after the function. */
  private static SyntaxNode pick(List<SyntaxNode> rest, int index, CallArguments arguments, String keyword) {
    SyntaxNode named = arguments.keywords().get(keyword);
    return named != null ? named : index < rest.size() ? rest.get(index) : null;
  }

  /**
   * The function's arguments from a tuple (or list) of positional ones and a dictionary of keyword
   * ones, each written out as a literal; anything else passes what cannot be told (a splat). A
   * spawned function's first parameter is the process index, known only at run time.
   */
  private CallArguments spread(SyntaxNode tuple, SyntaxNode dictionary, boolean indexFirst) {
    List<SyntaxNode> positional = new ArrayList<>();
    if (indexFirst) {
      positional.add(null);
    }
    Map<String, SyntaxNode> keywords = new LinkedHashMap<>();
    SyntaxNode splat = null;
    if (tuple != null) {
      if (tuple.type().equals("tuple") || tuple.type().equals("list")) {
        for (SyntaxNode element : tuple.namedChildren()) {
          if (element.type().endsWith("splat")) {
            splat = element;
            break;
          }
          if (!element.type().equals("comment")) {
            positional.add(element);
          }
        }
      } else {
        splat = tuple;
      }
    }
    if (dictionary != null) {
      if (dictionary.type().equals("dictionary")) {
        for (SyntaxNode pair : dictionary.namedChildren()) {
          SyntaxNode key = pair.type().equals("pair") ? pair.field("key") : null;
          String name = key == null ? null : literal.apply(key);
          if (name != null && pair.field("value") != null) {
            keywords.put(name, pair.field("value"));
          } else if (!pair.type().equals("comment")) {
            splat = splat == null ? pair : splat;
          }
        }
      } else {
        splat = splat == null ? dictionary : splat;
      }
    }
    return new CallArguments(positional, keywords, splat);
  }
}
