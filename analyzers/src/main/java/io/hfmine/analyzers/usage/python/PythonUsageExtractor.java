package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.FileOutcome;
import io.hfmine.analyzers.usage.FileStatus;
import io.hfmine.analyzers.usage.Resolution;
import io.hfmine.analyzers.usage.SourceFile;
import io.hfmine.analyzers.usage.UsageRecord;
import io.hfmine.analyzers.usage.UsageSettings;
import io.hfmine.analyzers.usage.canonical.ModelIdCanonicalizer;
import io.hfmine.analyzers.usage.prefilter.KeywordAutomaton;
import io.hfmine.analyzers.usage.python.tree.PythonTreeParser;
import io.hfmine.analyzers.usage.python.tree.SyntaxNode;
import io.hfmine.analyzers.usage.python.tree.SyntaxTree;
import io.hfmine.analyzers.usage.resolve.ResolvedValue;
import io.hfmine.analyzers.usage.signatures.IdArgument;
import io.hfmine.analyzers.usage.signatures.PythonSignature;
import io.hfmine.analyzers.usage.signatures.SignatureCatalog;
import io.hfmine.analyzers.usage.signatures.Unprefixed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Finds the model-loading calls of one Python file with tree-sitter. One instance per thread.
 *
 * <p>Instead of visiting every node, it searches the bytes for the signatures' keywords (and
 * {@code import}, {@code class}, {@code add_argument}) and jumps to the nodes there: extraction
 * then costs little more than the parse itself. Scopes are indexed only where a loading call is.
 */
public final class PythonUsageExtractor implements AutoCloseable {
  private static final String IMPORT = "import";
  private static final String CLASS = "class";
  private static final String ADD_ARGUMENT = "add_argument";
  private static final String SET_DEFAULTS = "set_defaults";
  /** The parse calls whose literal argument lists give options values. */
  private static final List<String> PARSE_CALLS = List.of("parse_args", "parse_known_args");
  /** The kind of a usage whose repository is a dataset ({@code load_dataset}, {@code repo_type="dataset"}). */
  private static final String DATASET = "dataset";

  private final SignatureCatalog catalog;
  private final ModelIdCanonicalizer canonicalizer;
  private final UsageSettings settings;
  private final KeywordAutomaton automaton;
  private final Set<String> callKeywords;
  private final PythonTreeParser parser;
  private LocalModules localModules;

  public PythonUsageExtractor(SignatureCatalog catalog, ModelIdCanonicalizer canonicalizer, UsageSettings settings) {
    this.catalog = catalog;
    this.canonicalizer = canonicalizer;
    this.settings = settings;
    this.callKeywords = catalog.keywords();
    Set<String> all = new LinkedHashSet<>(callKeywords);
    all.add(IMPORT);
    all.add(CLASS);
    all.add(ADD_ARGUMENT);
    all.add(SET_DEFAULTS);
    all.addAll(PARSE_CALLS);
    this.automaton = new KeywordAutomaton(all);
    this.parser = PythonTreeParser.open(settings.nativeDirectory(), settings.treeSitterBinding());
  }

  /**
   * Follows star imports of the project's own modules ({@code from settings import *}) into the
   * files of {@code modules}, so names those modules import count in the importing file.
   */
  public void followLocalStarImports(LocalModules modules) {
    this.localModules = modules;
  }

  /** Parses one file; never throws for bad content (the outcome says what went wrong). */
  public FileOutcome extract(SourceFile file) {
    PythonSource source = PythonSource.of(file.content());
    SyntaxTree tree = parser.parse(source.bytes(), Duration.ofMillis(settings.parseTimeoutMillis()));
    if (tree == null) {
      return FileOutcome.skipped(FileStatus.TIMED_OUT, "parse exceeded " + settings.parseTimeoutMillis() + " ms");
    }
    try (tree) {
      Extracted extracted = usagesIn(file, tree.root(), source);
      String detail = extracted.cutShort() == 0 ? null
          : "%,d evaluation%s of an id cut short at %,d evaluation steps, left unknown".formatted(extracted.cutShort(),
              extracted.cutShort() == 1 ? "" : "s", ExpressionEvaluator.MAX_STEPS);
      return FileOutcome.parsed(extracted.usages(), tree.hasError(), detail);
    }
  }

  /** A file's usages, and how many of its evaluations ran out of steps ({@link ExpressionEvaluator#MAX_STEPS}). */
  private record Extracted(List<UsageRecord> usages, int cutShort) {
  }

