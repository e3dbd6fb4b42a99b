package io.hfmine.crawler.github.internal;

import io.hfmine.crawler.github.rate.Bucket;
import io.hfmine.crawler.github.rate.TokenPool;
import io.hfmine.crawler.github.rate.TokenSlot;
import io.hfmine.crawler.github.rate.WallClock;
import java.io.IOException;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Picks the token of each attempt (round-robin, preferring one whose bucket is ready) and adds it
 * as the {@code Authorization} header. It runs inside the archive, so no token is ever recorded.
 */
public final class CredentialsInterceptor implements Interceptor {
  private final TokenPool pool;
  private final WallClock clock;

  public CredentialsInterceptor(TokenPool pool, WallClock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    TokenSlot slot = request.tag(TokenSlot.class);
    if (slot == null) {
      Optional<Bucket> bucket = Bucket.ofPath(request.url().encodedPath());
      slot = bucket.isPresent() ? pool.choose(bucket.get(), clock.now()) : pool.rotate();
    }
    Request.Builder builder = request.newBuilder().tag(TokenSlot.class, slot);
    if (slot.token() != null) {
      builder.header("Authorization", "Bearer " + slot.token());
    }
    return chain.proceed(builder.build());
  }
}
