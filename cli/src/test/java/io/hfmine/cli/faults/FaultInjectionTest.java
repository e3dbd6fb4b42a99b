package io.hfmine.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.cli.CliRun;
import io.hfmine.cli.Main;
import io.hfmine.cli.faults.FaultyServer.Fault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every stage of {@code hfmine run} against the fake Hub and fake GitHub with faults at random
 * points, ending with the same store as a run that met none.
 *
 * <p>The faulty study is first run in a separate process that is killed (SIGKILL) while it waits
 * for a randomly chosen answer, then resumed in this JVM through the CLI's entry point, twice with
 * faults (5xx, 403/429 with and without {@code Retry-After}, dropped connections, bodies cut
 * mid-transfer or JSON cut short, timeouts) and then without, until it succeeds. One issue is
 * edited between two page requests of its repository's listing. The reference study runs on the
 * same world with that edit made beforehand. Both stores must hold the same rows, apart from
 * bookkeeping and the times things were fetched.
 *
 * <p>The seed is random and printed with every failure; {@code -Dhfmine.faults.seed=N} replays one.
 */
class FaultInjectionTest {
  private static final double FAULT_RATE = 0.12;
  private static final List<Fault> GITHUB_FAULTS = List.of(Fault.values());
  private static final List<Fault> HUB_FAULTS = List.of(Fault.SERVER_ERROR, Fault.RATE_LIMITED_RETRY_AFTER,
      Fault.RATE_LIMITED_BARE, Fault.DROPPED_CONNECTION, Fault.CUT_MID_BODY, Fault.JSON_CUT_SHORT, Fault.TIMEOUT);

  @TempDir
  Path dir;

  @Test
  void aStudyRunThroughFaultsAndAKillEndsWithTheStoreOfAFaultFreeRun() throws Exception {
    long seed = Long.getLong("hfmine.faults.seed", System.nanoTime());
    String replay = "seed " + seed + " (replay with -Dhfmine.faults.seed=" + seed + ")";
    Random random = new Random(seed);
    String editedRepository = StudyWorld.REPOSITORIES[random.nextInt(StudyWorld.REPOSITORIES.length)];
    // Issue 1 is the first updated of each repository: on the first page, ahead of a page boundary.
    int editedIssue = 1;
    Path study = Files.writeString(dir.resolve("study.yaml"), StudyWorld.studyYaml());
    Instant start = Instant.now();

    Path referenceDir = dir.resolve("reference");
    StudyWorld reference = new StudyWorld(editedRepository, editedIssue, false);
    int hubRequests;
    int githubRequests;
    try (FaultyServer hub = hub(reference); FaultyServer github = github(reference)) {
      CliRun run = run(referenceDir, study, hub, github);
      // On a badly loaded machine a one-second read timeout can still hit a healthy answer six
      // times over; the run after it retries that unit like any other.
      for (int again = 0; again < 2 && run.exitCode() == 3; again++) {
        run = run(referenceDir, study, hub, github);
      }
      assertThat(run.exitCode()).as("the fault-free reference run: " + run.out() + run.err()).isZero();
      hubRequests = hub.requests();
      githubRequests = github.requests();
    }

    Path faultyDir = dir.resolve("faulty");
    StudyWorld faulty = new StudyWorld(editedRepository, editedIssue, true);
    List<String> history = new ArrayList<>();
    try (FaultyServer hub = hub(faulty); FaultyServer github = github(faulty)) {
      hub.faults(random, FAULT_RATE);
      github.faults(random, FAULT_RATE);
      killedRun(faultyDir, study, hub, github, random, hubRequests, githubRequests, history);
      for (int attempt = 0; attempt < 6; attempt++) {
        if (attempt == 2) {
          hub.faults(random, 0);
          github.faults(random, 0);
        }
        CliRun run = run(faultyDir, study, hub, github);
        history.add("in-process run " + (attempt + 1) + " exited " + run.exitCode()
            + (run.exitCode() == 0 ? "" : ": " + (run.out() + run.err()).strip().replace("\n", "\n    ")));
        if (run.exitCode() == 0 && attempt >= 1) {
          break;
        }
      }
      history.addAll(hub.injected());
      history.addAll(github.injected());
    }
    String context = replay + "\n  " + String.join("\n  ", history);
    assertThat(history).as(context).anyMatch(line -> line.matches("in-process run \\d exited 0"));

    Map<String, List<String>> expected = StoreSnapshot.of(referenceDir, start);
    Map<String, List<String>> actual = StoreSnapshot.of(faultyDir, start);
    assertThat(actual.keySet()).as(context).isEqualTo(expected.keySet());
    for (String table : expected.keySet()) {
      TreeSet<String> missing = new TreeSet<>(expected.get(table));
      missing.removeAll(actual.get(table));
      TreeSet<String> extra = new TreeSet<>(actual.get(table));
      extra.removeAll(expected.get(table));
      assertThat(actual.get(table)).as("table " + table + " after faults; only in the reference: " + missing
          + "; only after faults: " + extra + "\n" + context).isEqualTo(expected.get(table));
    }
    assertThat(expected.get("issues")).as("the reference holds every issue (no pull requests)").hasSize(36);
  }