  private Extracted usagesIn(SourceFile file, SyntaxNode root, PythonSource source) {
    byte[] bytes = source.bytes();
    List<String> keywords = automaton.keywords();
    Map<String, List<Integer>> offsets = new HashMap<>();
    automaton.forEachMatch(bytes, (k, start) -> {
      String keyword = keywords.get(k);
      if (isBounded(bytes, start, keyword)) {
        offsets.computeIfAbsent(keyword, x -> new ArrayList<>()).add(start);
      }
    });
    ImportTable imports = ImportTable.read(root, source, offsets.getOrDefault(IMPORT, List.of()));
    if (localModules != null && !imports.stars().isEmpty()) {
      importThroughLocalStars(file, imports);
    }
    for (int offset : offsets.getOrDefault(CLASS, List.of())) {
      SyntaxNode definition = ancestor(root, offset, CLASS.length(), 1, "class_definition");
      if (definition != null) {
        aliasLibrarySubclass(definition, imports, source);
      }
    }
    ArgparseDefaults argparse = new ArgparseDefaults();
    ClickOptions click = new ClickOptions(source, imports);
    ExpressionEvaluator evaluator = new ExpressionEvaluator(source, argparse, click);
    if (localModules != null) {
      // Once per name and file: the lookup probes the project's folders for the module.
      Map<String, Optional<String>> constants = new HashMap<>();
      evaluator.importedConstants(name -> constants.computeIfAbsent(name,
          n -> Optional.ofNullable(importedConstant(file, imports, n))).orElse(null));
      Map<String, Optional<List<String>>> lists = new HashMap<>();
      evaluator.importedLists(name -> lists.computeIfAbsent(name,
          n -> Optional.ofNullable(importedList(file, imports, n))).orElse(null));
      if (!imports.stars().isEmpty()) {
        Map<String, Optional<String>> starred = new HashMap<>();
        evaluator.starConstants(name -> starred.computeIfAbsent(name,
            n -> Optional.ofNullable(starConstant(file, imports, n))).orElse(null));
      }
    }
    for (String method : List.of(ADD_ARGUMENT, SET_DEFAULTS)) {
      for (int offset : offsets.getOrDefault(method, List.of())) {
        SyntaxNode call = enclosingCall(root, offset, method.length());
        if (call != null) {
          argparse.add(call, method, source, evaluator);
        }
      }
    }
    for (String method : PARSE_CALLS) {
      for (int offset : offsets.getOrDefault(method, List.of())) {
        SyntaxNode call = enclosingCall(root, offset, method.length());
        SyntaxNode function = call == null ? null : call.field("function");
        SyntaxNode named = function != null && function.type().equals("attribute") ? function.field("attribute") : null;
        if (named != null && named.start() == offset) {
          argparse.addParse(call, source, evaluator);
        }
      }
    }
    TreeMap<Long, SyntaxNode> calls = new TreeMap<>();
    // A loader's word that no call holds may name a loader bound to a name (load = AutoModel.from_pretrained).
    List<int[]> uncalled = new ArrayList<>();
    for (String keyword : callKeywords) {
      for (int offset : offsets.getOrDefault(keyword, List.of())) {
        addCall(root, offset, keyword.length(), calls, uncalled);
      }
    }
    // Names imported under an alias (from x import pipeline as pl) do not contain the keyword at the call.
    List<String> aliases = new ArrayList<>();
    for (Map.Entry<String, String> entry : imports.allBindings()) {
      String local = entry.getKey();
      String target = entry.getValue();
      String last = target.substring(target.lastIndexOf('.') + 1);
      if (local.isEmpty()) {
        continue;
      }
      boolean renamed = !local.equals(last) && (callKeywords.contains(last) || catalog.isLibraryModule(target));
      // A loader searched by another word than its name (spacy.load, searched as `spacy`) is
      // called by its bare name after `from spacy import load`, where that word is not at the call.
      boolean bareUnderOtherWord = local.equals(last) && !callKeywords.contains(last)
          && catalog.match(catalog.publicName(target)).isPresent();
      // A pipeline package's own call (en_core_web_sm.load()) holds no word a loader is searched by.
      boolean loadsItself = target.indexOf('.') < 0 && catalog.loadsItself(target);
      if ((renamed || bareUnderOtherWord || loadsItself) && !aliases.contains(local)) {
        aliases.add(local);
      }
    }
    if (!aliases.isEmpty()) {
      NameScanner scanner = new NameScanner(aliases);
      scanner.forEachOccurrence(bytes, 0, bytes.length,
          (n, offset) -> addCall(root, offset, aliases.get(n).length(), calls, uncalled));
    }
    List<LoadingCall> loading = new ArrayList<>();
    LibraryClasses libraryClasses = new LibraryClasses(evaluator, imports, catalog);
    HeldLoaders held = new HeldLoaders(source, imports, evaluator,
        (at, function) -> loaders(at, function, imports, libraryClasses, source, evaluator::index));
    for (SyntaxNode call : calls.values()) {
      held.findPartial(call);
    }
    for (int[] word : uncalled) {
      LoaderBindings.Binding binding = LoaderBindings.at(root, word[0], word[1], source);
      if (binding != null) {
        held.findBinding(binding);
      }
    }
    for (SyntaxNode call : calls.values()) {
      if (!held.isHolder(call) && !held.isApplication(call)) {
        for (Loader loader : loaders(call, call.field("function"), imports, libraryClasses, source, evaluator::index)) {
          match(call, CallArguments.of(call, source), assignmentTarget(call, source), loader, evaluator, source,
              loading);
        }
      }
    }
    for (SyntaxNode holder : held.holders()) {
      heldLoads(holder, held, evaluator, source, loading);
    }
    // The held loaders' usages come last: the file's order again, each call's usages kept together.
    loading.sort(Comparator.comparingInt((LoadingCall l) -> l.call().start()).thenComparingInt(l -> l.call().end()));
    return new Extracted(records(file, loading, imports, source), evaluator.cutShort() + libraryClasses.cutShort());
  }

