package io.hfmine.crawler.hf;

import io.hfmine.crawler.http.Sleeper;
import io.hfmine.datasets.secrets.Secrets;
import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries what is worth retrying: 408, 5xx and transport errors, with exponential backoff
 * (initial, doubled each time, capped). After the last attempt the final answer or error goes
 * to the caller unchanged, so the caller can record why the unit failed.
 */
final class HfRetryInterceptor implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger(HfRetryInterceptor.class);

  private final Sleeper sleeper;
  private final int maxAttempts;
  private final long initialBackoffMillis;
  private final long maxBackoffMillis;

  HfRetryInterceptor(Sleeper sleeper, int maxAttempts, long initialBackoffMillis, long maxBackoffMillis) {
    this.sleeper = sleeper;
    this.maxAttempts = Math.max(1, maxAttempts);
    this.initialBackoffMillis = initialBackoffMillis;
    this.maxBackoffMillis = maxBackoffMillis;
  }

  /** The wait before attempt {@code attempt + 1}, after {@code attempt} failures. */
  long backoff(int attempt) {
    long wait = initialBackoffMillis;
    for (int i = 1; i < attempt && wait < maxBackoffMillis; i++) {
      wait *= 2;
    }
    return Math.min(wait, maxBackoffMillis);
  }

  static boolean retryable(int status) {
    return status == 408 || status >= 500;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    for (int attempt = 1; ; attempt++) {
      Response response;
      try {
        response = chain.proceed(request);
      } catch (InterruptedIOException e) {
        if (Thread.currentThread().isInterrupted() || attempt >= maxAttempts) {
          throw e;
        }
        retryAfterFailure(request, attempt, "timeout");
        continue;
      } catch (IOException e) {
        if (attempt >= maxAttempts) {
          throw e;
        }
        retryAfterFailure(request, attempt, e.getClass().getSimpleName() + ": " + e.getMessage());
        continue;
      }
      if (!retryable(response.code()) || attempt >= maxAttempts) {
        return response;
      }
      response.close();
      retryAfterFailure(request, attempt, "HTTP " + response.code());
    }
  }

  private void retryAfterFailure(Request request, int attempt, String reason) throws IOException {
    long wait = backoff(attempt);
    LOG.warn("{} {} failed ({}); attempt {}/{} in {} ms", request.method(), request.url(),
        Secrets.redact(reason), attempt + 1, maxAttempts, wait);
    sleeper.sleep(wait);
  }
}
