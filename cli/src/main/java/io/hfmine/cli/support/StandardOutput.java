package io.hfmine.cli.support;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output that cannot fail silently. Java's print streams swallow write errors, so
 * {@code hfmine usage scan > /dev/full} used to end with exit code 0 and a truncated file; every
 * command's lifecycle ({@link BaseCommand}) now checks the stream after the command and fails
 * with exit code 1 when anything could not be written. The process's real stdout also remembers
 * the first error, so the message can say why (no space left, broken pipe).
 */
public final class StandardOutput {
  private static volatile Memo process;

  private StandardOutput() {
  }

  /** The process's stdout for {@code Main.main}. */
  public static PrintStream ofProcess() {
    Memo memo = new Memo(new FileOutputStream(FileDescriptor.out));
    process = memo;
    return new PrintStream(memo, true, StandardCharsets.UTF_8);
  }

  /** Throws when something written to {@code out} was lost; called once the command's work is done. */
  static void verify(PrintWriter out) {
    out.flush();
    if (out.checkError()) {
      Memo memo = process;
      String cause = memo == null || memo.failure == null ? "" : " (" + memo.failure.getMessage() + ")";
      throw new OutputFailedException("cannot write to standard output" + cause
          + ": the data written there is incomplete; check the disk space or the receiving command");
    }
  }

  /** What was printed for a command did not all reach its destination. */
  public static final class OutputFailedException extends RuntimeException {
    OutputFailedException(String message) {
      super(message);
    }
  }

  private static final class Memo extends FilterOutputStream {
    private volatile IOException failure;

    Memo(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        remember(e);
        throw e;
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      try {
        out.write(bytes, offset, length);
      } catch (IOException e) {
        remember(e);
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        remember(e);
        throw e;
      }
    }

    private void remember(IOException e) {
      if (failure == null) {
        failure = e;
      }
    }
  }
}
