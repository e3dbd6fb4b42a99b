package io.hfmine.crawler.http.retry;

import okhttp3.Response;

/**
 * An API's reading of its own answers: which statuses are worth asking again and how. The one
 * place that knows, for example, that GitHub signals a secondary limit with a 403 and a message.
 */
@FunctionalInterface
public interface AnswerRules {
  /** Retries 408 and 5xx only; every other answer is final. */
  AnswerRules SERVER_ERRORS = (response, body) ->
      response.code() == 408 || response.code() >= 500 ? Verdict.SERVER_ERROR : Verdict.FINAL;

  /**
   * Judges a complete answer.
   *
   * @param response the answer, its body already read
   * @param body the body's bytes (possibly cut at a {@link BodyLimit})
   */
  Verdict judge(Response response, byte[] body);
}
