package io.hfmine.cli.support;

/** What a command's exit status means; the help text's exit-code table is made from it. */
public enum ExitCode {
  SUCCESS(0),
  FAILURE(1),
  USAGE(2),
  PARTIAL(3);

  public static final String SUCCESS_TEXT = "0:success";
  public static final String FAILURE_TEXT = "1:runtime failure (one-line cause; stack trace with -v)";
  public static final String USAGE_TEXT = "2:usage error (bad option or argument)";
  public static final String PARTIAL_TEXT = "3:finished, but some units failed (they are retried next run)";

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