  /**
   * The usages of a held loader: at each call of the object that writes the id itself (or the
   * splat standing for it), with the partial's arguments and that call's; once at the partial for
   * the calls that take the id from the partial (with the first such call's arguments). A holder
   * that fixes nothing (a bound name) holds no id, so each of its calls is a usage of its own. A
   * holder that stands for calls the file does not show ({@link HeldLoaders#standsForUnseenCalls})
   * is a load too: the partial's arguments and an unknown rest, so a missing id is unknown, never
   * dropped. A call of a name that holds the object or something else, whose callee names a
   * loader through the imports ({@code download = partial(download, ...)} in a {@code try} whose
   * handler binds {@code None}), is its own usage, as before.
   */
  private void heldLoads(SyntaxNode holder, HeldLoaders held, ExpressionEvaluator evaluator,
      PythonSource source, List<LoadingCall> out) {
    PartialApplications.Uses objectUses = held.uses(holder);
    CallArguments fixed = objectUses.fixed();
    boolean fixesNothing = fixed.positional().isEmpty() && fixed.keywords().isEmpty() && fixed.splat() == null;
    for (Loader loader : held.loaders(holder)) {
      CallArguments atHolder = null;
      for (PartialApplications.Application application : objectUses.applications()) {
        if (fixesNothing || application.writtenHere(idSource(loader.signature(), application.arguments()))) {
          match(application.call(), application.arguments(), assignmentTarget(application.call(), source), loader,
              evaluator, source, out);
        } else if (atHolder == null) {
          atHolder = application.arguments();
        }
      }
      if (held.standsForUnseenCalls(holder, loader)) {
        atHolder = new CallArguments(fixed.positional(), fixed.keywords(),
            fixed.splat() != null ? fixed.splat() : holder);
      }
      if (atHolder != null) {
        match(holder, atHolder, null, loader, evaluator, source, out);
      }
    }
  }

  /** The argument a loader's id comes from among {@code arguments}: the id's own, else a splat; null when none. */
  private static SyntaxNode idSource(PythonSignature sig, CallArguments arguments) {
    if (sig.id().fromModule()) {
      return null;
    }
    SyntaxNode id = arguments.find(sig.id().position(), sig.id().keyword());
    return id != null ? id : arguments.splat();
  }

  /**
   * Enters the library names a star import of a project module brings in: {@code AutoModel}
   * after {@code from settings import *} where {@code settings.py} has {@code from transformers
   * import AutoModel}. The file's own imports win over them.
   */
  private void importThroughLocalStars(SourceFile file, ImportTable imports) {
    for (ImportTable.StarImport star : List.copyOf(imports.stars())) {
      if (star.level() == 0 && catalog.isLibraryModule(star.module())) {
        continue;
      }
      LocalModules.Exports exports = localModules.exports(file.path(), star, this::moduleImports);
      exports.names().forEach((local, qualified) -> {
        if (catalog.isLibraryModule(qualified)) {
          imports.alias(local, qualified);
        }
      });
      for (String module : exports.libraryStars()) {
        if (catalog.isLibraryModule(module)) {
          imports.addStarModule(module);
        }
      }
    }
  }

  /**
   * The string a name holds that the file imports by name from one of the project's modules
   * ({@code from config import MODEL_NAME}); null for a library module's name, when the module
   * does not bind it to one string for good, or when a star import after the import may bind the
   * name again.
   */
  private String importedConstant(SourceFile file, ImportTable imports, String name) {
    ImportTable.FromImport from = projectImport(file, imports, name);
    return from == null ? null : localModules.constant(file.path(), from.module(), from.name(), this::moduleImports);
  }

