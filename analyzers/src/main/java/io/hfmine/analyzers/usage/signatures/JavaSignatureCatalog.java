package io.hfmine.analyzers.usage.signatures;

import io.hfmine.datasets.config.ConfigException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The Java loading calls hfmine recognises, read from {@code config/signatures/java.yaml}. */
public final class JavaSignatureCatalog {
  public static final String JAVA_RESOURCE = "config/signatures/java.yaml";

  private final List<JavaSignature> signatures;

  public JavaSignatureCatalog(List<JavaSignature> signatures) {
    if (signatures.isEmpty()) {
      throw new ConfigException("the Java signature catalog is empty");
    }
    this.signatures = List.copyOf(signatures);
  }

  public static JavaSignatureCatalog shipped() {
    return SignatureFileReader.shipped(JAVA_RESOURCE, JavaSignatureCatalog::parse);
  }

  public static JavaSignatureCatalog load(Path file) {
    return SignatureFileReader.load(file, JAVA_RESOURCE, JavaSignatureCatalog::parse);
  }

  static JavaSignatureCatalog parse(byte[] yaml, String origin) {
    return new JavaSignatureCatalog(SignatureFileReader.signatures(yaml, origin, Entry.class,
        JavaSignatureCatalog::signature));
  }

  private static JavaSignature signature(Entry entry, String where) {
    if (entry.library() == null || entry.method() == null || entry.kind() == null || entry.id() == null
        || entry.packageName() == null || (entry.receiver() == null) == (entry.builder() == null)) {
      throw new ConfigException(where + ": library, method, package, kind, id and exactly one of receiver"
          + " or builder are required");
    }
    Pattern idPattern;
    try {
      idPattern = entry.idPattern() == null ? null : Pattern.compile(entry.idPattern());
    } catch (PatternSyntaxException e) {
      throw new ConfigException(where + ": id-pattern is not a valid regex: " + e.getDescription(), e);
    }
    return new JavaSignature(entry.library(), entry.method(),
        entry.receiver() == null ? null : new CalleePattern(entry.receiver()),
        entry.builder() == null ? null : new CalleePattern(entry.builder()),
        entry.packageName(), entry.kind(), entry.id(), idPattern);
  }

  public List<JavaSignature> signatures() {
    return signatures;
  }

  public Set<String> keywords() {
    Set<String> keywords = new LinkedHashSet<>();
    signatures.forEach(signature -> keywords.add(signature.method()));
    return keywords;
  }

  record Entry(String library, String method, String receiver, String builder,
      @com.fasterxml.jackson.annotation.JsonProperty("package") String packageName,
      String kind, IdArgument id, String idPattern) {
  }
}
