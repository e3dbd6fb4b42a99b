package io.hfmine.finetune.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** Reads a model file written here field by field, as the ONNX format lays it out. */
class OnnxInitializersTest {

  @Test
  void findsATransposedWeightUnderTheModuleWhoseMatMulReadsIt() throws IOException {
    OnnxInitializers read = OnnxInitializers.read(new ByteArrayInputStream(model()), "test.onnx");

    OnnxInitializers.Tensor query = read.get("encoder.layer.0.attention.self.query.weight");
    assertThat(query.shape()).containsExactly(2, 3);
    assertThat(query.values()).containsExactly(1f, 2f, 3f, 4f, 5f, 6f);
    assertThat(read.get("onnx::MatMul_9")).isSameAs(query);
  }

  @Test
  void readsWeightsGivenAsFloatDataAsWellAsRawBytes() throws IOException {
    OnnxInitializers read = OnnxInitializers.read(new ByteArrayInputStream(model()), "test.onnx");

    assertThat(read.get("encoder.layer.0.attention.self.query.bias").values()).containsExactly(0.5f, -0.5f, 0.25f);
  }

  @Test
  void aMatMulOfTwoActivationsNamesNoWeight() throws IOException {
    OnnxInitializers read = OnnxInitializers.read(new ByteArrayInputStream(model()), "test.onnx");

    assertThat(read.has("encoder.layer.0.attention.self.weight")).isFalse();
    assertThat(read.names()).containsExactlyInAnyOrder("onnx::MatMul_9", "encoder.layer.0.attention.self.query.weight",
        "encoder.layer.0.attention.self.query.bias");
  }

  @Test
  void integerTensorsAreNotWeights() throws IOException {
    OnnxInitializers read = OnnxInitializers.read(new ByteArrayInputStream(model()), "test.onnx");

    assertThatThrownBy(() -> read.get("embeddings.position_ids"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'embeddings.position_ids'");
  }

  @Test
  void aWeightWhoseValuesDoNotFillItsShapeIsRefusedByName() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CodedOutputStream out = CodedOutputStream.newInstance(bytes);
    out.writeByteArray(7, graph(tensor("short", new long[] {2, 2}, 1, floats(1f, 2f, 3f), null)));
    out.flush();

    assertThatThrownBy(() -> OnnxInitializers.read(new ByteArrayInputStream(bytes.toByteArray()), "bad.onnx"))
        .isInstanceOf(IOException.class).hasMessageContaining("'short'").hasMessageContaining("3 values");
  }

  @Test
  void aFileThatIsNoModelIsRefusedNamingIt() {
    assertThatThrownBy(() -> OnnxInitializers.read(new ByteArrayInputStream("not a model".getBytes()), "notes.txt"))
        .isInstanceOf(IOException.class).hasMessageContaining("notes.txt");
  }

  private static byte[] model() throws IOException {
    byte[] graph = graph(
        node("MatMul", new String[] {"/embeddings/LayerNorm/Add_1_output_0", "onnx::MatMul_9"},
            "/encoder/layer.0/attention/self/query/MatMul_output_0"),
        node("MatMul", new String[] {"/encoder/layer.0/attention/self/Transpose_output_0", "/encoder/layer.0/attention/self/Transpose_1_output_0"},
            "/encoder/layer.0/attention/self/MatMul_output_0"),
        tensor("onnx::MatMul_9", new long[] {2, 3}, 1, floats(1f, 2f, 3f, 4f, 5f, 6f), null),
        tensor("encoder.layer.0.attention.self.query.bias", new long[] {3}, 1, null, new float[] {0.5f, -0.5f, 0.25f}),
        tensor("embeddings.position_ids", new long[] {1, 2}, 7, new byte[16], null));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CodedOutputStream out = CodedOutputStream.newInstance(bytes);
    out.writeInt64(1, 8); // ir_version, skipped
    out.writeString(2, "hfmine-test"); // producer_name, skipped
    out.writeByteArray(7, graph);
    out.flush();
    return bytes.toByteArray();
  }

  /** A GraphProto of nodes (field 1) and initializers (field 5), each given as field number then bytes. */
  private static byte[] graph(Object[]... parts) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CodedOutputStream out = CodedOutputStream.newInstance(bytes);
    out.writeString(2, "graph"); // name, skipped
    for (Object[] part : parts) {
      out.writeByteArray((Integer) part[0], (byte[]) part[1]);
    }
    out.flush();
    return bytes.toByteArray();
  }

  private static Object[] node(String op, String[] inputs, String output) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CodedOutputStream out = CodedOutputStream.newInstance(bytes);
    for (String input : inputs) {
      out.writeString(1, input);
    }
    out.writeString(2, output);
    out.writeString(3, output.replace("_output_0", ""));
    out.writeString(4, op);
    out.flush();
    return new Object[] {1, bytes.toByteArray()};
  }

  /** Dims packed when raw bytes are given, one by one otherwise (exporters write both). */
  private static Object[] tensor(String name, long[] dims, int type, byte[] raw, float[] floatData) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CodedOutputStream out = CodedOutputStream.newInstance(bytes);
    if (raw != null) {
      out.writeByteArray(1, packed(values -> {
        for (long d : dims) {
          values.writeInt64NoTag(d);
        }
      }));
    } else {
      for (long d : dims) {
        out.writeInt64(1, d);
      }
    }
    out.writeInt32(2, type);
    if (floatData != null) {
      out.writeByteArray(4, packed(values -> {
        for (float f : floatData) {
          values.writeFloatNoTag(f);
        }
      }));
    }
    out.writeString(8, name);
    if (raw != null) {
      out.writeBytes(9, ByteString.copyFrom(raw));
    }
    out.flush();
    return new Object[] {5, bytes.toByteArray()};
  }

  /** A repeated scalar field's values, packed (untagged, one after another). */
  private static byte[] packed(PackedValues write) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CodedOutputStream out = CodedOutputStream.newInstance(bytes);
    write.to(out);
    out.flush();
    return bytes.toByteArray();
  }

  private interface PackedValues {
    void to(CodedOutputStream out) throws IOException;
  }

  private static byte[] floats(float... values) {
    ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    for (float value : values) {
      buffer.putFloat(value);
    }
    return buffer.array();
  }
}
