package io.hfmine.crawler.hf;

import java.io.IOException;

/** The Hub answered something hfmine cannot use; subclasses say what, the message names the URL. */
public class HubException extends IOException {
  public HubException(String message) {
    super(message);
  }

  public HubException(String message, Throwable cause) {
    super(message, cause);
  }
}
