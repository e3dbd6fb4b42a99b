package io.hfmine.analyzers.usage.isolation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.analyzers.usage.FileOutcome;
import io.hfmine.analyzers.usage.SourceFile;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * What the parent and an extraction worker say over the worker's stdin and stdout: length-
 * prefixed frames, a file one way ({@code repository, path, blob sha, bytes}), its outcome as
 * JSON the other way. A closed stdin ends the worker.
 */
final class WorkerProtocol {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_FRAME = 512 * 1024 * 1024;

  private WorkerProtocol() {
  }

  static void writeFile(DataOutputStream out, SourceFile file) throws IOException {
    writeNullable(out, file.repository());
    writeNullable(out, file.path());
    writeNullable(out, file.blobSha());
    out.writeInt(file.content().length);
    out.write(file.content());
    out.flush();
  }

  /** The next file, or null when the parent closed the stream. */
  static SourceFile readFile(DataInputStream in) throws IOException {
    String repository;
    try {
      repository = readNullable(in);
    } catch (EOFException end) {
      return null;
    }
    String path = readNullable(in);
    String blobSha = readNullable(in);
    return new SourceFile(repository, path, blobSha, readFrame(in));
  }

  static void writeOutcome(DataOutputStream out, FileOutcome outcome) throws IOException {
    byte[] json = JSON.writeValueAsBytes(outcome);
    out.writeInt(json.length);
    out.write(json);
    out.flush();
  }

  static FileOutcome readOutcome(DataInputStream in) throws IOException {
    return JSON.readValue(readFrame(in), FileOutcome.class);
  }

  private static byte[] readFrame(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > MAX_FRAME) {
      throw new IOException("bad frame length " + length + " from the extraction worker");
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return bytes;
  }

  private static void writeNullable(DataOutputStream out, String text) throws IOException {
    out.writeBoolean(text != null);
    if (text != null) {
      out.writeUTF(text);
    }
  }

  private static String readNullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }
}
