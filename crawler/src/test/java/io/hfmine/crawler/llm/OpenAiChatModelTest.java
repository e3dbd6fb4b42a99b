package io.hfmine.crawler.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.crawler.archive.Archive;
import io.hfmine.crawler.http.HttpSettings;
import io.hfmine.crawler.http.HttpStack;
import io.hfmine.crawler.http.Sleeper;
import io.hfmine.datasets.llm.ChatException;
import io.hfmine.datasets.llm.ChatRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenAiChatModelTest {
  private static final String KEY = "sk-test-0123456789abcdef";
  private static final String ANSWER = "{\"id\":\"c1\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
      + "\"content\":\"PTM: yes\\nSUBTHEMES: HR.MEM\\nTYPE: bug\"},\"finish_reason\":\"stop\"}]}";

  private final MockWebServer server = new MockWebServer();
  private final List<Long> pauses = new ArrayList<>();
  private HttpStack http;

  @BeforeEach
  void start() throws Exception {
    server.start();
    http = new HttpStack(new HttpSettings("hfmine-test", 5, 5, 0), Archive.off(), null);
  }

  @AfterEach
  void stop() throws Exception {
    http.close();
    server.shutdown();
  }

  private OpenAiChatModel model(int timeoutSeconds, int retries) {
    return model(new ChatClientSettings(server.url("/").toString(), "llama3.1:8b", "TEST_LLM_KEY", timeoutSeconds,
        retries, 100, "max_tokens", true, 1));
  }

  private OpenAiChatModel model(ChatClientSettings settings) {
    return OpenAiChatModel.create(http, settings, Map.of("TEST_LLM_KEY", KEY), new Sleeper() {
      @Override public long nowMillis() {
        return System.currentTimeMillis();
      }

      @Override public void sleep(long millis) {
        pauses.add(millis);
      }
    });
  }

  private static ChatRequest request() {
    return ChatRequest.deterministic("You label issues.", "Title: OOM", 50);
  }

  @Test
  void postsAChatCompletionAtTemperatureZeroWithTheBearerKey() throws Exception {
    server.enqueue(new MockResponse().setBody(ANSWER));

    String answer = model(5, 0).complete(request());

    assertThat(answer).isEqualTo("PTM: yes\nSUBTHEMES: HR.MEM\nTYPE: bug");
    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getMethod()).isEqualTo("POST");
    assertThat(sent.getPath()).isEqualTo("/v1/chat/completions");
    assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
    JsonNode body = new ObjectMapper().readTree(sent.getBody().readUtf8());
    assertThat(body.get("model").asText()).isEqualTo("llama3.1:8b");
    assertThat(body.get("temperature").asDouble()).isZero();
    assertThat(body.get("max_tokens").asInt()).isEqualTo(50);
    assertThat(body.get("messages").get(0).get("role").asText()).isEqualTo("system");
    assertThat(body.get("messages").get(1).get("content").asText()).isEqualTo("Title: OOM");
  }

  @Test
  void retriesAfterServerErrorWithExponentialBackoff() {
    server.enqueue(new MockResponse().setResponseCode(503).setBody("overloaded"));
    server.enqueue(new MockResponse().setResponseCode(500));
    server.enqueue(new MockResponse().setBody(ANSWER));

    assertThat(model(5, 3).complete(request())).startsWith("PTM: yes");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(pauses).containsExactly(100L, 200L);
  }

  @Test
  void waitsForRetryAfterOnTooManyRequests() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "7"));
    server.enqueue(new MockResponse().setBody(ANSWER));

    model(5, 2).complete(request());

    assertThat(pauses).containsExactly(7000L);
  }

  @Test
  void retriesATimeoutThenSucceeds() {
    server.enqueue(new MockResponse().setBody(ANSWER).setHeadersDelay(3, TimeUnit.SECONDS));
    server.enqueue(new MockResponse().setBody(ANSWER));

    assertThat(model(1, 1).complete(request())).startsWith("PTM: yes");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void malformedAnswersAreRetriedThenReportedWithoutTheKey() {
    server.enqueue(new MockResponse().setBody("{\"choices\": []}"));
    server.enqueue(new MockResponse().setBody("<html>gateway " + KEY + "</html>"));

    assertThatThrownBy(() -> model(5, 1).complete(request()))
        .isInstanceOf(ChatException.class)
        .hasMessageContaining("failed after 2 attempts").hasMessageContaining("malformed answer")
        .hasMessageNotContaining(KEY);
  }

  @Test
  void truncatedBodyCountsAsAFailedAttempt() {
    server.enqueue(new MockResponse().setBody(ANSWER).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(new MockResponse().setBody(ANSWER));

    assertThat(model(5, 1).complete(request())).startsWith("PTM: yes");
  }

  @Test
  void clientErrorFailsAtOnceWithoutRetrying() {
    server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"error\":\"invalid api key " + KEY + "\"}"));

    assertThatThrownBy(() -> model(5, 3).complete(request()))
        .isInstanceOf(ChatException.class).hasMessageContaining("HTTP 401").hasMessageNotContaining(KEY);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  private static String completion(String message, String finishReason) {
    return "{\"id\":\"c2\",\"choices\":[{\"index\":0,\"message\":" + message + ",\"finish_reason\":\""
        + finishReason + "\"}]}";
  }

  @Test
  void theAnswerComesAsWrittenWithTheReasoningAThinkingModelPutInIt() {
    server.enqueue(new MockResponse().setBody(completion(
        "{\"role\":\"assistant\",\"content\":\"<think>memory</think>\\nPTM: yes\"}", "stop")));

    assertThat(model(5, 0).complete(request())).isEqualTo("<think>memory</think>\nPTM: yes");
  }

  @Test
  void reasoningInAFieldOfItsOwnIsNotPartOfTheAnswer() {
    server.enqueue(new MockResponse().setBody(completion("{\"role\":\"assistant\",\"reasoning_content\":"
        + "\"The reporter loads llama.\",\"content\":\"PTM: yes\"}", "stop")));

    assertThat(model(5, 0).complete(request())).isEqualTo("PTM: yes");
  }

  @Test
  void anAnswerInPartsIsJoinedFromItsTextParts() {
    server.enqueue(new MockResponse().setBody(completion("{\"role\":\"assistant\",\"content\":["
        + "{\"type\":\"text\",\"text\":\"PTM: \"},{\"type\":\"image_url\",\"image_url\":{}},"
        + "{\"type\":\"text\",\"text\":\"yes\"}]}", "stop")));

    assertThat(model(5, 0).complete(request())).isEqualTo("PTM: yes");
  }

  @Test
  void aModelCutOffWhileReasoningFailsAtOnceSayingWhatToRaise() {
    server.enqueue(new MockResponse().setBody(completion("{\"role\":\"assistant\",\"content\":null,"
        + "\"reasoning\":\"First, what is a pre-trained model here\"}", "length")));
    server.enqueue(new MockResponse().setBody(ANSWER));

    assertThatThrownBy(() -> model(5, 3).complete(request()))
        .isInstanceOf(ChatException.class)
        .hasMessageContaining("stopped at max_tokens (50) before it answered, having spent them on its reasoning")
        .hasMessageContaining("raise the max-tokens setting");
    assertThat(server.getRequestCount()).as("asking again at temperature 0 gives the same").isEqualTo(1);
  }

  @Test
  void aThinkBlockLeftOpenAtTheLimitIsCutOffToo() {
    server.enqueue(new MockResponse().setBody(completion(
        "{\"role\":\"assistant\",\"content\":\"<think>The reporter\"}", "length")));

    assertThatThrownBy(() -> model(5, 3).complete(request()))
        .isInstanceOf(ChatException.class).hasMessageContaining("having spent them on its reasoning");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anAnswerCutShortAfterItBeganIsReturnedForTheReaderToJudge() {
    server.enqueue(new MockResponse().setBody(completion(
        "{\"role\":\"assistant\",\"content\":\"PTM: yes\\nSUBTHEMES: HR.M\"}", "length")));

    assertThat(model(5, 3).complete(request())).isEqualTo("PTM: yes\nSUBTHEMES: HR.M");
  }

  @Test
  void anEmptyCompletionIsAnAnswerNotAServerError() {
    server.enqueue(new MockResponse().setBody(completion("{\"role\":\"assistant\",\"content\":null}", "stop")));

    assertThat(model(5, 3).complete(request())).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void forOpenAisReasoningModelsTheLimitTakesItsOtherNameAndTheTemperatureIsLeftOut() throws Exception {
    server.enqueue(new MockResponse().setBody(ANSWER));

    model(new ChatClientSettings(server.url("/").toString(), "o4-mini", "TEST_LLM_KEY", 5, 0, 100,
        "max_completion_tokens", false, 1)).complete(request());

    JsonNode body = new ObjectMapper().readTree(server.takeRequest().getBody().readUtf8());
    assertThat(body.get("max_completion_tokens").asInt()).isEqualTo(50);
    assertThat(body.has("max_tokens")).isFalse();
    assertThat(body.has("temperature")).isFalse();
  }

  @Test
  void anEndpointRefusingAParameterIsAnsweredWithTheSettingThatChangesIt() {
    server.enqueue(new MockResponse().setResponseCode(400).setBody("{\"error\":{\"message\":\"Unsupported parameter:"
        + " 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.\",\"param\":"
        + "\"max_tokens\",\"code\":\"unsupported_parameter\"}}"));
    server.enqueue(new MockResponse().setResponseCode(400).setBody("{\"error\":{\"message\":\"Unsupported value:"
        + " 'temperature' does not support 0 with this model. Only the default (1) value is supported.\",\"param\":"
        + "\"temperature\",\"code\":\"unsupported_value\"}}"));

    assertThatThrownBy(() -> model(5, 3).complete(request())).isInstanceOf(ChatException.class)
        .hasMessageContaining("HTTP 400").hasMessageContaining("set llm-client.token-limit-field: max_completion_tokens");
    assertThatThrownBy(() -> model(5, 3).complete(request())).isInstanceOf(ChatException.class)
        .hasMessageContaining("set llm-client.send-temperature: false");
  }

  @Test
  void aPromptRefusedAsLongerThanTheContextWindowIsAnsweredWithWhatToRaise() {
    server.enqueue(new MockResponse().setResponseCode(400).setBody("{\"error\":{\"message\":\"This model's maximum"
        + " context length is 4096 tokens. However, you requested 5234 tokens (5184 in the messages, 50 in the"
        + " completion).\",\"type\":\"BadRequestError\",\"code\":400}}"));
    server.enqueue(new MockResponse().setResponseCode(400).setBody("{\"error\":{\"code\":400,\"message\":\"the request"
        + " exceeds the available context size, try increasing it\",\"type\":\"exceed_context_size_error\"}}"));

    assertThatThrownBy(() -> model(5, 3).complete(request())).isInstanceOf(ChatException.class)
        .hasMessageContaining("HTTP 400").hasMessageContaining("longer than the model's context window")
        .hasMessageContaining("--max-model-len");
    assertThatThrownBy(() -> model(5, 3).complete(request())).isInstanceOf(ChatException.class)
        .hasMessageContaining("longer than the model's context window").hasMessageContaining("--ctx-size");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void anUnknownTokenLimitFieldIsRefusedNamingTheKey() {
    assertThatThrownBy(() -> new ChatClientSettings("http://localhost:11434", "m", null, 5, 0, 100, "max_new_tokens", true, 1))
        .hasMessageContaining("llm-client.token-limit-field must be one of [max_tokens, max_completion_tokens]")
        .hasMessageContaining("max_new_tokens");
  }

  @Test
  void concurrencyIsOneToSixtyFour() {
    assertThatThrownBy(() -> new ChatClientSettings("http://localhost:11434", "m", null, 5, 0, 100, "max_tokens", true, 0))
        .hasMessageContaining("llm-client.concurrency must be 1 to 64; got 0");
  }
}
