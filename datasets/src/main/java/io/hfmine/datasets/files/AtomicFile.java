package io.hfmine.datasets.files;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One file written whole or not at all: a reader, a later run or a process killed halfway
 * sees the old content or the new one, never a mix or a truncated file.
 *
 * <p>The content goes to a temporary sibling in the target's directory, created new for this
 * write ({@code .NAME.RANDOM.part}: hidden, and ending in {@code .part} so folder walkers that
 * skip partial files skip it), then an atomic move replaces the target. Two processes writing the
 * same file each write their own temporary; the last move wins. Where the file system refuses
 * an atomic move, a plain replacing move is used. On any failure, including an exception thrown
 * by the caller's writer, the temporary is removed and the target keeps what it had. Missing
 * parent directories are created; the new file gets the permissions a plain new file gets (not
 * the owner-only ones of {@link Files#createTempFile}).
 *
 * <p>Failures of the file itself (cannot create, write, sync or move) are thrown as
 * {@link WriteFailedException}, which names the target, never the temporary; an exception the
 * caller's writer throws for its own reasons comes out unchanged. For a set of files that replaces
 * a set in an output directory use {@link OwnedOutput}; for a file that grows and is resumed
 * (a download) this is the wrong tool.
 */
public final class AtomicFile {
  /** Writes the content to a stream (buffered; closing it is allowed and does nothing more). */
  @FunctionalInterface
  public interface BytesWriter {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes the content as UTF-8 text (buffered; unmappable characters are an error). */
  @FunctionalInterface
  public interface TextWriter {
    void writeTo(Writer out) throws IOException;
  }

  /** The move into place, replaceable in tests to play a file system that refuses atomic moves. */
  @FunctionalInterface
  interface Move {
    void move(Path from, Path to) throws IOException;
  }

  /** The target could not be written; the message names it and says why. */
  public static final class WriteFailedException extends IOException {
    private final transient Path file;
    private final String reason;

    WriteFailedException(Path file, String reason, IOException cause) {
      super("cannot write " + file + ": " + reason, cause);
      this.file = file;
      this.reason = reason;
    }

    /** The file that was to be written. */
    public Path file() {
      return file;
    }

    /** Why, without the file's name: for callers that word the message themselves. */
    public String reason() {
      return reason;
    }
  }

  private static final String SUFFIX = ".part";
  private static final int BUFFER = 1 << 16;
  // Keeps the temporary's name within the usual 255-byte limit whatever the target's length.
  private static final int MAX_STEM = 200;
  private static final Move ATOMIC = (from, to) ->
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

  private final Path target;
  private final boolean synced;
  private final Move atomicMove;

  private AtomicFile(Path target, boolean synced, Move atomicMove) {
    this.target = target;
    this.synced = synced;
    this.atomicMove = atomicMove;
  }

  /**
   * Whether {@code file} is the temporary of a write that never finished (a killed process
   * leaves one behind): code that walks a folder of written files skips these.
   */
  public static boolean isTemporary(Path file) {
    return file.getFileName().toString().endsWith(SUFFIX);
  }

  /** The file {@code file}, to be written whole. */
  public static AtomicFile at(Path file) {
    return new AtomicFile(file, false, ATOMIC);
  }

  static AtomicFile at(Path file, Move atomicMove) {
    return new AtomicFile(file, false, atomicMove);
  }

  /**
   * The same file, its content forced to the disk before the move: it then survives a power
   * cut too, not only the death of the process. Costs a sync per write.
   */
  public AtomicFile synced() {
    return new AtomicFile(target, true, atomicMove);
  }

  /**
   * Replaces the file with a copy of {@code source}, which keeps the source's permissions where
   * the file system has POSIX ones (as {@link Files#copy} does): a private file stays private.
   */
  public void copyOf(Path source) throws IOException {
    Set<PosixFilePermission> permissions = Files.getFileAttributeView(source, PosixFileAttributeView.class) == null
        ? null : Files.getPosixFilePermissions(source);
    write(out -> Files.copy(source, out), permissions);
  }

  /** Replaces the file with {@code bytes}. */
  public void write(byte[] bytes) throws IOException {
    write(out -> out.write(bytes));
  }

  /** Replaces the file with {@code text} in UTF-8. */
  public void writeString(CharSequence text) throws IOException {
    writeText(out -> out.append(text));
  }

  /** Replaces the file with {@code lines} in UTF-8, each ended by the platform's line separator. */
  public void writeLines(Iterable<? extends CharSequence> lines) throws IOException {
    writeText(out -> {
      for (CharSequence line : lines) {
        out.append(line).append(System.lineSeparator());
      }
    });
  }

  /** Replaces the file with what {@code body} writes as UTF-8 text. */
  public void writeText(TextWriter body) throws IOException {
    write(out -> {
      Writer buffered = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()), BUFFER);
      // As with the byte stream, a writer that closes what it was given only flushes it.
      Writer writer = new FilterWriter(buffered) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
      body.writeTo(writer);
      writer.flush();
    });
  }

  /** Replaces the file with what {@code body} writes; nothing changes when it throws. */
  public void write(BytesWriter body) throws IOException {
    write(body, null);
  }

  private void write(BytesWriter body, Set<PosixFilePermission> permissions) throws IOException {
    Path file = target.toAbsolutePath();
    if (isSpecial(file)) {
      writeInPlace(file, body);
      return;
    }
    Path dir = file.getParent();
    Path temporary = null;
    FileChannel channel = null;
    try {
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw failure(e, null);
      }
      while (channel == null) {
        temporary = temporaryIn(dir, file.getFileName().toString());
        channel = create(temporary);
      }
      Output out = new Output(channel, temporary, synced);
      body.writeTo(out);
      out.finish();
      channel = null;
      if (permissions != null) {
        try {
          Files.setPosixFilePermissions(temporary, permissions);
        } catch (IOException e) {
          throw failure(e, temporary);
        }
      }
      moveIntoPlace(temporary, file);
    } catch (Throwable failure) {
      discard(channel, temporary, failure);
      throw failure;
    }
  }

  /**
   * Whether the target is something other than a file or a folder: a device such as
   * {@code /dev/null}, a named pipe, {@code /dev/stdout}. Such a target cannot be replaced (a move
   * onto {@code /dev/null} would put a plain file in its place, for every program on the
   * machine), and what is written to it is gone or read as it comes, so there is no old content
   * to keep whole either.
   */
  private static boolean isSpecial(Path file) {
    return Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file);
  }

  private void writeInPlace(Path file, BytesWriter body) throws IOException {
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw failure(e, null);
    }
    try {
      Output out = new Output(channel, null, false);
      body.writeTo(out);
      out.finish();
    } catch (Throwable failure) {
      discard(channel, null, failure);
      throw failure;
    }
  }

  private Path temporaryIn(Path dir, String name) {
    String stem = name.length() > MAX_STEM ? name.substring(0, MAX_STEM) : name;
    return dir.resolve("." + stem + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + SUFFIX);
  }

  // Null when the name is taken: CREATE_NEW never reuses another writer's temporary or a link planted under its name.
  private FileChannel create(Path temporary) throws WriteFailedException {
    try {
      return FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      return null;
    } catch (IOException e) {
      throw failure(e, temporary);
    }
  }

  private void moveIntoPlace(Path temporary, Path file) throws WriteFailedException {
    try {
      try {
        atomicMove.move(temporary, file);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw failure(e, temporary);
    }
  }

  private static void discard(FileChannel channel, Path temporary, Throwable failure) {
    try {
      if (channel != null) {
        channel.close();
      }
      if (temporary != null) {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private WriteFailedException failure(IOException e, Path temporary) {
    if (e instanceof WriteFailedException named) {
      return named;
    }
    return new WriteFailedException(target, reason(e, temporary, target.toAbsolutePath().getParent()), e);
  }

  // Says what went wrong without the temporary's name, which means nothing to a reader.
  private static String reason(IOException e, Path temporary, Path dir) {
    String named = e instanceof FileSystemException fs ? fs.getFile() : null;
    boolean aboutTemporary = named != null && temporary != null && Path.of(named).equals(temporary);
    if (e instanceof AccessDeniedException) {
      return "permission denied in " + (named == null || aboutTemporary ? dir : named);
    }
    if (e instanceof FileAlreadyExistsException) {
      return named + " exists and is not a directory";
    }
    if (e instanceof NoSuchFileException) {
      return aboutTemporary ? "its temporary file was removed while being written" : "no such file or directory: " + named;
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      String why = fs.getReason();
      return why.isEmpty() ? why : why.substring(0, 1).toLowerCase(Locale.ROOT) + why.substring(1);
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * The stream a writer gets: buffered, its failures named after the target. Closing it only
   * flushes; {@link #finish} closes the file once the writer is done.
   */
  private final class Output extends FilterOutputStream {
    private final FileChannel channel;
    private final Path temporary;
    // A device or pipe has nothing to force to a disk (and refuses the call).
    private final boolean force;

    Output(FileChannel channel, Path temporary, boolean force) {
      super(new java.io.BufferedOutputStream(Channels.newOutputStream(channel), BUFFER));
      this.channel = channel;
      this.temporary = temporary;
      this.force = force;
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw failure(e, temporary);
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      try {
        out.write(bytes, offset, length);
      } catch (IOException e) {
        throw failure(e, temporary);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw failure(e, temporary);
      }
    }

    @Override
    public void close() throws IOException {
      flush();
    }

    void finish() throws IOException {
      try {
        out.flush();
        if (force) {
          channel.force(true);
        }
        channel.close();
      } catch (IOException e) {
        throw failure(e, temporary);
      }
    }
  }
}
