package io.hfmine.crawler.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hfmine.crawler.http.HttpStack;
import io.hfmine.datasets.llm.ChatException;
import io.hfmine.datasets.llm.ChatModel;
import io.hfmine.datasets.llm.ChatRequest;
import io.hfmine.datasets.secrets.Secrets;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * {@link ChatModel} over an OpenAI-compatible endpoint: {@code POST {endpoint}/v1/chat/completions}.
 *
 * <p>Timeouts, 429 and 5xx answers and malformed bodies are retried with exponential backoff
 * (honouring {@code Retry-After}); other 4xx answers fail at once. The API key is sent as a
 * bearer token, registered as a secret, and never appears in errors.
 */
public final class OpenAiChatModel implements ChatModel {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final int MAX_ERROR_CHARS = 200;

  private final OkHttpClient client;
  private final ChatClientSettings settings;
  private final Pause pause;
  private final ObjectMapper mapper = new ObjectMapper();

  OpenAiChatModel(OkHttpClient client, ChatClientSettings settings, Pause pause) {
    this.client = client;
    this.settings = settings;
    this.pause = pause;
  }

  /**
   * A client on the shared HTTP stack; the API key is read from the environment variable the
   * settings name (none is sent when it is unset, as local servers need none).
   */
  public static OpenAiChatModel create(HttpStack http, ChatClientSettings settings, Map<String, String> environment,
      Pause pause) {
    String key = settings.apiKeyEnv() == null ? null : environment.get(settings.apiKeyEnv());
    Secrets.register(key);
    Interceptor auth = chain -> {
      Request.Builder request = chain.request().newBuilder();
      if (key != null && !key.isBlank()) {
        request.header("Authorization", "Bearer " + key.strip());
      }
      return chain.proceed(request.build());
    };
    Duration timeout = Duration.ofSeconds(settings.timeoutSeconds());
    OkHttpClient client = http.forApi(List.of(auth)).newBuilder()
        .readTimeout(timeout).writeTimeout(timeout).callTimeout(timeout.plusSeconds(5)).build();
    return new OpenAiChatModel(client, settings, pause);
  }

  public String model() {
    return settings.model();
  }

  @Override
  public String complete(ChatRequest chat) {
    Request request = new Request.Builder()
        .url(settings.endpoint().replaceAll("/+$", "") + "/v1/chat/completions")
        .post(RequestBody.create(body(chat), JSON))
        .build();
    String lastProblem = "no attempt made";
    for (int attempt = 0; attempt <= settings.maxRetries(); attempt++) {
      long wait = settings.backoffMillis() << Math.min(attempt, 20);
      try (Response response = client.newCall(request).execute()) {
        String text = response.body() == null ? "" : response.body().string();
        if (response.isSuccessful()) {
          String content = content(text);
          if (content != null) {
            return content;
          }
          lastProblem = "malformed answer: " + excerpt(text);
        } else if (response.code() == 429 || response.code() >= 500) {
          lastProblem = "HTTP " + response.code() + ": " + excerpt(text);
          wait = Math.max(wait, retryAfterMillis(response));
        } else {
          throw new ChatException(Secrets.redact("chat endpoint " + request.url() + " answered HTTP " + response.code()
              + ": " + excerpt(text)));
        }
      } catch (IOException e) {
        lastProblem = e.getClass().getSimpleName() + ": " + e.getMessage();
      }
      if (attempt < settings.maxRetries()) {
        pause.pause(wait);
      }
    }
    throw new ChatException(Secrets.redact("chat endpoint " + request.url() + " failed after "
        + (settings.maxRetries() + 1) + " attempts; last: " + lastProblem));
  }

  private String body(ChatRequest chat) {
    ObjectNode body = mapper.createObjectNode();
    body.put("model", settings.model());
    ArrayNode messages = body.putArray("messages");
    if (chat.system() != null && !chat.system().isEmpty()) {
      messages.addObject().put("role", "system").put("content", chat.system());
    }
    messages.addObject().put("role", "user").put("content", chat.user());
    body.put("temperature", chat.temperature());
    body.put("max_tokens", chat.maxTokens());
    body.put("stream", false);
    return body.toString();
  }

  // The assistant's text, or null when the body is not a chat completion.
  private String content(String text) {
    try {
      JsonNode content = mapper.readTree(text).path("choices").path(0).path("message").path("content");
      return content.isTextual() ? content.asText() : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static long retryAfterMillis(Response response) {
    String header = response.header("Retry-After");
    if (header == null) {
      return 0;
    }
    try {
      return Math.min(Long.parseLong(header.strip()), 600) * 1000;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String excerpt(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= MAX_ERROR_CHARS ? flat : flat.substring(0, MAX_ERROR_CHARS) + "...";
  }
}
