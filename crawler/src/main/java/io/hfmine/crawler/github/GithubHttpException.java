package io.hfmine.crawler.github;

import io.hfmine.datasets.secrets.Secrets;
import java.io.IOException;

/** GitHub answered with an error status; the message names the status and the URL, never a token. */
public final class GithubHttpException extends IOException {
  private final int status;

  public GithubHttpException(int status, String url, String githubMessage) {
    super(Secrets.redact("GitHub answered " + status + " for " + url
        + (githubMessage == null || githubMessage.isBlank() ? "" : ": " + githubMessage)));
    this.status = status;
  }

  public int status() {
    return status;
  }
}
