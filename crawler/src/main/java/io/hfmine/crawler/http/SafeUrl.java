package io.hfmine.crawler.http;

import io.hfmine.datasets.secrets.Secrets;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * A URL as it may be shown or stored: secret-looking query parameters masked and every
 * registered secret redacted. Error messages, logs and the archive name requests this way, so
 * they can say exactly which page failed without leaking a credential.
 */
public final class SafeUrl {
  private static final Pattern SECRET_PARAMS =
      Pattern.compile("(?i)([?&](?:access_token|token|api_key|key|client_secret)=)[^&]*");

  private SafeUrl() {
  }

  public static String of(String url) {
    return Secrets.redact(SECRET_PARAMS.matcher(url).replaceAll("$1" + Secrets.MASK));
  }

  public static String of(HttpUrl url) {
    return of(url.toString());
  }
}
