package io.hfmine.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;

/**
 * Runs one benchmark by name: {@code ./bench card-dedup} runs {@code CardDedupBenchmark.main}.
 *
 * <p>Benchmarks print their figures and targets; they never fail a build on timing.
 */
public final class Bench {
  private Bench() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: ./bench NAME [ARGS...]   (NAME is kebab-case, e.g. card-dedup)");
      System.exit(2);
    }
    StringBuilder className = new StringBuilder("io.hfmine.bench.");
    for (String part : args[0].toLowerCase(Locale.ROOT).split("-")) {
      if (!part.isEmpty()) {
        className.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    className.append("Benchmark");
    Class<?> type;
    try {
      type = Class.forName(className.toString());
    } catch (ClassNotFoundException e) {
      System.err.println("bench: no benchmark named '" + args[0] + "' (looked for " + className + ")");
      System.exit(2);
      return;
    }
    Method main = type.getMethod("main", String[].class);
    try {
      main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    } catch (InvocationTargetException e) {
      // A benchmark refuses a bad argument with IllegalArgumentException: a usage error, not a crash.
      if (e.getCause() instanceof IllegalArgumentException bad) {
        System.err.println("bench " + args[0] + ": " + bad.getMessage());
        System.exit(2);
      }
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }
}
