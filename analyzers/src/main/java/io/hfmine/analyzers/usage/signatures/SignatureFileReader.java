package io.hfmine.analyzers.usage.signatures;

import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Reads a signature YAML file (shipped or a study's own) and turns each entry into a signature. */
final class SignatureFileReader {
  private SignatureFileReader() {
  }

  /** Turns one raw entry into a signature; {@code where} names the file and entry for errors. */
  interface EntryReader<E, S> {
    S read(E entry, String where);
  }

  static <C> C shipped(String resource, BiFunction<byte[], String, C> parser) {
    try (InputStream in = SignatureFileReader.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new ConfigException(resource + " is missing from the classpath");
      }
      return parser.apply(in.readAllBytes(), resource);
    } catch (IOException e) {
      throw new ConfigException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }

  static <C> C load(Path file, String resource, BiFunction<byte[], String, C> parser) {
    if (file == null) {
      return shipped(resource, parser);
    }
    try {
      return parser.apply(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new ConfigException("cannot read signature file " + file + ": " + e.getMessage(), e);
    }
  }

  static <E, S> List<S> signatures(byte[] yaml, String origin, Class<E> entryType, EntryReader<E, S> reader) {
    return signatures(read(yaml, origin, entryType), origin, reader);
  }

  static <E> SignatureFile<E> read(byte[] yaml, String origin, Class<E> entryType) {
    var mapper = Config.yamlMapper();
    try {
      return mapper.readValue(yaml, mapper.getTypeFactory().constructParametricType(SignatureFile.class, entryType));
    } catch (IOException e) {
      throw new ConfigException(origin + ": " + e.getMessage().lines().findFirst().orElse("unreadable"), e);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(origin + ": " + e.getMessage(), e);
    }
  }

  static <E, S> List<S> signatures(SignatureFile<E> file, String origin, EntryReader<E, S> reader) {
    if (file == null || file.signatures() == null) {
      throw new ConfigException(origin + ": no `signatures` list");
    }
    List<S> signatures = new ArrayList<>();
    for (int i = 0; i < file.signatures().size(); i++) {
      signatures.add(reader.read(file.signatures().get(i), origin + " signature #" + (i + 1)));
    }
    return signatures;
  }

  /**
   * A signature file: its calls and, Python only, the modules that re-export a library's API and
   * the naming blocks its entries share ({@code hub-names}).
   */
  record SignatureFile<E>(List<E> signatures, List<ReExport> reExports, Map<String, HubNameEntry> hubNames) {
  }
}
