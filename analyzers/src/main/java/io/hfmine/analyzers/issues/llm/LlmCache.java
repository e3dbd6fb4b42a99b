package io.hfmine.analyzers.issues.llm;

import java.util.Optional;

/** Answers already received from the chat model, so a rerun costs nothing. */
public interface LlmCache {
  Optional<String> get(String requestSha256);

  void put(String requestSha256, String model, String answer);
}