  /**
   * The strings of the list a name holds that the file imports by name from one of the
   * project's modules ({@code from nets import SMALL_NETS}), on the same terms as {@link
   * #importedConstant}.
   */
  private List<String> importedList(SourceFile file, ImportTable imports, String name) {
    ImportTable.FromImport from = projectImport(file, imports, name);
    return from == null ? null : localModules.stringList(file.path(), from.module(), from.name(), this::moduleImports);
  }

  /**
   * The import by name that binds {@code name} from one of the project's modules, when no star
   * import after it may bind the name again; null otherwise (a library's name too).
   */
  private ImportTable.FromImport projectImport(SourceFile file, ImportTable imports, String name) {
    ImportTable.FromImport from = imports.fromImport(name);
    if (from == null || (from.module().level() == 0 && catalog.isLibraryModule(from.module().module()))) {
      return null;
    }
    for (ImportTable.StarImport star : imports.starsAfter(from.at())) {
      if (localModules.starMayBind(file.path(), star, name, this::moduleImports)) {
        return null;
      }
    }
    return from;
  }

  /**
   * The string a name holds that no scope of the file binds and that a star import of one of the
   * project's modules brings ({@code from config import *}): the last star import that may bind
   * the name decides, as Python runs them in order; null when that is a library's (which may bind
   * anything) or the module does not bind the name to one string for good.
   */
  private String starConstant(SourceFile file, ImportTable imports, String name) {
    List<ImportTable.StarImport> stars = imports.stars();
    for (int i = stars.size() - 1; i >= 0; i--) {
      ImportTable.StarImport star = stars.get(i);
      if (star.level() == 0 && catalog.isLibraryModule(star.module())) {
        return null;
      }
      if (localModules.starMayBind(file.path(), star, name, this::moduleImports)) {
        return localModules.starConstant(file.path(), star, name, this::moduleImports);
      }
    }
    return null;
  }

  /** A project module's module-level imports, parsed with this thread's parser. */
  private LocalModules.ModuleImports moduleImports(byte[] content) {
    PythonSource source = PythonSource.of(content);
    SyntaxTree tree = parser.parse(source.bytes(), Duration.ofMillis(settings.parseTimeoutMillis()));
    if (tree == null) {
      return null;
    }
    try (tree) {
      return ModuleImportsReader.read(tree.root(), source);
    }
  }

  /**
   * The loaders {@code function} (a callee, or a function handed to {@code partial}) names at
   * {@code at}: through the file's imports, or a name or lookup holding a library class.
   */
  private List<Loader> loaders(SyntaxNode at, SyntaxNode function, ImportTable imports,
      LibraryClasses libraryClasses, PythonSource source, Function<SyntaxNode, ScopeIndex> scopes) {
    String dotted = function == null ? null : ApiSequence.dottedName(function, source);
    if (dotted == null && function != null && function.type().equals("identifier")) {
      dotted = source.text(function);
    }
    String asClass = function == null ? null : ClassReceivers.asClassCallee(function, source);
    if (asClass != null && imports.qualify(asClass, at) != null) {
      dotted = asClass; // cls.from_pretrained in a factory of a class built on a library model
    }
    if (dotted == null) {
      if (function != null && function.type().equals("attribute") && function.field("object") != null) {
        // A loader called on a lookup that holds a library class (TOKENIZERS[kind].from_pretrained).
        return classLoaders(function, libraryClasses, source);
      }
      return List.of();
    }
    String qualified = imports.qualify(dotted, at);
    int dot = dotted.indexOf('.');
    // A name a function around the call binds itself is not the file's import of it, nor a star import's.
    boolean shadowed = qualified != null
        && ImportShadows.hidden(at, dot < 0 ? dotted : dotted.substring(0, dot), source, scopes);
    qualified = qualified == null || shadowed ? null : catalog.publicName(qualified);
    Optional<PythonSignature> signature = qualified == null ? Optional.empty() : catalog.match(qualified);
    if (signature.isEmpty() && qualified == null && !shadowed) {
      for (String module : imports.starModules()) {
        String candidate = catalog.publicName(module + "." + dotted);
        signature = catalog.match(candidate);
        if (signature.isPresent()) {
          qualified = candidate;
          break;
        }
      }
    }
    if (signature.isPresent()) {
      return List.of(new Loader(signature.get(), qualified, null));
    } else if (qualified == null && function.type().equals("attribute") && function.field("object") != null) {
      // A loader called on a name holding a library class (model_class.from_pretrained).
      return classLoaders(function, libraryClasses, source);
    }
    return List.of();
  }

