package io.hfmine.web.http;

import java.util.Locale;
import java.util.Set;

/**
 * Refuses requests whose {@code Host} names another machine while the server listens on loopback
 * only: a web page cannot then reach the store through a DNS name that it points at 127.0.0.1
 * (DNS rebinding). A server bound to another address was exposed on purpose and accepts any name.
 */
public final class HostGuard {
  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

  private final boolean loopbackOnly;

  public HostGuard(boolean loopbackOnly) {
    this.loopbackOnly = loopbackOnly;
  }

  public boolean allows(String hostHeader) {
    if (!loopbackOnly) {
      return true;
    }
    if (hostHeader == null || hostHeader.isBlank()) {
      return false;
    }
    String host = hostHeader.strip().toLowerCase(Locale.ROOT);
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      host = end < 0 ? host : host.substring(0, end + 1);
    } else if (host.indexOf(':') >= 0) {
      host = host.substring(0, host.indexOf(':'));
    }
    return LOOPBACK_NAMES.contains(host) || host.startsWith("127.");
  }
}
