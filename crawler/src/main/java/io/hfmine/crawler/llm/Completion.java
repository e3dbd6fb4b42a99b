package io.hfmine.crawler.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.datasets.llm.ReasoningBlocks;
import java.io.IOException;

/**
 * The first choice of a chat completion as OpenAI-compatible servers send it.
 *
 * <p>The servers differ in what they put where. The assistant's text is a string, or (in newer
 * APIs) an array of parts whose {@code text} parts are joined; it is null when a reasoning model
 * spent every token on reasoning that the server keeps in a field of its own
 * ({@code reasoning_content} in vLLM and llama.cpp's server, {@code reasoning} in Ollama and newer
 * vLLM). {@code finish_reason} {@code "length"} says the model was cut off at max_tokens.
 *
 * @param content the assistant's text as sent, reasoning blocks included ("" when none)
 * @param reasoning whether the model reasoned, in a field of its own or in the text
 * @param finishReason why the model stopped, or null when the server does not say
 * @param promptTokens the tokens of the prompt the server says it read ({@code usage.prompt_tokens}), or 0 when it does not say
 */
record Completion(String content, boolean reasoning, String finishReason, int promptTokens) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The completion in a response body, or null when the body is not a chat completion. */
  static Completion read(String body) {
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (IOException e) {
      return null;
    }
    JsonNode choice = root.path("choices").path(0);
    JsonNode message = choice.path("message");
    if (!message.isObject()) {
      return null;
    }
    JsonNode content = message.path("content");
    String text;
    if (content.isTextual()) {
      text = content.asText();
    } else if (content.isArray()) {
      StringBuilder joined = new StringBuilder();
      for (JsonNode part : content) {
        if (part.path("type").asText("text").equals("text") && part.path("text").isTextual()) {
          joined.append(part.path("text").asText());
        }
      }
      text = joined.toString();
    } else if (content.isNull() || content.isMissingNode()) {
      text = "";
    } else {
      return null;
    }
    boolean reasoningField = !message.path("reasoning_content").asText("").isBlank()
        || !message.path("reasoning").asText("").isBlank();
    String finish = choice.path("finish_reason").isTextual() ? choice.path("finish_reason").asText() : null;
    return new Completion(text, reasoningField || ReasoningBlocks.present(text), finish,
        root.path("usage").path("prompt_tokens").asInt(0));
  }

  /** Cut off at max_tokens with nothing but reasoning written: no answer, and asking again gives none. */
  boolean cutOffBeforeAnswering() {
    return "length".equals(finishReason) && ReasoningBlocks.remove(content).isEmpty();
  }
}
