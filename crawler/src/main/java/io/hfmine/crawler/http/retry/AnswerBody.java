package io.hfmine.crawler.http.retry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Reads an answer's body in full inside the retry, so a connection dropped mid-body is a failed
 * attempt retried with backoff, not an error in the caller's parser.
 */
final class AnswerBody {
  private static final JsonFactory JSON = new JsonFactory();

  private AnswerBody() {
  }

  /** The body's bytes, read to the end or to {@code limit + 1} bytes; empty for none. */
  static byte[] read(Response response, BodyLimit limit) throws IOException {
    ResponseBody body = response.body();
    if (body == null) {
      return new byte[0];
    }
    try (body) {
      if (limit == null) {
        return body.bytes();
      }
      String declared = response.header("Content-Length");
      if (declared != null && parseLong(declared) > limit.maxBytes()) {
        return new byte[0];
      }
      BufferedSource source = body.source();
      Buffer buffer = new Buffer();
      while (buffer.size() <= limit.maxBytes() && source.read(buffer, 64 * 1024) != -1) {
        // read until the body ends or the limit is passed
      }
      return buffer.readByteArray(Math.min(buffer.size(), limit.maxBytes() + 1));
    }
  }

  /**
   * Why a successful JSON answer is incomplete ("the body ends before its JSON does"), or null
   * when it is whole. Only the end of input is judged: a body that is not JSON at all is the
   * caller's to report, since asking again will not change it.
   */
  static String cutShort(Response response, byte[] body, BodyLimit limit) {
    if (!response.isSuccessful() || response.code() == 204 || limit != null || !isJson(response.body())) {
      return null;
    }
    if (body.length == 0) {
      return "the JSON body is empty";
    }
    try (JsonParser parser = JSON.createParser(body)) {
      while (parser.nextToken() != null) {
        // walk every token: only a complete document reaches the end
      }
      return null;
    } catch (IOException e) {
      // Jackson reports most early ends as JsonEOFException, but not all (a cut right after an
      // array element's comma is a plain parse error): an error at the last byte is an early end.
      JsonLocation at = e instanceof JsonProcessingException json ? json.getLocation() : null;
      boolean atEnd = e instanceof JsonEOFException || (at != null && at.getByteOffset() >= body.length);
      return atEnd ? "the body ends before its JSON does (" + body.length + " bytes received)" : null;
    }
  }

  private static boolean isJson(ResponseBody body) {
    MediaType type = body == null ? null : body.contentType();
    return type != null && type.subtype().toLowerCase(java.util.Locale.ROOT).contains("json");
  }

  private static long parseLong(String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
