package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The loaders a file holds as objects rather than calls where it names them: a {@code
 * functools.partial(loader, ...)}, or the loader bound to a name ({@link LoaderBindings}), a
 * partial that fixes nothing. The calls of the object ({@link PartialApplications}) are calls of
 * the loader, with the partial's arguments and their own; which usages they give is the
 * extractor's to say. One per file.
 */
final class HeldLoaders {
  private static final String PARTIAL = "functools.partial";
  private static final CallArguments NOTHING = new CallArguments(List.of(), Map.of(), null);

  /** The loaders a callee (or a function handed on) names at a place, as the extractor resolves callees. */
  interface Lookup {
    List<Loader> loaders(SyntaxNode at, SyntaxNode function);
  }

  private final PythonSource source;
  private final ImportTable imports;
  private final Lookup lookup;
  private final PartialApplications applications;
  /** The partial calls and bound values holding loaders, in the order found, with the loaders each holds. */
  private final Map<SyntaxNode, List<Loader>> loaders = new LinkedHashMap<>();
  private final Map<SyntaxNode, PartialApplications.Uses> uses = new HashMap<>();
  private final Set<SyntaxNode> bound = new HashSet<>();
  private final Set<SyntaxNode> called = new HashSet<>();
  /** Calls of a name that may hold the object, that are usages of their own callee. */
  private final Set<SyntaxNode> direct = new HashSet<>();

  HeldLoaders(PythonSource source, ImportTable imports, ExpressionEvaluator evaluator, Lookup lookup) {
    this.source = source;
    this.imports = imports;
    this.lookup = lookup;
    this.applications = new PartialApplications(source, evaluator::index, evaluator.attributes());
  }

  /** Notes {@code call} when it is a {@code partial} of a loader, and the calls of the object it makes. */
  void findPartial(SyntaxNode call) {
    SyntaxNode function = call.field("function");
    if (function == null || !isPartial(function, call)) {
      return;
    }
    CallArguments written = CallArguments.of(call, source);
    SyntaxNode wrapped = written.positional().isEmpty() ? null : written.positional().get(0);
    List<Loader> found = wrapped == null ? List.of() : lookup.loaders(call, wrapped);
    hold(call, found, PartialApplications.fixedBy(written));
  }

  /**
   * Notes a name bound to a loader, and the calls of the name. The references a conditional
   * chooses between are grouped as the classes a name may hold are ({@link
   * LibraryClasses#grouped}): one loader per signature, conditional on its tests only when some
   * branch loads nothing or another signature is reached too.
   */
  void findBinding(LoaderBindings.Binding binding) {
    List<LibraryClasses.Reached> each = new ArrayList<>();
    boolean everyChoiceLoads = true;
    for (LoaderBindings.Choice choice : binding.choices()) {
      SyntaxNode reference = choice.reference();
      List<Loader> found = lookup.loaders(reference, reference);
      everyChoiceLoads &= !found.isEmpty();
      for (Loader loader : found) {
        each.add(new LibraryClasses.Reached(loader.signature(), loader.qualified(),
            LoadingCall.bothTests(choice.condition(), loader.classCondition())));
      }
    }
    List<Loader> found = new ArrayList<>();
    for (LibraryClasses.Reached reached : LibraryClasses.grouped(each, everyChoiceLoads)) {
      found.add(new Loader(reached.signature(), reached.callee(), reached.condition()));
    }
    if (hold(binding.value(), found, NOTHING)) {
      bound.add(binding.value());
    }
  }

  private boolean hold(SyntaxNode holder, List<Loader> found, CallArguments fixed) {
    if (found.isEmpty()) {
      return false;
    }
    PartialApplications.Uses objectUses = applications.of(holder, fixed);
    loaders.put(holder, found);
    uses.put(holder, objectUses);
    objectUses.applications().forEach(application -> called.add(application.call()));
    for (SyntaxNode other : objectUses.uncertain()) {
      if (!lookup.loaders(other, other.field("function")).isEmpty()) {
        direct.add(other);
      }
    }
    return true;
  }

  /** The partial calls and bound values that hold a loader, in the order found. */
  Set<SyntaxNode> holders() {
    return loaders.keySet();
  }

  boolean isHolder(SyntaxNode node) {
    return loaders.containsKey(node);
  }

  /** The loaders {@code holder} holds. */
  List<Loader> loaders(SyntaxNode holder) {
    return loaders.get(holder);
  }

  /** The calls of the object {@code holder} makes. */
  PartialApplications.Uses uses(SyntaxNode holder) {
    return uses.get(holder);
  }

  /** Whether {@code call} calls a held loader, and so has its usages recorded with the holder's. */
  boolean isApplication(SyntaxNode call) {
    return called.contains(call);
  }

  /**
   * Whether the holder stands for calls of {@code loader} the file does not show: its object
   * escapes, is never called, or a name that may hold it is called where the call is no usage of
   * its own (a call whose callee names a loader through the imports is one already). Not so for a
   * class bound to a name, which the file names for much besides making one ({@code isinstance},
   * its attributes), so that only its calls count.
   */
  boolean standsForUnseenCalls(SyntaxNode holder, Loader loader) {
    PartialApplications.Uses objectUses = uses.get(holder);
    boolean unseen = objectUses.unused() || objectUses.escapes()
        || objectUses.uncertain().stream().anyMatch(call -> !direct.contains(call));
    return unseen && !(bound.contains(holder) && loader.isClass());
  }

  /** {@code functools.partial}, however the file imports it. */
  private boolean isPartial(SyntaxNode function, SyntaxNode call) {
    String dotted = ApiSequence.dottedName(function, source);
    if (dotted == null && function.type().equals("identifier")) {
      dotted = source.text(function);
    }
    if (dotted == null) {
      return false;
    }
    String qualified = imports.qualify(dotted, call);
    return PARTIAL.equals(qualified)
        || (qualified == null && dotted.equals("partial") && imports.starModules().contains("functools"));
  }
}
