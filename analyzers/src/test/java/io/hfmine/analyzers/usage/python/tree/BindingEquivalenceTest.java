package io.hfmine.analyzers.usage.python.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hfmine.analyzers.usage.FileOutcome;
import io.hfmine.analyzers.usage.SourceFile;
import io.hfmine.analyzers.usage.TestExtractors;
import io.hfmine.analyzers.usage.UsageExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * JDK 21 users get the JNI binding: it must find exactly what the foreign one finds. The build
 * runs this class twice, once as the foreign binding picks its libraries (the optimised build when
 * there is one) and once with {@code -Dhfmine.tree-sitter.libraries=shipped}, the path of a machine
 * that could not build them.
 */
class BindingEquivalenceTest {

  @Test
  void theForeignBindingCallsTheLibrariesTheRunAskedFor() {
    assumeTrue(Runtime.version().feature() >= 22, "java.lang.foreign needs JDK 22");
    boolean shippedAskedFor = "shipped".equals(System.getProperty(TreeSitterNatives.LIBRARIES_PROPERTY));
    boolean optimisedBuilt = getClass().getClassLoader().getResource("lib-optimised/build.properties") != null;
    try (PythonTreeParser foreign = PythonTreeParser.open(Path.of(TestExtractors.SETTINGS.nativeDir()), "foreign")) {
      if (shippedAskedFor || !optimisedBuilt) {
        assertThat(foreign.nativeLibrary()).isEqualTo(TreeSitterNatives.SHIPPED_DESCRIPTION);
      } else {
        assertThat(foreign.nativeLibrary()).contains("built -O2");
      }
    }
  }

  @Test
  void aLibrariesChoiceOtherThanShippedStopsWithItsNameInsteadOfFallingBackQuietly() {
    String before = System.getProperty(TreeSitterNatives.LIBRARIES_PROPERTY);
    System.setProperty(TreeSitterNatives.LIBRARIES_PROPERTY, "shiped");
    try {
      assertThatThrownBy(() -> PythonTreeParser.open(Path.of(TestExtractors.SETTINGS.nativeDir()), "auto"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("-Dhfmine.tree-sitter.libraries=shiped")
          .hasMessageContaining("\"shipped\"");
    } finally {
      if (before == null) {
        System.clearProperty(TreeSitterNatives.LIBRARIES_PROPERTY);
      } else {
        System.setProperty(TreeSitterNatives.LIBRARIES_PROPERTY, before);
      }
    }
  }

  @Test
  void bothBindingsYieldIdenticalOutcomesOnEveryPythonCorpusCase() throws IOException {
    assumeTrue(Runtime.version().feature() >= 22, "java.lang.foreign needs JDK 22");
    List<Path> cases;
    try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "usage-corpus"))) {
      cases = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
    }
    assertThat(cases).hasSizeGreaterThan(50);
    try (UsageExtractor jni = TestExtractors.withBinding("jni");
        UsageExtractor foreign = TestExtractors.withBinding("foreign")) {
      for (Path file : cases) {
        SourceFile source = new SourceFile("corpus/repo", file.getFileName().toString(), null, Files.readAllBytes(file));
        FileOutcome viaJni = jni.extract(source);
        FileOutcome viaForeign = foreign.extract(source);
        assertThat(viaForeign).as(file.getFileName().toString()).isEqualTo(viaJni);
      }
    }
  }
}
