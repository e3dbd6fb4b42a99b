package io.hfmine.analyzers.pick.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Hub's {@code safetensors} object ({@code {"parameters": {"BF16": n, ...}, "total": n}}): the
 * parameter count, and the bytes of the weights from each dtype's width.
 */
final class SafetensorsSizes {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Double> BYTES_PER_VALUE = Map.ofEntries(
      Map.entry("F64", 8.0), Map.entry("I64", 8.0), Map.entry("U64", 8.0),
      Map.entry("F32", 4.0), Map.entry("I32", 4.0), Map.entry("U32", 4.0),
      Map.entry("F16", 2.0), Map.entry("BF16", 2.0), Map.entry("I16", 2.0), Map.entry("U16", 2.0),
      Map.entry("F8_E4M3", 1.0), Map.entry("F8_E5M2", 1.0), Map.entry("F8_E8M0", 1.0), Map.entry("I8", 1.0),
      Map.entry("U8", 1.0), Map.entry("BOOL", 1.0), Map.entry("F4", 0.5), Map.entry("F6_E2M3", 0.75),
      Map.entry("F6_E3M2", 0.75));

  private final Long total;
  private final Double bytes;
  private final String dtypes;

  private SafetensorsSizes(Long total, Double bytes, String dtypes) {
    this.total = total;
    this.bytes = bytes;
    this.dtypes = dtypes;
  }

  static SafetensorsSizes parse(String json) {
    if (json == null || json.isBlank()) {
      return new SafetensorsSizes(null, null, null);
    }
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (IOException e) {
      return new SafetensorsSizes(null, null, null);
    }
    JsonNode parameters = node.path("parameters");
    long sum = 0;
    double bytes = 0;
    boolean allKnown = parameters.isObject() && !parameters.isEmpty();
    StringBuilder dtypes = new StringBuilder();
    for (Iterator<Map.Entry<String, JsonNode>> it = parameters.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      long count = entry.getValue().asLong();
      sum += count;
      Double width = BYTES_PER_VALUE.get(entry.getKey().toUpperCase(Locale.ROOT));
      if (width == null) {
        allKnown = false;
      } else {
        bytes += width * count;
      }
      dtypes.append(dtypes.isEmpty() ? "" : ", ").append(entry.getKey()).append(' ').append(count);
    }
    Long total = node.path("total").isIntegralNumber() ? node.path("total").asLong() : sum > 0 ? sum : null;
    return new SafetensorsSizes(total, allKnown ? bytes : null, dtypes.isEmpty() ? null : dtypes.toString());
  }

  Optional<Long> total() {
    return Optional.ofNullable(total).filter(count -> count > 0);
  }

  Optional<Double> bytes() {
    return Optional.ofNullable(bytes).filter(value -> value > 0);
  }

  /** The per-dtype counts as the Hub gave them, for provenance. */
  String dtypes() {
    return dtypes;
  }
}