  private static List<Loader> classLoaders(SyntaxNode function, LibraryClasses libraryClasses, PythonSource source) {
    String method = source.text(function.field("attribute"));
    List<Loader> out = new ArrayList<>();
    for (LibraryClasses.Reached reached : libraryClasses.reached(function.field("object"), method)) {
      out.add(new Loader(reached.signature(), reached.callee(), reached.condition()));
    }
    return out;
  }

  /**
   * The usages of a call of a loader, recorded at {@code call}, with the arguments the loader gets
   * there and the name its result is assigned to ({@code target}, or null).
   */
  private void match(SyntaxNode call, CallArguments arguments, String target, Loader loader,
      ExpressionEvaluator evaluator, PythonSource source, List<LoadingCall> out) {
    PythonSignature sig = loader.signature();
    String qualified = loader.qualified();
    String classCondition = loader.classCondition();
    String required = null;
    if (sig.require() != null) {
      required = requirement(sig, arguments, evaluator);
      if (required == null) {
        return;
      }
    }
    List<String> keywordArgs = List.copyOf(arguments.keywords().keySet());
    List<String> keywordValues = keywordValues(arguments, evaluator, source);
    String kind = kindOf(sig, arguments, evaluator);
    SyntaxNode idNode = sig.id().fromModule() ? null : arguments.find(sig.id().position(), sig.id().keyword());
    List<ExpressionEvaluator.Alternative> values;
    if (sig.id().fromModule()) {
      String module = qualified.substring(0, qualified.indexOf('.'));
      if (sig.hubName().hubIdOf(module) == null) { // the catalog requires a pattern for such an entry
        return; // a module of the project or another library that only looks like a pipeline package
      }
      values = List.of(new ExpressionEvaluator.Alternative(new ResolvedValue(module, Resolution.LITERAL), null));
    } else if (idNode != null) {
      values = evaluator.reachingAlternatives(idNode);
    } else if (arguments.splat() != null) {
      values = List.of(new ExpressionEvaluator.Alternative(ResolvedValue.unknown(source.text(arguments.splat())), null));
    } else if (sig.recordWhenAbsent()) {
      values = List.of(new ExpressionEvaluator.Alternative(new ResolvedValue(null, Resolution.ABSENT), null));
    } else {
      return;
    }
    List<WeightsArgument.Tag> tags = sig.unprefixed() == Unprefixed.OPEN_CLIP
        ? WeightsArgument.tags(sig.weights(), arguments, evaluator, source, values.size()) : null;
    int combinations = 0;
    for (int i = 0; i < values.size(); i++) {
      ExpressionEvaluator.Alternative alternative = values.get(i);
      if (tags != null && idPrefix(sig, alternative.value()) == null) {
        // An open_clip architecture: one usage per tag it may load, each with the tests choosing both.
        for (WeightsArgument.Tag tag : tags) {
          LoadingCall made = openClipCall(call, sig, qualified, kind, alternative.value(), tag, keywordArgs,
              keywordValues, target);
          if (made != null) {
            int index = values.size() * tags.size() == 1 ? 0 : ++combinations;
            out.add(made.chosenBy(classCondition, 0).chosenBy(alternative.condition(), 0)
                .chosenBy(tag.condition(), index));
          }
        }
        continue;
      }
      LoadingCall primary = loadingCall(call, sig, qualified, kind, alternative.value(), arguments, evaluator, source,
          keywordArgs, keywordValues, target);
      if (primary != null) {
        LoadingCall allowed = required == null || required.isEmpty() ? primary : primary.chosenBy(required, 0);
        out.add(allowed.chosenBy(classCondition, 0)
            .chosenBy(alternative.condition(), values.size() == 1 ? 0 : i + 1));
      }
    }
    for (IdArgument extra : sig.extraIds()) {
      SyntaxNode extraNode = arguments.find(extra.position(), extra.keyword());
      if (extraNode == null) {
        continue;
      }
      List<ExpressionEvaluator.Alternative> extraValues = evaluator.reachingAlternatives(extraNode);
      for (int i = 0; i < extraValues.size(); i++) {
        ResolvedValue extraValue = extraValues.get(i).value();
        if ((extraValue.isComplete() && extra.admits(extraValue.text())) || extraValue.resolution() == Resolution.PATTERN) {
          String extraKind = extra.kind() == null ? kind : extra.kind();
          out.add(new LoadingCall(call, sig, qualified, extraKind, extraValue,
              canonical(extraValue.text(), sig, extraKind), keywordArgs, keywordValues, null,
              extra.keyword(), classCondition, 0)
              .chosenBy(extraValues.get(i).condition(), extraValues.size() == 1 ? 0 : i + 1));
        }
      }
    }
  }

