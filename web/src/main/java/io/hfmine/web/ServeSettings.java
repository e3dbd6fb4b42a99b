package io.hfmine.web;

import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.config.ValidatedSettings;

/**
 * The {@code serve} section of the configuration: where {@code hfmine serve} listens and how much
 * a page shows. Bound with {@link Config#section}, so unknown keys fail and {@link #validate()}
 * checks the ranges when any command binds the configuration.
 */
public record ServeSettings(String bind, int port, int pageSize, int similarUsages, int similarGroupLimit,
    int patternMembers) implements ValidatedSettings {
  /** The configuration section this record binds. */
  public static final String SECTION = "serve";

  public static ServeSettings from(Config config) {
    return config.section(SECTION, ServeSettings.class);
  }

  @Override
  public void validate() {
    if (bind == null || bind.isBlank()) {
      throw new IllegalArgumentException("serve.bind must name an address, e.g. 127.0.0.1");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("serve.port must be between 0 and 65535; got " + port);
    }
    if (pageSize < 10 || pageSize > 500) {
      throw new IllegalArgumentException("serve.page-size must be between 10 and 500; got " + pageSize);
    }
    if (similarUsages < 0 || similarUsages > 50) {
      throw new IllegalArgumentException("serve.similar-usages must be between 0 and 50; got " + similarUsages);
    }
    if (similarGroupLimit < 1) {
      throw new IllegalArgumentException("serve.similar-group-limit must be at least 1; got " + similarGroupLimit);
    }
    if (patternMembers < 1 || patternMembers > 24) {
      throw new IllegalArgumentException("serve.pattern-members must be between 1 and 24; got " + patternMembers);
    }
  }

  /** A copy listening elsewhere (the command's --bind and --port). */
  public ServeSettings listeningOn(String newBind, Integer newPort) {
    ServeSettings copy = new ServeSettings(newBind == null ? bind : newBind, newPort == null ? port : newPort,
        pageSize, similarUsages, similarGroupLimit, patternMembers);
    copy.validate();
    return copy;
  }

  /** Whether the address is this machine only (127.0.0.0/8, ::1, localhost). */
  public boolean loopbackOnly() {
    String address = bind.strip();
    return address.equals("localhost") || address.startsWith("127.") || address.equals("::1")
        || address.equals("[::1]");
  }
}
