package io.hfmine.analyzers.usage.isolation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.analyzers.usage.UsageSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of an extraction worker: this JVM's java and class path, the flags the
 * natives need, and the settings and catalog it extracts with.
 */
final class WorkerCommand {
  private WorkerCommand() {
  }

  static List<String> of(UsageSettings settings, Path catalogFile, List<String> extraJvmArguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-Xmx" + settings.isolationHeapMegabytes() + "m");
    // A worker only parses: time goes to native tree-sitter, and the optimising JIT's compile
    // work would not be repaid (see the launcher script).
    command.add("-XX:TieredStopAtLevel=1");
    // Little stays alive in a worker: the serial collector costs least there (as for usage commands).
    command.add("-XX:+UseSerialGC");
    // A native crash would otherwise write hs_err_pid*.log into the user's working directory.
    command.add("-XX:ErrorFile=" + Path.of(System.getProperty("java.io.tmpdir"), "hfmine-worker-hs_err_%p.log"));
    command.addAll(extraJvmArguments);
    command.add("-cp");
    command.add(classPath());
    command.add(ExtractionWorker.class.getName());
    try {
      command.add(new ObjectMapper().writeValueAsString(settings));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("usage settings cannot be written as JSON: " + e.getMessage(), e);
    }
    command.add(catalogFile == null ? "-" : catalogFile.toString());
    return command;
  }

  /**
   * This JVM's class path, plus the jar holding the worker when the class path lacks it: a Spark
   * executor loads the application's jar through its own class loader, not java.class.path.
   */
  static String classPath() {
    String classPath = System.getProperty("java.class.path");
    try {
      var source = ExtractionWorker.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return classPath;
      }
      String own = Path.of(source.getLocation().toURI()).toString();
      return List.of(classPath.split(java.io.File.pathSeparator)).contains(own) ? classPath
          : own + java.io.File.pathSeparator + classPath;
    } catch (java.net.URISyntaxException | IllegalArgumentException | SecurityException e) {
      return classPath;
    }
  }
}