  /**
   * Whether a required argument (torch.hub.load's repository) lets the call count: null when no
   * value it can take has the prefix, "" when every value has it, else the tests that choose a
   * value with it, so a repository picked by {@code a if c else b} is a conditional usage rather
   * than none.
   */
  private static String requirement(PythonSignature sig, CallArguments arguments, ExpressionEvaluator evaluator) {
    int position = sig.require().position();
    SyntaxNode node = position < arguments.positional().size() ? arguments.positional().get(position) : null;
    if (node == null) {
      return null;
    }
    String literal = evaluator.stringLiteral(node);
    if (literal != null) {
      return literal.startsWith(sig.require().prefix()) ? "" : null;
    }
    List<ExpressionEvaluator.Alternative> values = evaluator.alternatives(node);
    List<ExpressionEvaluator.Alternative> allowing = values.stream()
        .filter(a -> a.value().isComplete() && a.value().text().startsWith(sig.require().prefix()))
        .toList();
    if (allowing.isEmpty()) {
      return null;
    }
    if (allowing.size() == values.size()) {
      return "";
    }
    return String.join("; ", allowing.stream().map(ExpressionEvaluator.Alternative::condition).distinct().toList());
  }

  private LoadingCall loadingCall(SyntaxNode call, PythonSignature sig, String api, String kind, ResolvedValue value,
      CallArguments arguments, ExpressionEvaluator evaluator, PythonSource source, List<String> keywordArgs,
      List<String> keywordValues, String target) {
    if (!sig.countsAsUsage(value)) {
      return null; // a downloader of any URL given no Hub link
    }
    ResolvedValue id = value;
    String canonical = null;
    String condition = null;
    String prefix = idPrefix(sig, value);
    if (prefix != null) {
      id = new ResolvedValue(value.text().substring(prefix.length()), value.resolution());
    } else if (!sig.idPrefixes().isEmpty() && sig.unprefixed() == Unprefixed.SKIP) {
      return null; // open_clip's own names load nothing from the Hub
    } else if (!sig.idPrefixes().isEmpty() && sig.unprefixed() == Unprefixed.TIMM) {
      if (value.isComplete() && canonicalizer.timmLoadsNoWeights(value.text())) {
        return null; // timm has no weights for the architecture: pretrained=True initialises at random
      }
      // A timm architecture loads its weights from the Hub only when the flag says so.
      Flag flag = flag(sig, arguments, evaluator, source);
      if (flag.state() == Boolean.FALSE) {
        return null;
      }
      condition = flag.state() == null ? flag.text() : null;
      canonical = value.isComplete() ? canonicalizer.canonicalizeTimm(value.text()) : null;
      return new LoadingCall(call, sig, api, kind, id, canonical, keywordArgs, keywordValues, target, "id", condition, 0);
    }
    if (id.isComplete()) {
      if (sig.isLocalName(id.text())) {
        canonical = null; // a packaged builder (load_dataset("csv")) reads local files
      } else if (!sig.mayNameTheHub(id.text())) {
        canonical = null; // a single-file loader given anything but a Hub link reads a local file
      } else if (sig.hubName() != null) {
        canonical = canonicalizer.canonicalizeHubName(sig.hubName().hubIdOf(id.text()));
      } else {
        canonical = canonical(id.text(), sig, kind);
      }
    }
    return new LoadingCall(call, sig, api, kind, id, canonical, keywordArgs, keywordValues, target, "id", condition, 0);
  }

  /** The Hub id of a value: a dataset's may lack an owner, a model's only when it is a legacy id. */
  private String canonical(String written, PythonSignature sig, String kind) {
    return DATASET.equals(kind) ? canonicalizer.canonicalize(written, sig.namingLibrary())
        : canonicalizer.canonicalizeModel(written, sig.namingLibrary());
  }

  /** The signature's id prefix a value starts with ({@code hf-hub:}), or null. */
  private static String idPrefix(PythonSignature sig, ResolvedValue value) {
    boolean known = value.isComplete() || value.resolution() == Resolution.PATTERN;
    return known ? sig.idPrefixes().stream().filter(p -> value.text().startsWith(p)).findFirst().orElse(null) : null;
  }

  /**
   * The usage of an open_clip architecture with one pretrained tag: the Hub repository open_clip
   * downloads for the pair, resolved as surely as the weaker of the two; an id-less usage when
   * either is known only at run time (conditional on the tag's argument when the tag is); none
   * when both are known and open_clip has no such pair (a checkpoint file's path).
   */
  private LoadingCall openClipCall(SyntaxNode call, PythonSignature sig, String api, String kind,
      ResolvedValue architecture, WeightsArgument.Tag tag, List<String> keywordArgs, List<String> keywordValues,
      String target) {
    String condition = tag.runTime();
    ResolvedValue id = architecture;
    String canonical = null;
    if (architecture.isComplete() && tag.value().isComplete()) {
      String repository = canonicalizer.openClipRepository(architecture.text(), tag.value().text());
      if (repository == null) {
        return null;
      }
      id = architecture.downgradedTo(tag.value().resolution());
      canonical = canonicalizer.canonicalizeHubName(repository);
    }
    return new LoadingCall(call, sig, api, kind, id, canonical, keywordArgs, keywordValues, target, "id", condition, 0);
  }

