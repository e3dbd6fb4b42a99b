package io.hfmine.analyzers.usage.python;

import io.hfmine.analyzers.usage.signatures.PythonSignature;

/**
 * A loader a callee names: its signature, its public name, and the tests that choose it (null:
 * none), for a class a name holds or a branch of a conditional.
 */
record Loader(PythonSignature signature, String qualified, String classCondition) {
  /** Whether the loader is a class made by calling it ({@code SentenceTransformer}), not a function or method. */
  boolean isClass() {
    String name = qualified.substring(qualified.lastIndexOf('.') + 1);
    return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
  }
}
