package io.hfmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class cache for usage commands (scripts/usage-java-opts.sh), run for real with
 * bash against a stand-in {@code java} that records how it was called and, asked to create a
 * cache, writes one.
 */
class UsageClassCacheScriptTest {
  private static final Path SCRIPTS = Path.of("..", "scripts").toAbsolutePath().normalize();

  @TempDir
  Path dir;

  private Path root;
  private Path jar;
  private Path calls;

  @BeforeEach
  void project() throws IOException {
    root = Files.createDirectories(dir.resolve("project"));
    Files.createDirectories(root.resolve("analyzers/src/test/resources/usage-corpus"));
    jar = Files.writeString(Files.createDirectories(root.resolve("cli/target")).resolve("hfmine.jar"), "jar");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
    calls = dir.resolve("calls.log");
  }

  @Test
  void onJdk25TheFirstRunMakesTheCacheAndLaterRunsOnlyUseIt() throws Exception {
    Path jdk = fakeJdk("25.0.1", true);

    Result first = cacheFlags(jdk, Map.of());
    Result second = cacheFlags(jdk, Map.of());

    Path cache = onlyCacheFile();
    assertThat(first.stdout().strip()).isEqualTo("-XX:AOTCache=" + cache + " -Xlog:aot=off -Xlog:cds=off");
    assertThat(second.stdout()).isEqualTo(first.stdout());
    assertThat(first.stderr()).contains("caching the classes usage commands load");
    assertThat(second.stderr()).isEmpty();
    List<String> made = Files.readAllLines(calls);
    assertThat(made).hasSize(2);
    assertThat(made.get(0)).contains("-XX:AOTMode=record").contains("usage scan")
        .contains(root.resolve("analyzers/src/test/resources/usage-corpus").toString());
    assertThat(made.get(1)).contains("-XX:AOTMode=create");
    assertThat(Files.list(cache.getParent()).map(p -> p.getFileName().toString()))
        .as("no temporary left behind").noneMatch(name -> name.endsWith(".part") || name.endsWith(".conf"));
  }

  @Test
  void aJarNewerThanItsCacheGetsANewOne() throws Exception {
    Path jdk = fakeJdk("25", true);
    cacheFlags(jdk, Map.of());
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));

    cacheFlags(jdk, Map.of());

    assertThat(Files.readAllLines(calls)).hasSize(4);
  }

  @Test
  void olderJdksTheSwitchAndAMissingFixtureCorpusRunWithoutACache() throws Exception {
    assertThat(cacheFlags(fakeJdk("21.0.5", true), Map.of()).stdout()).isEmpty();
    assertThat(cacheFlags(fakeJdk("25", true), Map.of("HFMINE_CLASS_CACHE", "off")).stdout()).isEmpty();
    deleteTree(root.resolve("analyzers"));
    assertThat(cacheFlags(fakeJdk("25", true), Map.of()).stdout()).isEmpty();

    assertThat(Files.exists(calls)).as("java never started to make a cache").isFalse();
  }

  @Test
  void whenMakingItFailsTheLauncherSaysSoOnceAndRunsWithoutIt() throws Exception {
    Path jdk = fakeJdk("25", false);

    Result first = cacheFlags(jdk, Map.of());
    Result second = cacheFlags(jdk, Map.of());

    assertThat(first.exitCode()).isZero();
    assertThat(first.stdout()).isEmpty();
    assertThat(first.stderr()).contains("could not cache the classes").contains("make.log");
    assertThat(second.stdout()).isEmpty();
    assertThat(second.stderr()).isEmpty();
    assertThat(Files.readAllLines(calls)).as("not tried again for the same jar").hasSize(1);
  }

  private Path onlyCacheFile() throws IOException {
    try (var files = Files.list(root.resolve("cli/target/class-cache"))) {
      List<Path> caches = files.filter(p -> p.getFileName().toString().endsWith(".aot")).toList();
      assertThat(caches).hasSize(1);
      return caches.get(0);
    }
  }

  /** A JDK whose java logs its arguments and, when {@code works}, writes the cache it is asked to create. */
  private Path fakeJdk(String version, boolean works) throws IOException {
    Path home = Files.createDirectories(dir.resolve("jdk-" + version + (works ? "" : "-broken")));
    Path bin = Files.createDirectories(home.resolve("bin"));
    String java = "#!/bin/sh\necho \"$*\" >> '" + calls + "'\n" + (works ? """
        for arg in "$@"; do
          case $arg in -XX:AOTCache=*) echo cache > "${arg#-XX:AOTCache=}" ;; esac
        done
        exit 0
        """ : "echo 'Error: Invalid or corrupt jarfile'\nexit 1\n");
    Files.writeString(bin.resolve("java"), java).toFile().setExecutable(true);
    Files.writeString(bin.resolve("javac"), "#!/bin/sh\nexit 0\n").toFile().setExecutable(true);
    Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
    return home;
  }

  private record Result(int exitCode, String stdout, String stderr) {
  }

  private Result cacheFlags(Path jdk, Map<String, String> env) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("bash", "-c",
        "root=$1; . \"$2/find-jdk.sh\" && . \"$2/usage-java-opts.sh\" && hfmine_usage_class_cache \"$3\"",
        "cache", root.toString(), SCRIPTS.toString(), jar.toString());
    Map<String, String> environment = new HashMap<>(env);
    environment.put("JAVA_HOME", jdk.toString());
    environment.put("PATH", "/usr/bin:/bin");
    builder.environment().clear();
    builder.environment().putAll(environment);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(process.waitFor(), out, err);
  }

  private static void deleteTree(Path top) throws IOException {
    try (var walk = Files.walk(top)) {
      for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
