package io.hfmine.analyzers.usage.signatures;

import io.hfmine.datasets.config.ConfigException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The Python loading calls hfmine recognises, read from {@code config/signatures/python.yaml}.
 *
 * <p>Entries are tried in file order and the first match wins, so the file lists specific
 * callees (tokenizers) before general ones ({@code *.from_pretrained}).
 */
public final class SignatureCatalog {
  /** Classpath location of the shipped Python signatures. */
  public static final String PYTHON_RESOURCE = "config/signatures/python.yaml";

  private final List<PythonSignature> signatures;
  private final List<ReExport> reExports;
  private final Set<String> rootModules;
  /** The entries whose id is the callee's own package ({@code en_core_web_sm.load()}). */
  private final List<PythonSignature> moduleLoaders;
  /**
   * Answers of {@link #match} by callee. A scan asks about the same few hundred callees millions
   * of times, and each answer tries every signature's pattern; the catalog never changes, so an
   * answer never goes stale. Emptied when it reaches {@link #MAX_REMEMBERED} names, so that a
   * corpus of ever-new names cannot grow it without end.
   */
  private final Map<String, Optional<PythonSignature>> answers = new ConcurrentHashMap<>();
  private static final int MAX_REMEMBERED = 20_000;

  public SignatureCatalog(List<PythonSignature> signatures) {
    this(signatures, List.of());
  }

  public SignatureCatalog(List<PythonSignature> signatures, List<ReExport> reExports) {
    if (signatures.isEmpty()) {
      throw new ConfigException("the signature catalog is empty");
    }
    this.signatures = List.copyOf(signatures);
    // The longest module first, so timm.models.factory wins over timm.models.
    this.reExports = reExports.stream()
        .sorted(Comparator.comparingInt((ReExport r) -> r.module().length()).reversed()).toList();
    Set<String> roots = new LinkedHashSet<>();
    for (PythonSignature signature : signatures) {
      roots.addAll(signature.callee().rootModules());
    }
    this.rootModules = Set.copyOf(roots);
    // Asked for each module a file imports: only the few entries taking their id from the module.
    this.moduleLoaders = this.signatures.stream().filter(s -> s.id().fromModule()).toList();
  }

  /** The shipped catalog. */
  public static SignatureCatalog shipped() {
    return SignatureFileReader.shipped(PYTHON_RESOURCE, SignatureCatalog::parse);
  }

  /** The shipped catalog, or the file when one is given (a study may add its own calls). */
  public static SignatureCatalog load(Path file) {
    return SignatureFileReader.load(file, PYTHON_RESOURCE, SignatureCatalog::parse);
  }

  static SignatureCatalog parse(byte[] yaml, String origin) {
    SignatureFileReader.SignatureFile<Entry> file = SignatureFileReader.read(yaml, origin, Entry.class);
    Set<String> libraries = new TreeSet<>();
    if (file != null && file.signatures() != null) {
      file.signatures().stream().map(Entry::library).filter(l -> l != null).forEach(libraries::add);
    }
    Map<String, HubName> sharedNames = sharedHubNames(file, origin);
    Set<String> unused = new TreeSet<>(sharedNames.keySet());
    List<PythonSignature> signatures = SignatureFileReader.signatures(file, origin,
        (entry, where) -> signature(entry, where, libraries, sharedNames));
    file.signatures().stream().map(Entry::hubName)
        .filter(h -> h != null && h.isReference()).forEach(h -> unused.remove(h.shared()));
    if (!unused.isEmpty()) {
      // A block no entry names is most likely a misspelt reference the reader would never notice.
      throw new ConfigException(origin + ": hub-names " + unused + " named by no signature");
    }
    return new SignatureCatalog(signatures, file.reExports() == null ? List.of() : file.reExports());
  }

  /** The file's shared {@code hub-names} blocks, each checked and compiled once. */
  private static Map<String, HubName> sharedHubNames(SignatureFileReader.SignatureFile<Entry> file, String origin) {
    Map<String, HubName> shared = new LinkedHashMap<>();
    if (file == null || file.hubNames() == null) {
      return shared;
    }
    file.hubNames().forEach((name, block) -> {
      if (block == null || block.isReference()) {
        throw new ConfigException(origin + ": hub-names `" + name + "` must give organisation and pattern");
      }
      shared.put(name, hubName(block, origin + " hub-names `" + name + "`"));
    });
    return shared;
  }

  private static HubName hubName(HubNameEntry block, String where) {
    try {
      return new HubName(block.organisation(), block.pattern() == null ? null : Pattern.compile(block.pattern()),
          block.aliases());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(where + ": " + e.getMessage(), e);
    }
  }

