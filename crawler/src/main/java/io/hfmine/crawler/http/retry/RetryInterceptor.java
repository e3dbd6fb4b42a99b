package io.hfmine.crawler.http.retry;

import io.hfmine.crawler.http.SafeUrl;
import io.hfmine.crawler.http.Sleeper;
import io.hfmine.datasets.secrets.Secrets;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import okhttp3.CacheControl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks again per {@link RetryPolicy}, judging answers by the API's {@link AnswerRules}: the only
 * retry loop of hfmine's network path.
 *
 * <p>The body is read here in full (or to its {@link BodyLimit}), so a body cut off mid-transfer,
 * or a JSON answer that ends early, is a failed attempt retried with backoff like a timeout.
 * When attempts run out, a transport failure ends in a {@link RequestFailedException} naming the
 * URL; an error answer goes up as it is, for the caller to report with its status.
 */
public final class RetryInterceptor implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger(RetryInterceptor.class);

  private final RetryPolicy policy;
  private final AnswerRules rules;
  private final Sleeper sleeper;
  private final RetryListener listener;

  public RetryInterceptor(RetryPolicy policy, AnswerRules rules, Sleeper sleeper, RetryListener listener) {
    this.policy = policy;
    this.rules = rules;
    this.sleeper = sleeper;
    this.listener = listener;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    BodyLimit limit = request.tag(BodyLimit.class);
    int limitRetries = 0;
    for (int attempt = 1; ; attempt++) {
      Response response;
      byte[] body;
      try {
        response = chain.proceed(request);
        body = AnswerBody.read(response, limit);
      } catch (IOException e) {
        if (e instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) {
          throw e;
        }
        retryOrFail(request, attempt, describe(e), e);
        continue;
      }
      MediaType type = response.body() == null ? null : response.body().contentType();
      Response buffered = response.newBuilder().body(ResponseBody.create(body, type)).build();
      String cut = AnswerBody.cutShort(buffered, body, limit);
      if (cut != null) {
        retryOrFail(request, attempt, cut, null);
        // A cut answer with whole framing may sit in the HTTP cache now, under its ETag: ask the
        // server itself, or every attempt would be answered with the same broken copy.
        request = request.newBuilder().cacheControl(CacheControl.FORCE_NETWORK).build();
        continue;
      }
      Verdict verdict = rules.judge(buffered, body);
      if (verdict.kind() == Verdict.Kind.FINAL) {
        return buffered;
      }
      listener.failed(verdict.kind());
      boolean limited = verdict.kind().rateLimit();
      if (attempt >= policy.maxAttempts() || (limited && limitRetries >= policy.maxLimitRetries())) {
        return buffered;
      }
      if (limited) {
        limitRetries++;
      }
      pause(request, attempt, policy.waitAfter(verdict, attempt, Instant.ofEpochMilli(sleeper.nowMillis())),
          "HTTP " + buffered.code() + (limited ? " (rate limit)" : ""));
    }
  }

  private void retryOrFail(Request request, int attempt, String problem, IOException cause) throws IOException {
    listener.failed(Verdict.Kind.TRANSPORT);
    if (attempt >= policy.maxAttempts()) {
      throw new RequestFailedException(request.method(), SafeUrl.of(request.url()), attempt, problem, cause);
    }
    pause(request, attempt, policy.backoff(attempt), problem);
  }

  private void pause(Request request, int attempt, Duration wait, String why) throws InterruptedIOException {
    listener.waiting(wait);
    LOG.info("{} {}: {}; attempt {} of {}, next in {} ms", request.method(), SafeUrl.of(request.url()), why,
        attempt, policy.maxAttempts(), wait.toMillis());
    if (!wait.isZero()) {
      sleeper.sleep(wait.toMillis());
    }
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    String kind = e.getClass().getSimpleName();
    return Secrets.redact(message == null || message.isBlank() ? kind : kind + ": " + message);
  }
}
