package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.FileOutcome;
import io.hfmine.analyzers.usage.FileStatus;
import io.hfmine.analyzers.usage.Resolution;
import io.hfmine.analyzers.usage.SourceFile;
import io.hfmine.analyzers.usage.UsageRecord;
import io.hfmine.analyzers.usage.UsageSettings;
import io.hfmine.analyzers.usage.canonical.ModelIdCanonicalizer;
import io.hfmine.analyzers.usage.prefilter.KeywordAutomaton;
import io.hfmine.analyzers.usage.resolve.ResolvedValue;
import io.hfmine.analyzers.usage.signatures.IdArgument;
import io.hfmine.analyzers.usage.signatures.PythonSignature;
import io.hfmine.analyzers.usage.signatures.SignatureCatalog;
import io.hfmine.analyzers.usage.signatures.Unprefixed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.treesitter.TSNode;
import org.treesitter.TSTree;

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

  private final SignatureCatalog catalog;
  private final ModelIdCanonicalizer canonicalizer;
  private final UsageSettings settings;
  private final KeywordAutomaton automaton;
  private final Set<String> callKeywords;
  private final PythonParser parser;

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
    this.automaton = new KeywordAutomaton(all);
    TreeSitterNatives.install(settings.nativeDirectory());
    this.parser = new PythonParser();
  }

  /** Parses one file; never throws for bad content (the outcome says what went wrong). */
  public FileOutcome extract(SourceFile file) {
    PythonSource source = PythonSource.of(file.content());
    TSTree tree = parser.parse(source.bytes(), Duration.ofMillis(settings.parseTimeoutMillis()));
    if (tree == null) {
      return FileOutcome.skipped(FileStatus.TIMED_OUT, "parse exceeded " + settings.parseTimeoutMillis() + " ms");
    }
    try {
      TSNode root = tree.getRootNode();
      boolean syntaxErrors = root.hasError();
      return FileOutcome.parsed(NodeMemo.during(() -> usagesIn(file, root, source, new Ancestry())), syntaxErrors);
    } finally {
      tree.close();
    }
  }

  private List<UsageRecord> usagesIn(SourceFile file, TSNode root, PythonSource source, Ancestry ancestry) {
    byte[] bytes = source.bytes();
    List<String> keywords = automaton.keywords();
    Map<String, List<Integer>> offsets = new HashMap<>();
    automaton.forEachMatch(bytes, (k, start) -> {
      String keyword = keywords.get(k);
      if (isBounded(bytes, start, keyword)) {
        offsets.computeIfAbsent(keyword, x -> new ArrayList<>()).add(start);
      }
    });
    ImportTable imports = new ImportTable();
    for (int offset : offsets.getOrDefault(IMPORT, List.of())) {
      TSNode statement = ancestor(root, ancestry, offset, IMPORT.length(), 3, "import_statement", "import_from_statement");
      if (statement != null) {
        imports.add(statement, source);
      }
    }
    for (int offset : offsets.getOrDefault(CLASS, List.of())) {
      TSNode definition = ancestor(root, ancestry, offset, CLASS.length(), 1, "class_definition");
      if (definition != null) {
        aliasLibrarySubclass(definition, imports, source);
      }
    }
    ArgparseDefaults argparse = new ArgparseDefaults();
    ExpressionEvaluator evaluator = new ExpressionEvaluator(source, argparse, ancestry);
    for (String method : List.of(ADD_ARGUMENT, SET_DEFAULTS)) {
      for (int offset : offsets.getOrDefault(method, List.of())) {
        TSNode call = enclosingCall(root, ancestry, offset, method.length());
        if (call != null) {
          argparse.add(call, method, source, evaluator);
        }
      }
    }
    TreeMap<Long, TSNode> calls = new TreeMap<>();
    for (String keyword : callKeywords) {
      for (int offset : offsets.getOrDefault(keyword, List.of())) {
        addCall(root, ancestry, offset, keyword.length(), calls);
      }
    }
    // Names imported under an alias (from x import pipeline as pl) do not contain the keyword at the call.
    for (Map.Entry<String, String> entry : imports.names().entrySet()) {
      String local = entry.getKey();
      String target = entry.getValue();
      String last = target.substring(target.lastIndexOf('.') + 1);
      if (!local.equals(last) && (callKeywords.contains(last) || catalog.isLibraryModule(target))) {
        for (int offset : wordOffsets(bytes, local)) {
          addCall(root, ancestry, offset, local.length(), calls);
        }
      }
    }
    List<LoadingCall> loading = new ArrayList<>();
    for (TSNode call : calls.values()) {
      match(call, imports, evaluator, source, ancestry, loading);
    }
    return records(file, loading, imports, source, ancestry);
  }

  private void match(TSNode call, ImportTable imports, ExpressionEvaluator evaluator, PythonSource source,
      Ancestry ancestry, List<LoadingCall> out) {
    TSNode function = PythonSource.field(call, "function");
    String dotted = function == null ? null : ApiSequence.dottedName(function, source);
    if (dotted == null && function != null && NodeMemo.type(function).equals("identifier")) {
      dotted = source.text(function);
    }
    if (dotted == null) {
      return;
    }
    String qualified = imports.qualify(dotted);
    Optional<PythonSignature> signature = qualified == null ? Optional.empty() : catalog.match(qualified);
    if (signature.isEmpty() && qualified == null) {
      for (String module : imports.starModules()) {
        signature = catalog.match(module + "." + dotted);
        if (signature.isPresent()) {
          qualified = module + "." + dotted;
          break;
        }
      }
    }
    if (signature.isEmpty()) {
      return;
    }
    PythonSignature sig = signature.get();
    CallArguments arguments = CallArguments.of(call, source);
    if (sig.require() != null) {
      TSNode required = sig.require().position() < arguments.positional().size()
          ? arguments.positional().get(sig.require().position()) : null;
      String text = required == null ? null : evaluator.stringLiteral(required);
      if (text == null) {
        ResolvedValue value = required == null ? null : evaluator.evaluate(required);
        text = value != null && value.isComplete() ? value.text() : null;
      }
      if (text == null || !text.startsWith(sig.require().prefix())) {
        return;
      }
    }
    List<String> keywordArgs = List.copyOf(arguments.keywords().keySet());
    String target = assignmentTarget(call, source, ancestry);
    String kind = kindOf(sig, arguments, evaluator);
    TSNode idNode = arguments.find(sig.id().position(), sig.id().keyword());
    ResolvedValue value;
    if (idNode != null) {
      value = evaluator.evaluate(idNode);
    } else if (arguments.splat() != null) {
      value = ResolvedValue.unknown(source.text(arguments.splat()));
    } else if (sig.recordWhenAbsent()) {
      value = new ResolvedValue(null, Resolution.ABSENT);
    } else {
      return;
    }
    LoadingCall primary = loadingCall(call, sig, qualified, kind, value, arguments, keywordArgs, target, "id");
    if (primary != null) {
      out.add(primary);
    }
    for (IdArgument extra : sig.extraIds()) {
      TSNode extraNode = arguments.find(extra.position(), extra.keyword());
      if (extraNode != null) {
        ResolvedValue extraValue = evaluator.evaluate(extraNode);
        if (extraValue.isComplete() || extraValue.resolution() == Resolution.PATTERN) {
          String extraKind = extra.kind() == null ? kind : extra.kind();
          out.add(new LoadingCall(call, sig, qualified, extraKind, extraValue,
              canonicalizer.canonicalize(extraValue.text(), sig.library()), keywordArgs, null, extra.keyword()));
        }
      }
    }
  }

  private LoadingCall loadingCall(TSNode call, PythonSignature sig, String api, String kind, ResolvedValue value,
      CallArguments arguments, List<String> keywordArgs, String target, String slot) {
    ResolvedValue id = value;
    String canonical = null;
    if (value.isComplete() || value.resolution() == Resolution.PATTERN) {
      String prefix = sig.idPrefixes().stream().filter(p -> value.text().startsWith(p)).findFirst().orElse(null);
      if (prefix != null) {
        id = new ResolvedValue(value.text().substring(prefix.length()), value.resolution());
      } else if (!sig.idPrefixes().isEmpty()) {
        if (sig.unprefixed() == Unprefixed.SKIP) {
          return null;
        }
        if (sig.unprefixed() == Unprefixed.TIMM) {
          TSNode pretrained = arguments.keywords().get("pretrained");
          if (pretrained == null || !NodeMemo.type(pretrained).equals("true")) {
            return null; // an architecture without pretrained weights loads nothing from the Hub
          }
          canonical = value.isComplete() ? canonicalizer.canonicalizeTimm(value.text()) : null;
          return new LoadingCall(call, sig, api, kind, id, canonical, keywordArgs, target, slot);
        }
      }
      if (id.isComplete()) {
        canonical = canonicalizer.canonicalize(id.text(), sig.library());
      }
    } else if (sig.unprefixed() == Unprefixed.SKIP) {
      return null;
    }
    return new LoadingCall(call, sig, api, kind, id, canonical, keywordArgs, target, slot);
  }

  private static String kindOf(PythonSignature sig, CallArguments arguments, ExpressionEvaluator evaluator) {
    if (sig.kindKeyword() != null) {
      TSNode node = arguments.keywords().get(sig.kindKeyword().keyword());
      String value = node == null ? null : evaluator.stringLiteral(node);
      if (value != null && sig.kindKeyword().values().containsKey(value)) {
        return sig.kindKeyword().values().get(value);
      }
    }
    return sig.kind();
  }

  private List<UsageRecord> records(SourceFile file, List<LoadingCall> loading, ImportTable imports,
      PythonSource source, Ancestry ancestry) {
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
    List<TSNode> loadingCalls = loading.stream().map(LoadingCall::call).toList();
    Set<String> names = new LinkedHashSet<>(tracked.keySet());
    names.addAll(imports.names().keySet());
    names.removeIf(String::isEmpty);
    KeywordAutomaton nameAutomaton = names.isEmpty() ? null : new KeywordAutomaton(names);
    List<UsageRecord> records = new ArrayList<>();
    for (LoadingCall call : loading) {
      SnippetScope scope = SnippetScope.of(call.call(), source, ancestry, settings.snippetMaxLines(),
          settings.moduleWindowStatements());
      List<TSNode> roots = scope.roots();
      long key = scope.key();
      if (call.target() != null && call.target().startsWith("self.")) {
        // An object kept on self is used in the class's other methods: follow it there.
        TSNode owner = ancestry.enclosingClass(call.call());
        if (owner != null) {
          roots = List.of(owner);
          key = NodeMemo.start(owner) + (1L << 40);
        }
      }
      List<TSNode> sequenceRoots = roots;
      List<String> sequence = sequences.computeIfAbsent(key,
          k -> ApiSequence.of(sequenceRoots, loadingCalls, apis, kinds, tracked, nameAutomaton, imports, source,
              ancestry, settings.apiSequenceLimit()));
      TSNode node = call.call();
      int line = node.getStartPoint().getRow() + 1;
      int col = node.getStartPoint().getColumn() + 1;
      records.add(new UsageRecord(
          UsageRecord.idOf(file.origin(), line, col, call.api(), call.slot()),
          file.repository(), file.path(), file.blobSha(), "python", line, col,
          call.signature().library(), call.api(), call.kind(), call.value().text(), call.canonicalId(),
          call.value().resolution(), call.keywordArgs(), sequence, scope.snippet()));
    }
    return records;
  }

  /** {@code model} in {@code model = AutoModel.from_pretrained(...).to(device)}, or {@code self.model}. */
  private static String assignmentTarget(TSNode call, PythonSource source, Ancestry ancestry) {
    TSNode current = call;
    TSNode parent = ancestry.parent(current);
    while (parent != null) {
      String type = ancestry.type(parent);
      if (type.equals("attribute") || type.equals("await") || type.equals("parenthesized_expression")) {
        TSNode grand = ancestry.parent(parent);
        if (type.equals("attribute") && (grand == null || !ancestry.type(grand).equals("call"))) {
          return null;
        }
        current = type.equals("attribute") ? grand : parent;
        parent = ancestry.parent(current);
        continue;
      }
      break;
    }
    if (parent == null || !NodeMemo.type(parent).equals("assignment")) {
      return null;
    }
    TSNode right = PythonSource.field(parent, "right");
    TSNode left = PythonSource.field(parent, "left");
    if (right == null || left == null || NodeMemo.start(right) != NodeMemo.start(current)) {
      return null;
    }
    if (NodeMemo.type(left).equals("identifier")) {
      return source.text(left);
    }
    if (NodeMemo.type(left).equals("attribute")) {
      String dotted = ApiSequence.dottedName(left, source);
      return dotted != null && dotted.startsWith("self.") && dotted.indexOf('.', 5) < 0 ? dotted : null;
    }
    return null;
  }

  private void aliasLibrarySubclass(TSNode definition, ImportTable imports, PythonSource source) {
    TSNode name = PythonSource.field(definition, "name");
    TSNode bases = PythonSource.field(definition, "superclasses");
    if (name == null || bases == null) {
      return;
    }
    for (TSNode base : PythonSource.namedChildren(bases)) {
      String dotted = ApiSequence.dottedName(base, source);
      if (dotted == null && NodeMemo.type(base).equals("identifier")) {
        dotted = source.text(base);
      }
      String qualified = dotted == null ? null : imports.qualify(dotted);
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

  /** Adds the call whose callee (or, for prefix keywords, whose arguments) holds the keyword. */
  private static void addCall(TSNode root, Ancestry ancestry, int offset, int length, TreeMap<Long, TSNode> calls) {
    TSNode call = enclosingCall(root, ancestry, offset, length);
    if (call != null) {
      calls.putIfAbsent(((long) NodeMemo.start(call) << 32) | NodeMemo.end(call), call);
    }
  }

  private static TSNode enclosingCall(TSNode root, Ancestry ancestry, int offset, int length) {
    return ancestor(root, ancestry, offset, length, 5, "call");
  }

  private static TSNode ancestor(TSNode root, Ancestry ancestry, int offset, int length, int maxHops,
      String... types) {
    TSNode node = root.getDescendantForByteRange(offset, offset + length);
    for (int hops = 0; node != null && hops <= maxHops; hops++) {
      String type = ancestry.type(node);
      for (String wanted : types) {
        if (type.equals(wanted)) {
          return node;
        }
      }
      if (type.equals("module") || type.equals("block")) {
        return null;
      }
      node = ancestry.parent(node);
    }
    return null;
  }

  /** A keyword counts only as a whole word; a keyword ending in punctuation ({@code huggingface/}) is open there. */
  private static boolean isBounded(byte[] bytes, int start, String keyword) {
    boolean before = start == 0 || !isIdentifierByte(bytes[start - 1])
        || !Character.isJavaIdentifierPart(keyword.charAt(0));
    int end = start + keyword.length();
    boolean after = end >= bytes.length || !isIdentifierByte(bytes[end])
        || !Character.isJavaIdentifierPart(keyword.charAt(keyword.length() - 1));
    return before && after;
  }

  private static boolean isWord(byte[] bytes, int start, int length) {
    boolean before = start == 0 || !isIdentifierByte(bytes[start - 1]);
    int end = start + length;
    boolean after = end >= bytes.length || !isIdentifierByte(bytes[end]);
    return before && after;
  }

  private static boolean isIdentifierByte(byte b) {
    return b == '_' || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b < 0;
  }

  private static List<Integer> wordOffsets(byte[] bytes, String word) {
    byte[] needle = word.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    List<Integer> found = new ArrayList<>();
    outer:
    for (int i = 0; i + needle.length <= bytes.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      if (isWord(bytes, i, needle.length)) {
        found.add(i);
      }
    }
    return found;
  }

  @Override
  public void close() {
    parser.close();
  }
}