  /** A flag argument's state: true, false, or null (known only at run time) with its text. */
  private record Flag(Boolean state, String text) {
  }

  private static Flag flag(PythonSignature sig, CallArguments arguments, ExpressionEvaluator evaluator,
      PythonSource source) {
    IdArgument spec = sig.flag();
    if (spec == null) {
      return new Flag(Boolean.TRUE, null);
    }
    WeightsArgument.Located located = WeightsArgument.locate(spec, arguments, evaluator);
    if (located.node() == null) {
      // Absent: the library's default (False), unless a splat may carry it.
      return located.absent() ? new Flag(Boolean.FALSE, null) : new Flag(null, source.text(located.splat()));
    }
    SyntaxNode node = located.node();
    ResolvedValue value = evaluator.evaluateValue(node);
    Boolean truth = evaluator.truth(value);
    String text = WeightsArgument.text(spec, node, source);
    if (truth == Boolean.FALSE && value.resolution() != Resolution.LITERAL && value.resolution() != Resolution.CONSTANT) {
      // False only by a default: the caller or the command line decides.
      return new Flag(null, text);
    }
    return new Flag(truth, truth == null ? text : null);
  }

  /** Each keyword argument's value: Python source, or a resolved string in double quotes. */
  private static List<String> keywordValues(CallArguments arguments, ExpressionEvaluator evaluator,
      PythonSource source) {
    List<String> values = new ArrayList<>(arguments.keywords().size());
    for (SyntaxNode node : arguments.keywords().values()) {
      ResolvedValue value = node.type().equals("string") || node.type().equals("identifier")
          || node.type().equals("attribute") || node.type().equals("binary_operator")
          ? evaluator.evaluate(node) : null;
      String text;
      if (value != null && value.isComplete()) {
        text = quoted(value.text());
      } else {
        text = source.text(node);
      }
      values.add(text.length() > ResolvedValue.MAX_TEXT ? text.substring(0, ResolvedValue.MAX_TEXT) + "…" : text);
    }
    return values;
  }

  private static String quoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static String kindOf(PythonSignature sig, CallArguments arguments, ExpressionEvaluator evaluator) {
    if (sig.kindKeyword() != null) {
      SyntaxNode node = arguments.keywords().get(sig.kindKeyword().keyword());
      String value = node == null ? null : evaluator.stringLiteral(node);
      if (value != null && sig.kindKeyword().values().containsKey(value)) {
        return sig.kindKeyword().values().get(value);
      }
    }
    return sig.kind();
  }

  private List<UsageRecord> records(SourceFile file, List<LoadingCall> loading, ImportTable imports,
      PythonSource source) {
    if (loading.isEmpty()) {
      return List.of();
    }
    Map<Long, String> apis = new HashMap<>();
    Map<Long, String> kinds = new HashMap<>();
    Map<String, String> tracked = new HashMap<>();
    for (LoadingCall call : loading) {
      apis.putIfAbsent(ApiSequence.key(call.call()), call.api());
      kinds.putIfAbsent(ApiSequence.key(call.call()), call.kind());
      if (call.target() != null && call.slot().equals("id")) {
        tracked.put(call.target(), call.kind());
      }
    }
    Map<Long, List<String>> sequences = new HashMap<>();
    List<SyntaxNode> loadingCalls = loading.stream().map(LoadingCall::call).toList();
    Set<String> names = new LinkedHashSet<>(tracked.keySet());
    imports.allBindings().forEach(binding -> names.add(binding.getKey()));
    names.removeIf(String::isEmpty);
    NameScanner nameScanner = names.isEmpty() ? null : new NameScanner(names);
    List<UsageRecord> records = new ArrayList<>();
    for (LoadingCall call : loading) {
      SnippetScope scope = SnippetScope.of(call.call(), source, settings.snippetMaxLines(),
          settings.moduleWindowStatements());
      List<SyntaxNode> roots = scope.roots();
      long key = scope.key();
      if (call.target() != null && call.target().startsWith("self.")) {
        // An object kept on self is used in the class's other methods: follow it there.
        SyntaxNode owner = Ancestry.enclosingClass(call.call());
        if (owner != null) {
          roots = List.of(owner);
          key = owner.start() + (1L << 40);
        }
      }
      List<SyntaxNode> sequenceRoots = roots;
      List<String> sequence = sequences.computeIfAbsent(key,
          k -> ApiSequence.of(sequenceRoots, loadingCalls, apis, kinds, tracked, nameScanner, imports, source,
              settings.apiSequenceLimit()));
      SyntaxNode node = call.call();
      int line = node.startRow() + 1;
      int col = node.startColumn() + 1;
      records.add(new UsageRecord(
          UsageRecord.idOf(file.origin(), line, col, call.api(), call.idSlot()),
          file.repository(), file.path(), file.blobSha(), "python", line, col,
          call.signature().library(), call.api(), call.kind(), call.value().text(), call.canonicalId(),
          call.value().resolution(), call.condition(), call.keywordArgs(), call.keywordValues(), sequence,
          scope.snippet()));
    }
    return records;
  }