  /** `hfmine run` in a child JVM, killed while it waits for a randomly chosen answer. */
  private void killedRun(Path workDir, Path study, FaultyServer hub, FaultyServer github, Random random,
      int hubRequests, int githubRequests, List<String> history) throws Exception {
    AtomicReference<Process> child = new AtomicReference<>();
    Runnable kill = () -> {
      Process process = child.get();
      process.destroyForcibly();
      try {
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
    int at = random.nextInt(hubRequests + githubRequests);
    if (at < hubRequests) {
      hub.killAt(1 + at, kill);
    } else {
      github.killAt(1 + at - hubRequests, kill);
    }
    Files.createDirectories(workDir);
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // A process that is killed anyway: the quick compiler and a small heap spare the machine.
        "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "--quiet", "run", "--work-dir", workDir.toString(), "--config", study.toString(),
        "--hf-endpoint", hub.endpoint(), "--github-endpoint", github.endpoint())
        .redirectErrorStream(true)
        .redirectOutput(workDir.resolve("killed-run.log").toFile())
        .start();
    child.set(process);
    boolean ended = process.waitFor(120, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly();
    }
    history.add("child process " + (ended ? "ended with " + process.exitValue() : "timed out")
        + " (kill planned at request " + (1 + at) + " of the reference's " + (hubRequests + githubRequests) + ")");
    hub.killAt(-1, null);
    github.killAt(-1, null);
  }

  private static CliRun run(Path workDir, Path study, FaultyServer hub, FaultyServer github) {
    return CliRun.of("--quiet", "run", "--work-dir", workDir.toString(), "--config", study.toString(),
        "--hf-endpoint", hub.endpoint(), "--github-endpoint", github.endpoint());
  }

  private static FaultyServer hub(StudyWorld world) throws IOException {
    return new FaultyServer("hub", world.hub, retryAfter -> retryAfter
        ? new MockResponse().setResponseCode(429).setHeader("Retry-After", "0").setBody("{\"error\":\"Too Many Requests\"}")
        : new MockResponse().setResponseCode(429).setHeader("RateLimit", "\"api\";r=0;t=0")
            .setHeader("RateLimit-Policy", "\"fixed window\";\"api\";q=500;w=300")
            .setBody("{\"error\":\"Too Many Requests\"}"), HUB_FAULTS);
  }

  private static FaultyServer github(StudyWorld world) throws IOException {
    return new FaultyServer("github", world.github, retryAfter -> {
      MockResponse response = new MockResponse().setResponseCode(429).setHeader("Content-Type", "application/json")
          .setBody("{\"message\":\"You have exceeded a secondary rate limit.\"}");
      return retryAfter ? response.setHeader("Retry-After", "0") : response;
    }, GITHUB_FAULTS);
  }
}
