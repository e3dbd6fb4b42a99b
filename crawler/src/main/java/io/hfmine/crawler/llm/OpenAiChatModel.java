package io.hfmine.crawler.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hfmine.crawler.http.HttpStack;
import io.hfmine.crawler.http.SafeUrl;
import io.hfmine.crawler.http.Sleeper;
import io.hfmine.crawler.http.retry.AnswerRules;
import io.hfmine.crawler.http.retry.RetryInterceptor;
import io.hfmine.crawler.http.retry.RetryListener;
import io.hfmine.crawler.http.retry.RetryPolicy;
import io.hfmine.crawler.http.retry.Verdict;
import io.hfmine.datasets.llm.ChatException;
import io.hfmine.datasets.llm.ChatModel;
import io.hfmine.datasets.llm.ChatRequest;
import io.hfmine.datasets.secrets.Secrets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * <p>The shared retry asks again after timeouts, 429 (honouring {@code Retry-After}), 5xx and
 * answers that are not a chat completion, with exponential backoff; other 4xx answers fail at
 * once. The API key is sent as a bearer token, registered as a secret, and never appears in errors.
 * A model cut off at max_tokens before it wrote any answer (a reasoning model thinking at length)
 * fails at once with a message saying so, since asking again at temperature 0 gives the same. A
 * refusal of a prompt longer than the model's context window says what to raise ({@link ContextWindow}).
 * The answer is returned as the model wrote it; readers take reasoning out with
 * {@link io.hfmine.datasets.llm.ReasoningBlocks}.
 */
public final class OpenAiChatModel implements ChatModel {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final int MAX_ERROR_CHARS = 200;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  // The longest wait between attempts when no Retry-After says otherwise.
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

  private final OkHttpClient client;
  private final ChatClientSettings settings;

  OpenAiChatModel(OkHttpClient client, ChatClientSettings settings) {
    this.client = client;
    this.settings = settings;
  }

  /**
   * A client on the shared HTTP stack; the API key is read from the environment variable the
   * settings name (none is sent when it is unset, as local servers need none).
   */
  public static OpenAiChatModel create(HttpStack http, ChatClientSettings settings, Map<String, String> environment,
      Sleeper sleeper) {
    String key = settings.apiKeyEnv() == null ? null : environment.get(settings.apiKeyEnv());
    Secrets.register(key);
    Interceptor auth = chain -> {
      Request.Builder request = chain.request().newBuilder();
      if (key != null && !key.isBlank()) {
        request.header("Authorization", "Bearer " + key.strip());
      }
      return chain.proceed(request.build());
    };
    Duration backoff = Duration.ofMillis(settings.backoffMillis());
    RetryPolicy policy = new RetryPolicy(settings.maxRetries() + 1, backoff, MAX_BACKOFF, backoff, MAX_BACKOFF,
        settings.maxRetries());
    Duration timeout = Duration.ofSeconds(settings.timeoutSeconds());
    OkHttpClient client = http.forApi(List.of(auth,
            new RetryInterceptor(policy, OpenAiChatModel::judge, sleeper, RetryListener.NONE)))
        .newBuilder().readTimeout(timeout).writeTimeout(timeout).build();
    return new OpenAiChatModel(client, settings);
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
    String where = "chat endpoint " + SafeUrl.of(request.url());
    String attempts = " failed after " + (settings.maxRetries() + 1) + " attempts; last: ";
    try (Response response = client.newCall(request).execute()) {
      String text = response.body() == null ? "" : response.body().string();
      if (response.isSuccessful()) {
        Completion completion = Completion.read(text);
        if (completion == null) {
          throw new ChatException(Secrets.redact(where + attempts + "malformed answer: " + excerpt(text)));
        }
        if (completion.cutOffBeforeAnswering()) {
          // Asking again gives the same cut-off answer at temperature 0; only more tokens help.
          throw new ChatException(Secrets.redact(where + ": the model stopped at max_tokens (" + chat.maxTokens()
              + ") before it answered" + (completion.reasoning() ? ", having spent them on its reasoning" : "")
              + "; raise the max-tokens setting of the feature asking, or turn the model's thinking off"));
        }
        return completion.content();
      }
      if (response.code() == 429 || response.code() >= 500) {
        throw new ChatException(Secrets.redact(where + attempts + "HTTP " + response.code() + ": " + excerpt(text)));
      }
      throw new ChatException(Secrets.redact(where + " answered HTTP " + response.code() + ": " + excerpt(text)
          + remedy(text)));
    } catch (IOException e) {
      throw new ChatException(Secrets.redact(where + ": " + e.getMessage()));
    }
  }

  /** The chat endpoint's rules: 429 waits, 5xx and answers that are no chat completion back off. */
  private static Verdict judge(Response response, byte[] body) {
    if (response.code() == 429) {
      return Verdict.limited(response.header("Retry-After"));
    }
    if (response.isSuccessful() && Completion.read(new String(body, StandardCharsets.UTF_8)) == null) {
      return Verdict.SERVER_ERROR;
    }
    return AnswerRules.SERVER_ERRORS.judge(response, body);
  }

  private String body(ChatRequest chat) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("model", settings.model());
    ArrayNode messages = body.putArray("messages");
    if (chat.system() != null && !chat.system().isEmpty()) {
      messages.addObject().put("role", "system").put("content", chat.system());
    }
    messages.addObject().put("role", "user").put("content", chat.user());
    if (settings.sendTemperature()) {
      body.put("temperature", chat.temperature());
    }
    body.put(settings.tokenLimitField(), chat.maxTokens());
    body.put("stream", false);
    return body.toString();
  }

  // What to change when the refusal names it: a prompt over the context window, or one of the two
  // fields that OpenAI's reasoning models refuse and every local server takes.
  private String remedy(String refusal) {
    if (ContextWindow.exceeded(refusal)) {
      return " (the prompt is longer than the model's context window: " + ContextWindow.REMEDY + ")";
    }
    if (refusal.contains("max_completion_tokens") && settings.tokenLimitField().equals("max_tokens")) {
      return " (set llm-client.token-limit-field: max_completion_tokens)";
    }
    if (refusal.contains("temperature") && settings.sendTemperature()) {
      return " (set llm-client.send-temperature: false)";
    }
    return "";
  }

  private static String excerpt(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= MAX_ERROR_CHARS ? flat : flat.substring(0, MAX_ERROR_CHARS) + "...";
  }
}