  /** {@code model} in {@code model = AutoModel.from_pretrained(...).to(device)}, or {@code self.model}. */
  private static String assignmentTarget(SyntaxNode call, PythonSource source) {
    SyntaxNode current = call;
    SyntaxNode parent = current.parent();
    while (parent != null) {
      String type = parent.type();
      if (type.equals("attribute") || type.equals("await") || type.equals("parenthesized_expression")) {
        SyntaxNode grand = parent.parent();
        if (type.equals("attribute") && (grand == null || !grand.type().equals("call"))) {
          return null;
        }
        current = type.equals("attribute") ? grand : parent;
        parent = current.parent();
        continue;
      }
      break;
    }
    if (parent == null || !parent.type().equals("assignment")) {
      return null;
    }
    SyntaxNode right = parent.field("right");
    SyntaxNode left = parent.field("left");
    if (right == null || left == null || right.start() != current.start()) {
      return null;
    }
    if (left.type().equals("identifier")) {
      return source.text(left);
    }
    if (left.type().equals("attribute")) {
      String dotted = ApiSequence.dottedName(left, source);
      return dotted != null && dotted.startsWith("self.") && dotted.indexOf('.', 5) < 0 ? dotted : null;
    }
    return null;
  }

  private void aliasLibrarySubclass(SyntaxNode definition, ImportTable imports, PythonSource source) {
    SyntaxNode name = definition.field("name");
    SyntaxNode bases = definition.field("superclasses");
    if (name == null || bases == null) {
      return;
    }
    for (SyntaxNode base : bases.namedChildren()) {
      String dotted = ApiSequence.dottedName(base, source);
      if (dotted == null && base.type().equals("identifier")) {
        dotted = source.text(base);
      }
      String qualified = dotted == null ? null : imports.qualify(dotted, base);
      if (qualified != null && catalog.isLibraryModule(qualified)) {
        // Only a base with loading methods of its own counts (torch.nn.Module has none).
        for (String keyword : callKeywords) {
          if (catalog.match(qualified + "." + keyword).isPresent()) {
            imports.alias(source.text(name), qualified);
            return;
          }
        }
      }
    }
  }

  /**
   * Adds the call whose callee (or, for prefix keywords, whose arguments) holds the keyword; when
   * none does, notes the keyword's place in {@code uncalled}.
   */
  private static void addCall(SyntaxNode root, int offset, int length, TreeMap<Long, SyntaxNode> calls,
      List<int[]> uncalled) {
    SyntaxNode call = enclosingCall(root, offset, length);
    if (call != null) {
      calls.putIfAbsent(((long) call.start() << 32) | call.end(), call);
    } else {
      uncalled.add(new int[] {offset, length});
    }
  }

  private static SyntaxNode enclosingCall(SyntaxNode root, int offset, int length) {
    return ancestor(root, offset, length, 5, "call");
  }

  private static SyntaxNode ancestor(SyntaxNode root, int offset, int length, int maxHops,
      String... types) {
    SyntaxNode node = root.descendantForByteRange(offset, offset + length);
    for (int hops = 0; node != null && hops <= maxHops; hops++) {
      String type = node.type();
      for (String wanted : types) {
        if (type.equals(wanted)) {
          return node;
        }
      }
      if (type.equals("module") || type.equals("block")) {
        return null;
      }
      node = node.parent();
    }
    return null;
  }

  /** A keyword counts only as a whole word; a keyword ending in punctuation ({@code huggingface/}) is open there. */
  private static boolean isBounded(byte[] bytes, int start, String keyword) {
    boolean before = start == 0 || !NameScanner.isIdentifierByte(bytes[start - 1])
        || !Character.isJavaIdentifierPart(keyword.charAt(0));
    int end = start + keyword.length();
    boolean after = end >= bytes.length || !NameScanner.isIdentifierByte(bytes[end])
        || !Character.isJavaIdentifierPart(keyword.charAt(keyword.length() - 1));
    return before && after;
  }

  @Override
  public void close() {
    parser.close();
  }
}
