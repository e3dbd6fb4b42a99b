package io.hfmine.finetune.onnx;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The float weights stored in an ONNX model file, by name. ONNX Runtime runs a model but does not
 * hand its weights out, and fine-tuning needs them as tensors of its own.
 *
 * <p>Exporters rename the weight a MatMul reads when they transpose it ({@code onnx::MatMul_787}
 * for the query projection of the first layer); such a weight is also found under the name of the
 * module whose MatMul reads it ({@code encoder.layer.0.attention.self.query.weight}), taken from
 * the node's output name ({@code /encoder/layer.0/attention/self/query/MatMul_output_0}). Its
 * shape stays as stored: inputs by outputs, so {@code x.matMul(w)} applies it.
 *
 * <p>Only the parts of the format weights live in are read (ModelProto.graph, GraphProto.node and
 * .initializer, TensorProto's dims, data_type, name, float_data and raw_data); everything else is
 * skipped by its wire type.
 */
public final class OnnxInitializers {
  private static final int MODEL_GRAPH = 7;
  private static final int GRAPH_NODE = 1;
  private static final int GRAPH_INITIALIZER = 5;
  private static final int NODE_INPUT = 1;
  private static final int NODE_OUTPUT = 2;
  private static final int NODE_OP_TYPE = 4;
  private static final int TENSOR_DIMS = 1;
  private static final int TENSOR_DATA_TYPE = 2;
  private static final int TENSOR_FLOAT_DATA = 4;
  private static final int TENSOR_NAME = 8;
  private static final int TENSOR_RAW_DATA = 9;
  private static final int FLOAT = 1;
  private static final String MATMUL_OUTPUT = "/MatMul_output_0";

  /** One weight: its shape and its values in row-major order. */
  public record Tensor(long[] shape, float[] values) {
  }

  private final Map<String, Tensor> tensors = new HashMap<>();
  private final Map<String, String> moduleWeights = new HashMap<>();

  private OnnxInitializers() {
  }

  /** Reads a model file; {@code origin} names it in errors. */
  public static OnnxInitializers read(InputStream in, String origin) throws IOException {
    OnnxInitializers read = new OnnxInitializers();
    try {
      CodedInputStream model = CodedInputStream.newInstance(in);
      model.setSizeLimit(Integer.MAX_VALUE);
      read.readModel(model);
      // A MatMul of two activations (attention's query by key) names no weight.
      read.moduleWeights.values().removeIf(weight -> !read.tensors.containsKey(weight));
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      throw new IOException(origin + " is not an ONNX model: " + e.getMessage(), e);
    }
    if (read.tensors.isEmpty()) {
      throw new IOException(origin + " holds no float weights (is it an ONNX model?)");
    }
    return read;
  }

  /** The weight of that name, or of the module whose MatMul reads it. */
  public Tensor get(String name) {
    Tensor tensor = tensors.get(name);
    if (tensor == null && moduleWeights.containsKey(name)) {
      tensor = tensors.get(moduleWeights.get(name));
    }
    if (tensor == null) {
      throw new IllegalArgumentException("the model has no weight '" + name + "'");
    }
    return tensor;
  }

  public boolean has(String name) {
    return tensors.containsKey(name) || moduleWeights.containsKey(name);
  }

  /** Every name a weight can be asked for by, sorted. */
  public Set<String> names() {
    Set<String> names = new TreeSet<>(tensors.keySet());
    names.addAll(moduleWeights.keySet());
    return Collections.unmodifiableSet(names);
  }

  private void readModel(CodedInputStream in) throws IOException {
    for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
      if (WireFormat.getTagFieldNumber(tag) == MODEL_GRAPH) {
        int limit = in.pushLimit(in.readRawVarint32());
        readGraph(in);
        in.popLimit(limit);
      } else {
        in.skipField(tag);
      }
    }
  }

  private void readGraph(CodedInputStream in) throws IOException {
    for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
      int field = WireFormat.getTagFieldNumber(tag);
      if (field == GRAPH_INITIALIZER || field == GRAPH_NODE) {
        int limit = in.pushLimit(in.readRawVarint32());
        if (field == GRAPH_INITIALIZER) {
          readTensor(in);
        } else {
          readNode(in);
        }
        in.popLimit(limit);
      } else {
        in.skipField(tag);
      }
    }
  }

  private void readTensor(CodedInputStream in) throws IOException {
    List<Long> dims = new ArrayList<>();
    String name = null;
    int dataType = 0;
    float[] values = null;
    List<Float> floatData = new ArrayList<>();
    for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
      int field = WireFormat.getTagFieldNumber(tag);
      int wire = WireFormat.getTagWireType(tag);
      if (field == TENSOR_DIMS && wire == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
        packed(in, packedDims -> dims.add(packedDims.readInt64()));
      } else if (field == TENSOR_DIMS) {
        dims.add(in.readInt64());
      } else if (field == TENSOR_DATA_TYPE) {
        dataType = in.readInt32();
      } else if (field == TENSOR_NAME) {
        name = in.readString();
      } else if (field == TENSOR_RAW_DATA) {
        ByteBuffer raw = in.readBytes().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        values = new float[raw.remaining() / Float.BYTES];
        raw.asFloatBuffer().get(values);
      } else if (field == TENSOR_FLOAT_DATA && wire == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
        packed(in, packedFloats -> floatData.add(packedFloats.readFloat()));
      } else if (field == TENSOR_FLOAT_DATA) {
        floatData.add(in.readFloat());
      } else {
        in.skipField(tag);
      }
    }
    if (dataType != FLOAT || name == null) {
      return;
    }
    if (values == null) {
      values = new float[floatData.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = floatData.get(i);
      }
    }
    long[] shape = dims.stream().mapToLong(Long::longValue).toArray();
    long size = 1;
    for (long d : shape) {
      size *= d;
    }
    if (size != values.length) {
      throw new IOException("weight '" + name + "' has " + values.length + " values for its shape of " + size);
    }
    tensors.put(name, new Tensor(shape, values));
  }

  /** Reads a packed repeated scalar field: its length, then values until that many bytes are read. */
  private static void packed(CodedInputStream in, ScalarReader each) throws IOException {
    int limit = in.pushLimit(in.readRawVarint32());
    while (in.getBytesUntilLimit() > 0) {
      each.read(in);
    }
    in.popLimit(limit);
  }

  private interface ScalarReader {
    void read(CodedInputStream in) throws IOException;
  }

  private void readNode(CodedInputStream in) throws IOException {
    List<String> inputs = new ArrayList<>();
    List<String> outputs = new ArrayList<>();
    String op = null;
    for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
      switch (WireFormat.getTagFieldNumber(tag)) {
        case NODE_INPUT -> inputs.add(in.readString());
        case NODE_OUTPUT -> outputs.add(in.readString());
        case NODE_OP_TYPE -> op = in.readString();
        default -> in.skipField(tag);
      }
    }
    if ("MatMul".equals(op) && inputs.size() == 2 && outputs.size() == 1 && outputs.get(0).endsWith(MATMUL_OUTPUT)
        && outputs.get(0).startsWith("/")) {
      String output = outputs.get(0);
      String module = output.substring(1, output.length() - MATMUL_OUTPUT.length()).replace('/', '.');
      moduleWeights.put(module + ".weight", inputs.get(1));
    }
  }
}
