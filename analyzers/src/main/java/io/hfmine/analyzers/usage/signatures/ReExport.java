package io.hfmine.analyzers.usage.signatures;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A public module path under which a library re-exports its API ({@code transformers.pipelines}
 * re-exports {@code transformers.pipeline}): callees under {@code module} are the same names under
 * {@code target}.
 */
public record ReExport(String module, @JsonProperty("as") String target) {
  public ReExport {
    if (module == null || module.isBlank() || target == null || target.isBlank()) {
      throw new IllegalArgumentException("a re-export needs `module` and `as`");
    }
  }
}
