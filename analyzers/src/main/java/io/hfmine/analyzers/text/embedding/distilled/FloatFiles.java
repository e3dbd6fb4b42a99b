package io.hfmine.analyzers.text.embedding.distilled;

import io.hfmine.datasets.files.AtomicFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/** The table's and its parts' files: little-endian floats, written whole or not at all. */
final class FloatFiles {
  private FloatFiles() {
  }

  /**
   * Writes {@code parts} in order to a file of its own beside {@code file} and moves it into place,
   * so a reader never sees half of one and another process writing the same file writes its own copy.
   */
  static void write(Path file, ByteBuffer... parts) throws IOException {
    AtomicFile.at(file).synced().write(out -> {
      WritableByteChannel channel = Channels.newChannel(out);
      for (ByteBuffer part : parts) {
        while (part.hasRemaining()) {
          channel.write(part);
        }
      }
    });
  }

  /** The whole file, little-endian. */
  static ByteBuffer read(Path file) throws IOException {
    return ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
  }

  static ByteBuffer bytes(float[] values) {
    ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    buffer.asFloatBuffer().put(values);
    return buffer;
  }
}
