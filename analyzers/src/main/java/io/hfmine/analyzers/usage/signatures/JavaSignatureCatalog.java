package io.hfmine.analyzers.usage.signatures;

import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    try (InputStream in = JavaSignatureCatalog.class.getClassLoader().getResourceAsStream(JAVA_RESOURCE)) {
      if (in == null) {
        throw new ConfigException(JAVA_RESOURCE + " is missing from the classpath");
      }
      return parse(in.readAllBytes(), JAVA_RESOURCE);
    } catch (IOException e) {
      throw new ConfigException("cannot read " + JAVA_RESOURCE + ": " + e.getMessage(), e);
    }
  }

  public static JavaSignatureCatalog load(Path file) {
    if (file == null) {
      return shipped();
    }
    try {
      return parse(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new ConfigException("cannot read signature file " + file + ": " + e.getMessage(), e);
    }
  }

  static JavaSignatureCatalog parse(byte[] yaml, String origin) {
    SignatureFile file;
    try {
      file = Config.yamlMapper().readValue(yaml, SignatureFile.class);
    } catch (IOException e) {
      throw new ConfigException(origin + ": " + e.getMessage().lines().findFirst().orElse("unreadable"), e);
    }
    if (file == null || file.signatures() == null) {
      throw new ConfigException(origin + ": no `signatures` list");
    }
    List<JavaSignature> signatures = new ArrayList<>();
    for (int i = 0; i < file.signatures().size(); i++) {
      Entry entry = file.signatures().get(i);
      String where = origin + " signature #" + (i + 1);
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
      signatures.add(new JavaSignature(entry.library(), entry.method(),
          entry.receiver() == null ? null : new CalleePattern(entry.receiver()),
          entry.builder() == null ? null : new CalleePattern(entry.builder()),
          entry.packageName(), entry.kind(), entry.id(), idPattern));
    }
    return new JavaSignatureCatalog(signatures);
  }

  public List<JavaSignature> signatures() {
    return signatures;
  }

  public Set<String> keywords() {
    Set<String> keywords = new LinkedHashSet<>();
    signatures.forEach(signature -> keywords.add(signature.method()));
    return keywords;
  }

  record SignatureFile(List<Entry> signatures) {
  }

  record Entry(String library, String method, String receiver, String builder,
      @com.fasterxml.jackson.annotation.JsonProperty("package") String packageName,
      String kind, IdArgument id, String idPattern) {
  }
}
