package io.hfmine.analyzers.usage.python.tree;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Unpacks tree-sitter's native libraries into a chosen directory before the binding loads them.
 *
 * <p>Left alone, the binding copies them to a fresh temporary file on every start and only
 * deletes it on a clean exit, so killed runs litter {@code /tmp}. Here they are unpacked once
 * into {@code usage.native-dir} and reused; the binding finds them through its
 * {@code tree-sitter-lib} system property.
 */
public final class TreeSitterNatives {
  private static final String PROPERTY = "tree-sitter-lib";
  private static final String[] LIBRARIES = {"tree-sitter", "tree-sitter-python"};
  private static Path installedIn;

  private TreeSitterNatives() {
  }

  /** Makes sure the libraries are in {@code directory}; the first call wins for the whole JVM. */
  public static synchronized void install(Path directory) {
    if (installedIn != null) {
      return;
    }
    Path libDir = directory.toAbsolutePath().resolve("lib");
    try {
      Files.createDirectories(libDir);
      for (String library : LIBRARIES) {
        String name = platformName(library);
        Path target = libDir.resolve(name);
        try (InputStream in = TreeSitterNatives.class.getClassLoader().getResourceAsStream("lib/" + name)) {
          if (in == null) {
            throw new IllegalStateException("tree-sitter native library lib/" + name
                + " is not on the classpath (unsupported platform?)");
          }
          byte[] bytes = in.readAllBytes();
          if (!Files.exists(target) || Files.size(target) != bytes.length) {
            // Write beside and move, so a concurrent process never loads a half-written library.
            Path partial = Files.createTempFile(libDir, name, ".part");
            Files.write(partial, bytes);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack tree-sitter natives into " + libDir + ": " + e.getMessage(), e);
    }
    System.setProperty(PROPERTY, directory.toAbsolutePath().toString());
    installedIn = directory;
  }

  /** The unpacked file of a library ({@code tree-sitter} or {@code tree-sitter-python}); after {@link #install}. */
  static synchronized Path libraryFile(String library) {
    if (installedIn == null) {
      throw new IllegalStateException("tree-sitter natives are not installed yet");
    }
    return installedIn.toAbsolutePath().resolve("lib").resolve(platformName(library));
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
