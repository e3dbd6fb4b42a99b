package io.hfmine.crawler.hf;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Sends the HF token as a bearer credential, only to the Hub's own host. */
final class HfAuthInterceptor implements Interceptor {
  private final String token;
  private final String host;

  HfAuthInterceptor(String token, String host) {
    this.token = token;
    this.host = host;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (token == null || !chain.request().url().host().equalsIgnoreCase(host)) {
      return chain.proceed(chain.request());
    }
    return chain.proceed(chain.request().newBuilder().header("Authorization", "Bearer " + token).build());
  }
}
