package io.hfmine.cli.faults;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;

/**
 * One of the project's fake servers behind a local port, with faults injected at random (seeded)
 * requests: 5xx, rate limits with and without {@code Retry-After}, dropped connections, bodies cut
 * off mid-transfer, JSON cut short inside whole framing, timeouts; and a process kill at a chosen
 * request. Every injected fault is listed, so a failure can say what happened.
 */
final class FaultyServer implements AutoCloseable {
  /** A fault and the statuses/headers it answers with. */
  enum Fault {
    SERVER_ERROR, RATE_LIMITED_RETRY_AFTER, RATE_LIMITED_BARE, SECONDARY_403, DROPPED_CONNECTION, CUT_MID_BODY,
    JSON_CUT_SHORT, TIMEOUT
  }

  /** What the fault looks like on this server (the Hub and GitHub say "rate limited" differently). */
  interface Dialect {
    MockResponse rateLimited(boolean retryAfter);
  }

  private static final int MAX_TIMEOUTS = 2;

  private final String name;
  private final Dispatcher delegate;
  private final Dialect dialect;
  private final List<Fault> kinds;
  private final MockWebServer server = new MockWebServer();
  private final List<String> injected = java.util.Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger timeouts = new AtomicInteger();
  private Random random;
  private volatile double rate;
  private volatile int killAt = -1;
  private volatile Runnable kill;

  FaultyServer(String name, Dispatcher delegate, Dialect dialect, List<Fault> kinds) throws IOException {
    this.name = name;
    this.delegate = delegate;
    this.dialect = dialect;
    this.kinds = List.copyOf(kinds);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        return answer(request);
      }
    });
    server.start();
  }

  /** The server's base URL, without the trailing slash. */
  String endpoint() {
    String url = server.url("/").toString();
    return url.substring(0, url.length() - 1);
  }

  /** Injects faults into a share {@code rate} of the requests, drawn from {@code random}. */
  synchronized void faults(Random random, double rate) {
    this.random = random;
    this.rate = rate;
    timeouts.set(0);
  }

  /** Runs {@code kill} when the {@code request}-th request (from now, 1-based) arrives, and drops it. */
  void killAt(int request, Runnable kill) {
    this.kill = kill;
    this.killAt = request < 0 ? -1 : requests.get() + request;
  }

  int requests() {
    return requests.get();
  }

  List<String> injected() {
    synchronized (injected) {
      return List.copyOf(injected);
    }
  }

  private MockResponse answer(RecordedRequest request) throws InterruptedException {
    int number = requests.incrementAndGet();
    String target = request.getMethod() + " " + request.getPath();
    if (number == killAt && kill != null) {
      injected.add(name + " #" + number + " " + target + " -> process killed");
      kill.run();
      return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
    }
    Fault fault = draw();
    if (fault == null) {
      return delegate.dispatch(request);
    }
    injected.add(name + " #" + number + " " + target + " -> " + fault);
    return switch (fault) {
      case SERVER_ERROR -> new MockResponse().setResponseCode(502).setBody("{\"message\":\"Bad Gateway\"}")
          .setHeader("Content-Type", "application/json");
      case RATE_LIMITED_RETRY_AFTER -> dialect.rateLimited(true);
      case RATE_LIMITED_BARE -> dialect.rateLimited(false);
      case SECONDARY_403 -> new MockResponse().setResponseCode(403).setHeader("Content-Type", "application/json")
          .setBody("{\"message\":\"You have exceeded a secondary rate limit. Please wait a few minutes.\"}");
      case DROPPED_CONNECTION -> new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
      case TIMEOUT -> new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
      case CUT_MID_BODY -> cutMidBody(delegate.dispatch(request));
      case JSON_CUT_SHORT -> jsonCutShort(delegate.dispatch(request));
    };
  }

  private synchronized Fault draw() {
    if (random == null || rate <= 0 || random.nextDouble() >= rate) {
      return null;
    }
    Fault fault = kinds.get(random.nextInt(kinds.size()));
    if (fault == Fault.TIMEOUT && timeouts.incrementAndGet() > MAX_TIMEOUTS) {
      return Fault.SERVER_ERROR;
    }
    return fault;
  }

  // The real answer, padded so that half of it is a real cut, then the connection dropped midway.
  private static MockResponse cutMidBody(MockResponse real) {
    Buffer body = real.getBody() == null ? new Buffer() : real.getBody().clone();
    body.writeUtf8(" ".repeat(16 * 1024));
    return real.setBody(body).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY);
  }

  // A JSON answer whose framing is whole but whose JSON stops halfway (a proxy's cut copy); other
  // answers are cut mid-transfer instead, since nothing tells a shorter text from a whole one.
  private static MockResponse jsonCutShort(MockResponse real) {
    String type = real.getHeaders().get("Content-Type");
    Buffer body = real.getBody();
    if (type == null || !type.contains("json") || body == null || body.size() < 2) {
      return cutMidBody(real);
    }
    String text = body.clone().readUtf8();
    return real.setBody(text.substring(0, text.length() / 2));
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
