package io.hfmine.analyzers.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Percentage;

/** Reads the SciPy answers kept in {@code src/test/resources/stats} (see its README). */
final class ReferenceVectors {
  /** 1e-9 relative, as the statistics conventions require. */
  static final Percentage RELATIVE_1E_9 = Percentage.withPercentage(1e-7);

  private ReferenceVectors() {
  }

  static JsonNode generated() {
    return read("stats/scipy-vectors.json");
  }

  static JsonNode shared() {
    return read("stats/shared-reference-vectors.json");
  }

  static double[] doubles(JsonNode array) {
    double[] values = new double[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).asDouble();
    }
    return values;
  }

  static List<double[]> groups(JsonNode array) {
    List<double[]> groups = new ArrayList<>();
    array.forEach(group -> groups.add(doubles(group)));
    return groups;
  }

  private static JsonNode read(String resource) {
    try (InputStream in = ReferenceVectors.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the test resources");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
