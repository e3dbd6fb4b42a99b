package io.hfmine.analyzers.usage.signatures;

import io.hfmine.datasets.config.ConfigException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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
  private final Set<String> rootModules;

  public SignatureCatalog(List<PythonSignature> signatures) {
    if (signatures.isEmpty()) {
      throw new ConfigException("the signature catalog is empty");
    }
    this.signatures = List.copyOf(signatures);
    Set<String> roots = new LinkedHashSet<>();
    for (PythonSignature signature : signatures) {
      roots.add(signature.callee().rootModule());
    }
    this.rootModules = Set.copyOf(roots);
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
    return new SignatureCatalog(SignatureFileReader.signatures(yaml, origin, Entry.class, SignatureCatalog::signature));
  }

  private static PythonSignature signature(Entry entry, String where) {
    if (entry.library() == null || entry.callee() == null || entry.kind() == null || entry.id() == null) {
      throw new ConfigException(where + ": library, callee, kind and id are required");
    }
    boolean whenAbsent = entry.whenAbsent() != null
        && entry.whenAbsent().trim().toLowerCase(Locale.ROOT).equals("record");
    try {
      return new PythonSignature(entry.library(), new CalleePattern(entry.callee()), entry.kind(),
          entry.id(), entry.extraIds(), entry.kindKeyword(), entry.idPrefixes(), entry.unprefixed(),
          entry.require(), whenAbsent);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(where + " (" + entry.callee() + "): " + e.getMessage(), e);
    }
  }

  /** The first signature whose callee matches the fully-qualified name. */
  public Optional<PythonSignature> match(String qualifiedCallee) {
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

  /** Whether a module is one of the libraries the catalog knows ({@code transformers}, {@code timm} ...). */
  public boolean isLibraryModule(String qualifiedName) {
    int dot = qualifiedName.indexOf('.');
    return rootModules.contains(dot < 0 ? qualifiedName : qualifiedName.substring(0, dot));
  }

  /** The distinct keywords of all signatures, for byte-level prefiltering. */
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

  record Entry(String library, String callee, String kind, IdArgument id, List<IdArgument> extraIds,
      KindKeyword kindKeyword, List<String> idPrefixes, Unprefixed unprefixed, Requirement require,
      String whenAbsent) {
  }
}