  private static PythonSignature signature(Entry entry, String where, Set<String> libraries,
      Map<String, HubName> sharedNames) {
    if (entry.library() == null || entry.callee() == null || entry.kind() == null || entry.id() == null) {
      throw new ConfigException(where + ": library, callee, kind and id are required");
    }
    if (entry.naming() != null && !libraries.contains(entry.naming())) {
      // A misspelt naming would silently drop that library's naming rules.
      throw new ConfigException(where + " (" + entry.callee() + "): naming `" + entry.naming()
          + "` is no library of this file; one of " + libraries);
    }
    if (entry.id().fromModule() && entry.hubName() == null) {
      // Without a pattern every package's load() would count.
      throw new ConfigException(where + " (" + entry.callee() + "): `id: {module: true}` needs a `hub-name` pattern");
    }
    if ((entry.unprefixed() == Unprefixed.OPEN_CLIP) != (entry.weights() != null)) {
      // An architecture name alone says nothing of the weights; a weights argument means nothing without one.
      throw new ConfigException(where + " (" + entry.callee() + "): `weights` goes with `unprefixed: open_clip`,"
          + " and `unprefixed: open_clip` needs `weights` (the argument naming the pretrained tag)");
    }
    boolean whenAbsent = entry.whenAbsent() != null
        && entry.whenAbsent().trim().toLowerCase(Locale.ROOT).equals("record");
    HubName hubName = null;
    HubNameEntry written = entry.hubName();
    if (written != null && written.isReference()) {
      if (written.organisation() != null || written.pattern() != null || written.aliases() != null) {
        throw new ConfigException(where + " (" + entry.callee() + "): hub-name names the shared block `"
            + written.shared() + "` or gives its own organisation and pattern, not both");
      }
      hubName = sharedNames.get(written.shared());
      if (hubName == null) {
        throw new ConfigException(where + " (" + entry.callee() + "): hub-name `" + written.shared()
            + "` is no block of this file's hub-names; one of " + new TreeSet<>(sharedNames.keySet()));
      }
    } else if (written != null) {
      hubName = hubName(written, where + " (" + entry.callee() + ")");
    }
    try {
      return new PythonSignature(entry.library(), new CalleePattern(entry.callee()), entry.kind(),
          entry.id(), entry.extraIds(), entry.kindKeyword(), entry.idPrefixes(), entry.unprefixed(),
          entry.require(), whenAbsent, entry.flag(), entry.weights(), hubName,
          entry.localNames() == null ? null : Set.copyOf(entry.localNames()), entry.keyword(), entry.naming(),
          Boolean.TRUE.equals(entry.hubLinksOnly()), Boolean.TRUE.equals(entry.downloader()));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(where + " (" + entry.callee() + "): " + e.getMessage(), e);
    }
  }

  /**
   * The name a callee is documented under: {@code transformers.pipelines.pipeline} is
   * {@code transformers.pipeline}, {@code timm.models.create_model} is {@code timm.create_model}.
   * A name under a re-exporting module is renamed when the rest is one name or starts with a
   * class (an upper-case segment); a lower-case submodule path stays as it is.
   */
  public String publicName(String qualifiedCallee) {
    for (ReExport reExport : reExports) {
      String module = reExport.module();
      if (qualifiedCallee.length() > module.length() + 1 && qualifiedCallee.startsWith(module)
          && qualifiedCallee.charAt(module.length()) == '.') {
        String rest = qualifiedCallee.substring(module.length() + 1);
        if (rest.indexOf('.') < 0 || Character.isUpperCase(rest.charAt(0))) {
          return reExport.target() + "." + rest;
        }
      }
    }
    return qualifiedCallee;
  }

  /** The first signature whose callee matches the fully-qualified name (after {@link #publicName}). */
  public Optional<PythonSignature> match(String qualifiedCallee) {
    Optional<PythonSignature> known = answers.get(qualifiedCallee);
    if (known != null) {
      return known;
    }
    if (answers.size() >= MAX_REMEMBERED) {
      answers.clear();
    }
    Optional<PythonSignature> answer = firstMatch(qualifiedCallee);
    answers.put(qualifiedCallee, answer);
    return answer;
  }

  private Optional<PythonSignature> firstMatch(String qualifiedCallee) {
    for (PythonSignature signature : signatures) {
      if (signature.callee().matches(qualifiedCallee)) {
        return Optional.of(signature);
      }
    }
    return Optional.empty();
  }

  public List<PythonSignature> signatures() {
    return signatures;
  }

  /**
   * Whether an imported module is a package whose own call loads it ({@code en_core_web_sm} with
   * its {@code load()}): a signature taking its id from the module matches a call on it.
   */
  public boolean loadsItself(String module) {
    for (PythonSignature signature : moduleLoaders) {
      if (signature.callee().matches(module + "." + signature.callee().lastLiteralSegment())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a module is one of the libraries the catalog knows ({@code transformers}, {@code timm} ...). */
  public boolean isLibraryModule(String qualifiedName) {
    int dot = qualifiedName.indexOf('.');
    return rootModules.contains(dot < 0 ? qualifiedName : qualifiedName.substring(0, dot));
  }

  /** The distinct words the in-file search looks for at calls ({@link PythonSignature#keyword()}). */
  public Set<String> keywords() {
    Set<String> keywords = new LinkedHashSet<>();
    for (PythonSignature signature : signatures) {
      String keyword = signature.keyword();
      if (!keyword.isEmpty()) {
        keywords.add(keyword);
      }
    }
    return keywords;
  }

  /**
   * The distinct words of which one lets a file on to the prefilter's import check
   * ({@link PythonSignature#prefilterWord()}), the downloaders' left out: theirs count only
   * beside a Hub host ({@link #downloaderWords()}).
   */
  public Set<String> prefilterWords() {
    return words(false);
  }

  /** The prefilter words of the downloaders of any URL, which count only in a file holding a Hub host. */
  public Set<String> downloaderWords() {
    return words(true);
  }

  private Set<String> words(boolean downloaders) {
    Set<String> words = new LinkedHashSet<>();
    for (PythonSignature signature : signatures) {
      if (signature.downloader() == downloaders && !signature.prefilterWord().isEmpty()) {
        words.add(signature.prefilterWord());
      }
    }
    return words;
  }

  record Entry(String library, String callee, String kind, IdArgument id, List<IdArgument> extraIds,
      KindKeyword kindKeyword, List<String> idPrefixes, Unprefixed unprefixed, Requirement require,
      String whenAbsent, IdArgument flag, IdArgument weights, HubNameEntry hubName, List<String> localNames,
      String keyword, String naming, Boolean hubLinksOnly, Boolean downloader) {
  }
}
