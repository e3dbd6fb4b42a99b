package io.hfmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's JDK search (scripts/find-jdk.sh), run for real with bash. */
class JdkFinderScriptTest {
  private static final Path SCRIPT = Path.of("..", "scripts", "find-jdk.sh").toAbsolutePath().normalize();

  @TempDir
  Path dir;

  @Test
  void withoutASuitableJdkItFailsWithOneLineNamingTheVersionNeeded() throws Exception {
    Path oldJdk = fakeJdk("jdk-17", "17.0.15");
    Result result = find(Map.of("JAVA_HOME", oldJdk.toString(), "HFMINE_JVM_DIRS", dir.resolve("none").toString()));
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stderr().lines().toList()).singleElement().asString()
        .contains("needs a JDK 21 or newer").contains("17@");
  }

  @Test
  void aSuitableJdkInTheJvmDirectoryIsFoundWhenJavaHomeIsTooOld() throws Exception {
    Path oldJdk = fakeJdk("jdk-17", "17.0.15");
    Path newJdk = fakeJdk("jvm/temurin-25", "25.0.1");
    Result result = find(Map.of("JAVA_HOME", oldJdk.toString(), "HFMINE_JVM_DIRS", newJdk.getParent().toString()));
    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout().strip()).isEqualTo(newJdk.toRealPath().toString());
  }

  @Test
  void javaHomeIsPreferredWhenItIsRecentEnough() throws Exception {
    Path home = fakeJdk("jdk-21", "21.0.5");
    Path other = fakeJdk("jvm/jdk-25", "25");
    Result result = find(Map.of("JAVA_HOME", home.toString(), "HFMINE_JVM_DIRS", other.getParent().toString()));
    assertThat(result.stdout().strip()).isEqualTo(home.toRealPath().toString());
  }

  private Path fakeJdk(String name, String version) throws IOException {
    Path home = Files.createDirectories(dir.resolve(name));
    Path bin = Files.createDirectories(home.resolve("bin"));
    for (String tool : List.of("java", "javac")) {
      Path file = Files.writeString(bin.resolve(tool), "#!/bin/sh\nexit 0\n");
      file.toFile().setExecutable(true);
    }
    Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
    return home;
  }

  private record Result(int exitCode, String stdout, String stderr) {
  }

  private Result find(Map<String, String> env) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("bash", "-c",
        ". \"$1\" && hfmine_find_jdk && echo \"$JAVA_HOME\"", "find", SCRIPT.toString());
    builder.environment().clear();
    builder.environment().put("PATH", "/usr/bin:/bin");
    builder.environment().putAll(env);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(process.waitFor(), out, err);
  }
}
