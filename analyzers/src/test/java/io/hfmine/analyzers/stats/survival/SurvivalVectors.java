package io.hfmine.analyzers.stats.survival;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** R survival's answers, written by scripts/reference-vectors/survival_vectors.R (see stats/README.md). */
final class SurvivalVectors {
  private SurvivalVectors() {
  }

  static List<JsonNode> cases() {
    try (InputStream in = SurvivalVectors.class.getClassLoader().getResourceAsStream("stats/survival-vectors.json")) {
      List<JsonNode> cases = new ArrayList<>();
      new ObjectMapper().readTree(in).get("cases").forEach(cases::add);
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SurvivalSample sample(JsonNode curve) {
    JsonNode times = curve.get("time");
    JsonNode events = curve.get("event");
    double[] t = new double[times.size()];
    boolean[] e = new boolean[events.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = times.get(i).asDouble();
      e[i] = events.get(i).asInt() == 1;
    }
    return new SurvivalSample(t, e);
  }

  /** A number R wrote; null stands for NA or an infinite value. */
  static Double value(JsonNode node) {
    JsonNode single = node.isArray() ? node.get(0) : node;
    return single == null || single.isNull() ? null : single.asDouble();
  }
}
