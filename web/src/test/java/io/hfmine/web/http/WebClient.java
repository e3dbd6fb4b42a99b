package io.hfmine.web.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A plain HTTP client against a running server, keeping the session cookie like a browser. */
public final class WebClient {
  private static final Pattern TOKEN = Pattern.compile("name=\"_token\" value=\"([^\"]+)\"");
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;
  private String session;

  public WebClient(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (session != null) {
      request.header("Cookie", session);
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    response.headers().firstValue("Set-Cookie").filter(c -> c.startsWith(SessionGuard.COOKIE))
        .ifPresent(c -> session = c.substring(0, c.indexOf(';')));
    return response;
  }

  /** The session token written into a page's forms. */
  public String tokenOf(String page) throws IOException, InterruptedException {
    Matcher matcher = TOKEN.matcher(get(page).body());
    if (!matcher.find()) {
      throw new AssertionError("no form token on " + page);
    }
    return matcher.group(1);
  }

  public HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> headers)
      throws IOException, InterruptedException {
    String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
    if (session != null) {
      request.header("Cookie", session);
    }
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Sends a raw request line and headers (for a Host header HttpClient will not set) and returns the status line. */
  public static String raw(int port, String requestHead) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.getOutputStream().write(requestHead.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      byte[] buffer = new byte[4096];
      int read = socket.getInputStream().read(buffer);
      String answer = new String(buffer, 0, Math.max(read, 0), StandardCharsets.ISO_8859_1);
      return answer.lines().findFirst().orElse("");
    }
  }
}
