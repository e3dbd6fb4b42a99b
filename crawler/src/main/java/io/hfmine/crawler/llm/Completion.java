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
 */
record Completion(String content, boolean reasoning, String finishReason) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The completion in a response body, or null when the body is not a chat completion. */
  static Completion read(String body) {
    JsonNode choice;
    try {
      choice = MAPPER.readTree(body).path("choices").path(0);
    } catch (IOException e) {
      return null;
    }
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
    return new Completion(text, reasoningField || ReasoningBlocks.present(text), finish);
  }

  /** Cut off at max_tokens with nothing but reasoning written: no answer, and asking again gives none. */
  boolean cutOffBeforeAnswering() {
    return "length".equals(finishReason) && ReasoningBlocks.remove(content).isEmpty();
  }
}
