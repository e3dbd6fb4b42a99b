package io.hfmine.analyzers.usage.python.tree;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

/**
 * Finds the {@code java.lang.foreign} parser, which is compiled only on JDK 22 and later.
 *
 * <p>The project builds and runs on JDK 21, where that API is still a preview; so the class is
 * compiled by a separate, JDK-22-only step and looked up by name here.
 */
final class ForeignBinding {
  private static final String CLASS = "io.hfmine.analyzers.usage.python.tree.ForeignTreeParser";
  private static volatile String unavailable;

  private ForeignBinding() {
  }

  static Optional<PythonTreeParser> open() {
    if (unavailable != null) {
      return Optional.empty();
    }
    if (Runtime.version().feature() < 22) {
      unavailable = "java.lang.foreign is final only from JDK 22";
      return Optional.empty();
    }
    try {
      Class<?> type = Class.forName(CLASS);
      return Optional.of((PythonTreeParser) type.getDeclaredConstructor().newInstance());
    } catch (ClassNotFoundException | UnsupportedClassVersionError e) {
      unavailable = "this build has no foreign binding (it was compiled by a JDK older than 22)";
    } catch (InvocationTargetException e) {
      unavailable = String.valueOf(e.getCause());
    } catch (ReflectiveOperationException | LinkageError e) {
      unavailable = String.valueOf(e);
    }
    return Optional.empty();
  }

  static String unavailableReason() {
    return unavailable;
  }
}
