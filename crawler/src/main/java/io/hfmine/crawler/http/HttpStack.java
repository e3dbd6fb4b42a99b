package io.hfmine.crawler.http;

import io.hfmine.crawler.archive.Archive;
import io.hfmine.crawler.archive.ArchiveInterceptor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import okhttp3.Cache;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * The one place that wires hfmine's network path.
 *
 * <p>Every API client is derived from {@link #base()} so all share one connection pool and one
 * cache. The order of application interceptors is:
 * <ol>
 *   <li>User-Agent;</li>
 *   <li>the record/replay archive — outside everything API-specific, so it stores the final
 *       answer after retries, never sees credentials, and a replay neither waits nor retries;</li>
 *   <li>the API's own interceptors ({@link #forApi}): headers, the shared retry with the API's
 *       rules ({@code io.hfmine.crawler.http.retry}), then credentials and rate pacing, so every
 *       attempt is paced;</li>
 *   <li>OkHttp's cache (ETags; a 304 costs no quota) and the network.</li>
 * </ol>
 */
public final class HttpStack {
  private final OkHttpClient base;

  public HttpStack(HttpSettings settings, Archive archive, Path cacheDir) {
    Objects.requireNonNull(archive, "archive: Archive.off() when nothing is recorded or replayed");
    OkHttpClient.Builder builder = new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(settings.connectTimeoutSeconds()))
        .readTimeout(Duration.ofSeconds(settings.readTimeoutSeconds()))
        .writeTimeout(Duration.ofSeconds(settings.readTimeoutSeconds()))
        .followRedirects(true)
        // A pooled keep-alive connection the server has since closed is not a failed attempt:
        // OkHttp sends the request again on a fresh connection at once. Real failures (timeouts,
        // resets of fresh connections, bodies cut short) still reach the retry with its backoff.
        .retryOnConnectionFailure(true)
        .addInterceptor(new UserAgentInterceptor(settings.userAgent()))
        .addInterceptor(new ArchiveInterceptor(archive));
    if (cacheDir != null && settings.cacheMegabytes() > 0) {
      builder.cache(new Cache(cacheDir.toFile(), settings.cacheMegabytes() * 1024 * 1024));
    }
    this.base = builder.build();
  }

  /** The shared client with only the common interceptors. */
  public OkHttpClient base() {
    return base;
  }

  /** A client for one API: the shared client plus that API's interceptors, innermost last. */
  public OkHttpClient forApi(List<Interceptor> apiInterceptors) {
    OkHttpClient.Builder builder = base.newBuilder();
    apiInterceptors.forEach(builder::addInterceptor);
    return builder.build();
  }

  /** Releases connections and the cache file handles. */
  public void close() {
    base.dispatcher().executorService().shutdown();
    base.connectionPool().evictAll();
    Cache cache = base.cache();
    if (cache != null) {
      try {
        cache.close();
      } catch (java.io.IOException ignored) {
        // A cache that fails to close loses nothing but cached copies.
      }
    }
  }
}
