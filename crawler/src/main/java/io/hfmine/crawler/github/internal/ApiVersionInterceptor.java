package io.hfmine.crawler.github.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Pins the REST API version, so a GitHub upgrade cannot silently change the shapes we store. */
public final class ApiVersionInterceptor implements Interceptor {
  private final String version;

  public ApiVersionInterceptor(String version) {
    this.version = version;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Request.Builder builder = request.newBuilder().header("X-GitHub-Api-Version", version);
    if (request.header("Accept") == null) {
      builder.header("Accept", "application/vnd.github+json");
    }
    return chain.proceed(builder.build());
  }
}
