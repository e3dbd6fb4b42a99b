package io.hfmine.crawler.archive;

import io.hfmine.datasets.secrets.Secrets;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/** Records exchanges into an {@link Archive}, or answers requests from it without network. */
public final class ArchiveInterceptor implements Interceptor {
  // Hop-by-hop and session headers say nothing about the data and may identify the account.
  private static final Set<String> DROPPED_HEADERS = Set.of(
      "set-cookie", "content-length", "transfer-encoding", "connection", "keep-alive", "authorization");

  private final Archive archive;

  public ArchiveInterceptor(Archive archive) {
    this.archive = archive;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return switch (archive.mode()) {
      case OFF -> chain.proceed(chain.request());
      case REPLAY -> replay(chain.request());
      case RECORD -> record(chain);
    };
  }

  private Response replay(Request request) throws IOException {
    byte[] body = requestBody(request);
    ArchiveEntry entry = archive.find(request.method(), request.url().toString(), body)
        .orElseThrow(() -> new ArchiveMissException(request.method(),
            Archive.maskUrl(request.url().toString()), archive.location().toString()));
    if (entry.error() != null) {
      throw new IOException("(replayed) " + entry.error());
    }
    Headers.Builder headers = new Headers.Builder();
    if (entry.headers() != null) {
      entry.headers().forEach(pair -> headers.add(pair.get(0), pair.get(1)));
    }
    String contentType = headers.get("Content-Type");
    MediaType mediaType = contentType == null ? null : MediaType.parse(contentType);
    byte[] bytes = entry.body() != null
        ? entry.body().getBytes(StandardCharsets.UTF_8)
        : entry.bodyBase64() != null ? Base64.getDecoder().decode(entry.bodyBase64()) : new byte[0];
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(entry.status())
        .message(entry.message() == null ? "" : entry.message())
        .headers(headers.build())
        .body(ResponseBody.create(bytes, mediaType))
        .build();
  }

  private Response record(Chain chain) throws IOException {
    Request request = chain.request();
    byte[] requestBody = requestBody(request);
    String url = Archive.maskUrl(request.url().toString());
    String now = Instant.now().toString();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      archive.store(new ArchiveEntry(request.method(), url, Archive.bodyHash(requestBody),
          null, null, null, null, null, Secrets.redact(String.valueOf(e.getMessage())), now), requestBody);
      throw e;
    }
    byte[] bytes = response.body() == null ? new byte[0] : response.body().bytes();
    // A server may echo a credential in its body (an error quoting the request); the archive is
    // meant to be published, so every configured secret is scrubbed from what it keeps.
    byte[] kept = Secrets.redactRegistered(bytes);
    List<List<String>> headers = new ArrayList<>();
    for (int i = 0; i < response.headers().size(); i++) {
      String name = response.headers().name(i);
      if (!DROPPED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        headers.add(List.of(name, Secrets.redact(response.headers().value(i))));
      }
    }
    String text = utf8OrNull(kept);
    archive.store(new ArchiveEntry(request.method(), url, Archive.bodyHash(requestBody),
        response.code(), Secrets.redact(response.message()), headers,
        text, text == null ? Base64.getEncoder().encodeToString(kept) : null, null, now), requestBody);
    MediaType mediaType = response.body() == null ? null : response.body().contentType();
    return response.newBuilder().body(ResponseBody.create(bytes, mediaType)).build();
  }

  private static byte[] requestBody(Request request) throws IOException {
    if (request.body() == null) {
      return null;
    }
    Buffer buffer = new Buffer();
    request.body().writeTo(buffer);
    return buffer.readByteArray();
  }

  private static String utf8OrNull(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
