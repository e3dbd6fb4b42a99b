package io.hfmine.analyzers.usage.python.tree;

import io.hfmine.datasets.files.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

/**
 * Unpacks tree-sitter's native libraries into a chosen directory before the binding loads them.
 *
 * <p>Left alone, the binding copies them to a fresh temporary file on every start and only
 * deletes it on a clean exit, so killed runs litter {@code /tmp}. Here they are unpacked once
 * into {@code usage.native-dir} and reused; the binding finds them through its
 * {@code tree-sitter-lib} system property.
 *
 * <p>When the build could compile them (see {@code analyzers/src/build/optimised-tree-sitter.sh}),
 * the classpath also holds the same two libraries built with optimisation
 * ({@code lib-optimised/}); they are unpacked beside the shipped ones and are what the
 * {@code java.lang.foreign} binding loads first. The JNI binding always uses the shipped ones,
 * which also hold its JNI functions.
 */
public final class TreeSitterNatives {
  /** What the libraries of the Java binding are. */
  static final String SHIPPED_DESCRIPTION = "tree-sitter as shipped with the Java binding (unoptimised build)";
  private static final String PROPERTY = "tree-sitter-lib";
  private static final String[] LIBRARIES = {"tree-sitter", "tree-sitter-python"};
  private static final String SHIPPED = "lib";
  private static final String OPTIMISED = "lib-optimised";
  private static final String BUILD_PROPERTIES = "build.properties";
  /**
   * JVM property: {@code shipped} makes the foreign binding call the shipped libraries even when
   * the build made optimised ones. It is how the build tests the path of a machine without a
   * compiler, and a way round a local build that misbehaves.
   */
  static final String LIBRARIES_PROPERTY = "hfmine.tree-sitter.libraries";
  private static Path installedIn;
  private static String optimisedDescription;

  private TreeSitterNatives() {
  }

  /** Makes sure the libraries are in {@code directory}; the first call wins for the whole JVM. */
  public static synchronized void install(Path directory) {
    // Checked here, where a wrong value stops the run with its message; later, inside the foreign
    // binding's set-up, it would only make the binding unavailable and the JNI one would run instead.
    shippedOnly();
    if (installedIn != null) {
      return;
    }
    Path root = directory.toAbsolutePath();
    try {
      for (String library : LIBRARIES) {
        byte[] bytes = resource(SHIPPED, platformName(library));
        if (bytes == null) {
          throw new IllegalStateException("tree-sitter native library lib/" + platformName(library)
              + " is not on the classpath (unsupported platform?)");
        }
        unpack(root.resolve(SHIPPED), platformName(library), bytes);
      }
      optimisedDescription = installOptimised(root.resolve(OPTIMISED));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack tree-sitter natives into " + root + ": " + e.getMessage(), e);
    }
    System.setProperty(PROPERTY, root.toString());
    installedIn = directory;
  }

  /** Unpacks the optimised pair when the build made both; returns what they are, or null. */
  private static String installOptimised(Path dir) throws IOException {
    byte[] properties = resource(OPTIMISED, BUILD_PROPERTIES);
    if (properties == null) {
      return null;
    }
    byte[][] libraries = new byte[LIBRARIES.length][];
    for (int i = 0; i < LIBRARIES.length; i++) {
      libraries[i] = resource(OPTIMISED, platformName(LIBRARIES[i]));
      if (libraries[i] == null) {
        return null; // built for another platform than this one
      }
    }
    for (int i = 0; i < LIBRARIES.length; i++) {
      unpack(dir, platformName(LIBRARIES[i]), libraries[i]);
    }
    Properties build = new Properties();
    build.load(new java.io.ByteArrayInputStream(properties));
    return build.getProperty("description", "tree-sitter built with optimisation");
  }

  private static byte[] resource(String folder, String name) throws IOException {
    try (InputStream in = TreeSitterNatives.class.getClassLoader().getResourceAsStream(folder + "/" + name)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  private static void unpack(Path dir, String name, byte[] bytes) throws IOException {
    Path target = dir.resolve(name);
    // Compared by content: two builds of the optimised library can have the same size.
    if (!Files.exists(target) || !Arrays.equals(Files.readAllBytes(target), bytes)) {
      // Written whole, so a concurrent process never loads a half-written library.
      AtomicFile.at(target).write(bytes);
    }
  }

  /** The unpacked file of a library ({@code tree-sitter} or {@code tree-sitter-python}); after {@link #install}. */
  static synchronized Path libraryFile(String library) {
    if (installedIn == null) {
      throw new IllegalStateException("tree-sitter natives are not installed yet");
    }
    return installedIn.toAbsolutePath().resolve(SHIPPED).resolve(platformName(library));
  }

  /**
   * The optimised build of a library, or null when this build has none for this platform;
   * after {@link #install}.
   */
  static synchronized Path optimisedLibraryFile(String library) {
    if (installedIn == null) {
      throw new IllegalStateException("tree-sitter natives are not installed yet");
    }
    return optimisedDescription == null || shippedOnly() ? null
        : installedIn.toAbsolutePath().resolve(OPTIMISED).resolve(platformName(library));
  }

  /** What the optimised libraries are (versions, compiler), or null when there are none. */
  static synchronized String optimisedDescription() {
    return shippedOnly() ? null : optimisedDescription;
  }

  private static boolean shippedOnly() {
    String choice = System.getProperty(LIBRARIES_PROPERTY, "");
    if (!choice.isEmpty() && !choice.equals("shipped")) {
      throw new IllegalStateException("-D" + LIBRARIES_PROPERTY + "=" + choice
          + " is not understood: the one value is \"shipped\" (leave it unset for the optimised build)");
    }
    return choice.equals("shipped");
  }

  /** The binding's file name for a library on this machine, e.g. {@code x86_64-linux-gnu-tree-sitter.so}. */
  static String platformName(String library) {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
    String osPart;
    String extension;
    if (os.contains("windows")) {
      osPart = "windows";
      extension = "dll";
    } else if (os.contains("linux")) {
      osPart = "linux-gnu";
      extension = "so";
    } else if (os.contains("mac")) {
      osPart = "macos";
      extension = "dylib";
    } else {
      throw new IllegalStateException("tree-sitter has no native library for OS " + os);
    }
    String archPart;
    if (arch.contains("amd64") || arch.contains("x86_64")) {
      archPart = "x86_64";
    } else if (arch.contains("aarch64") || arch.contains("arm64")) {
      archPart = "aarch64";
    } else {
      throw new IllegalStateException("tree-sitter has no native library for architecture " + arch);
    }
    return archPart + "-" + osPart + "-" + library + "." + extension;
  }
}
