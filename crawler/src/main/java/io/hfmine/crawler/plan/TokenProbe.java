package io.hfmine.crawler.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.datasets.secrets.Secrets;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Asks GitHub and the Hub what each token may do before a crawl: GitHub's {@code /user} (login,
 * {@code X-OAuth-Scopes}) and {@code /rate_limit} (limit and remaining per bucket, which cost no
 * quota), and the Hub's {@code /api/whoami-v2} with its {@code RateLimit-Policy} window.
 */
public final class TokenProbe {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern POLICY = Pattern.compile("\"(\\w+)\";q=(\\d+);w=(\\d+)");

  private final OkHttpClient client;
  private final String githubEndpoint;
  private final String apiVersion;
  private final String hubEndpoint;

  public TokenProbe(OkHttpClient client, String githubEndpoint, String apiVersion, String hubEndpoint) {
    this.client = client;
    this.githubEndpoint = githubEndpoint.replaceAll("/+$", "");
    this.apiVersion = apiVersion;
    this.hubEndpoint = hubEndpoint.replaceAll("/+$", "");
  }

  /** One bucket of a GitHub token: its limit per window, what is left now, and the window. */
  public record Bucket(long limit, long remaining, long windowSeconds) {
  }

  /**
   * What GitHub said about one token (the {@code index}-th, counted from 1; never the token itself).
   *
   * @param login the account, or null when GitHub refused the token
   * @param scopes the classic token's scopes (empty for fine-grained tokens and for no scopes)
   * @param buckets core, search and code_search as /rate_limit reports them
   * @param problem why the token cannot be used, or null
   */
  public record GithubToken(int index, String login, List<String> scopes, Map<String, Bucket> buckets, String problem) {
  }

  /**
   * What the Hub said: the user (null when anonymous), its token role, and the announced windows
   * per bucket (e.g. api → 500 requests per 300 s) when the answer carried them.
   */
  public record HubAccount(String user, String role, Map<String, Bucket> windows, String problem) {
  }

  /** Probes each GitHub token; an empty list probes anonymous access once. */
  public List<GithubToken> github(List<String> tokens) {
    List<GithubToken> probed = new ArrayList<>();
    List<String> each = tokens.isEmpty() ? java.util.Collections.singletonList(null) : tokens;
    for (int i = 0; i < each.size(); i++) {
      probed.add(githubToken(i + 1, each.get(i)));
    }
    return probed;
  }

  private GithubToken githubToken(int index, String token) {
    try {
      String login = null;
      List<String> scopes = List.of();
      if (token != null) {
        try (Response user = client.newCall(githubRequest("user", token)).execute()) {
          if (user.code() == 401) {
            return new GithubToken(index, null, List.of(), Map.of(), "GitHub refused the token (401 Bad credentials)");
          }
          if (!user.isSuccessful()) {
            return new GithubToken(index, null, List.of(), Map.of(), "GitHub answered " + user.code() + " to /user");
          }
          login = JSON.readTree(user.body().string()).path("login").asText(null);
          String header = user.header("X-OAuth-Scopes");
          scopes = header == null || header.isBlank() ? List.of()
              : List.of(header.split("\\s*,\\s*"));
        }
      }
      try (Response limits = client.newCall(githubRequest("rate_limit", token)).execute()) {
        if (!limits.isSuccessful()) {
          return new GithubToken(index, login, scopes, Map.of(), "GitHub answered " + limits.code() + " to /rate_limit");
        }
        JsonNode resources = JSON.readTree(limits.body().string()).path("resources");
        Map<String, Bucket> buckets = new LinkedHashMap<>();
        for (String name : List.of("core", "search", "code_search")) {
          JsonNode bucket = resources.path(name);
          if (bucket.has("limit")) {
            buckets.put(name, new Bucket(bucket.path("limit").asLong(), bucket.path("remaining").asLong(),
                "core".equals(name) ? 3600 : 60));
          }
        }
        return new GithubToken(index, login, scopes, buckets, null);
      }
    } catch (IOException e) {
      return new GithubToken(index, null, List.of(), Map.of(),
          "cannot reach " + githubEndpoint + ": " + Secrets.redact(String.valueOf(e.getMessage())));
    }
  }

  /** Asks the Hub who the token belongs to; without a token only the announced windows are read. */
  public HubAccount hub(String token) {
    Request.Builder request = new Request.Builder().url(hubEndpoint + "/api/whoami-v2");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try (Response response = client.newCall(request.build()).execute()) {
      Map<String, Bucket> windows = windows(response.header("RateLimit-Policy"));
      if (token == null) {
        return new HubAccount(null, null, windows, null);
      }
      if (response.code() == 401) {
        return new HubAccount(null, null, windows, "the Hub refused HF_TOKEN (401)");
      }
      if (!response.isSuccessful()) {
        return new HubAccount(null, null, windows, "the Hub answered " + response.code() + " to whoami");
      }
      JsonNode body = JSON.readTree(response.body().string());
      String role = body.path("auth").path("accessToken").path("role").asText(null);
      return new HubAccount(body.path("name").asText(null), role, windows, null);
    } catch (IOException e) {
      return new HubAccount(null, null, Map.of(),
          "cannot reach " + hubEndpoint + ": " + Secrets.redact(String.valueOf(e.getMessage())));
    }
  }

  /** {@code "api";q=500;w=300} → api: 500 per 300 s (the Hub's RateLimit-Policy header). */
  static Map<String, Bucket> windows(String policy) {
    Map<String, Bucket> windows = new LinkedHashMap<>();
    if (policy != null) {
      Matcher matcher = POLICY.matcher(policy);
      while (matcher.find()) {
        long quota = Long.parseLong(matcher.group(2));
        windows.put(matcher.group(1), new Bucket(quota, quota, Long.parseLong(matcher.group(3))));
      }
    }
    return windows;
  }

  private Request githubRequest(String path, String token) {
    HttpUrl url = HttpUrl.get(githubEndpoint + "/" + path);
    Request.Builder request = new Request.Builder().url(url)
        .header("Accept", "application/vnd.github+json")
        .header("X-GitHub-Api-Version", apiVersion);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request.build();
  }
}
