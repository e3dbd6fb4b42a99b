package io.hfmine.bench.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading one line of the reference's output (the reference itself is not run here). */
class ReferenceOracleTest {

  @Test
  void aLineIsAFileWithTheCallsAndStringsTheReferenceSaw() throws IOException {
    Map.Entry<Path, ReferenceOracle.Analysis> file = ReferenceOracle.parse("{\"file\": \"/tmp/app.py\", \"parsed\": true,"
        + " \"partial\": false, \"calls\": [{\"line\": 3, \"callee\": \"transformers.pipeline\","
        + " \"values\": [\"acme/tiny-model\"], \"pretrained\": \"absent\"}, {\"line\": 5, \"callee\":"
        + " \"timm.create_model\", \"values\": [], \"pretrained\": \"true\"}], \"strings\": [\"acme/tiny-model\"]}");
    assertThat(file.getKey()).isEqualTo(Path.of("/tmp/app.py"));
    assertThat(file.getValue()).isEqualTo(new ReferenceOracle.Analysis(true, false, List.of(
        new ReferenceOracle.Call(3, "transformers.pipeline", List.of("acme/tiny-model"), "absent"),
        new ReferenceOracle.Call(5, "timm.create_model", List.of(), "true")), List.of("acme/tiny-model")));
  }

  @Test
  void aFileCPythonCannotParseHasNothingElse() throws IOException {
    // The reference writes no `partial` and no `pretrained` for such a file.
    Map.Entry<Path, ReferenceOracle.Analysis> file =
        ReferenceOracle.parse("{\"file\": \"/tmp/old.py\", \"parsed\": false, \"calls\": [], \"strings\": []}");
    assertThat(file.getValue()).isEqualTo(new ReferenceOracle.Analysis(false, false, List.of(), List.of()));
  }

  @Test
  void aCallWithoutAPretrainedFlagHasItAbsent() throws IOException {
    ReferenceOracle.Analysis analysis = ReferenceOracle.parse("{\"file\": \"a.py\", \"parsed\": true, \"partial\": true,"
        + " \"calls\": [{\"line\": 1, \"callee\": \"timm.create_model\", \"values\": [\"tinynet_a\"]}],"
        + " \"strings\": []}").getValue();
    assertThat(analysis.partial()).isTrue();
    assertThat(analysis.calls()).singleElement().extracting(ReferenceOracle.Call::pretrained).isEqualTo("absent");
  }
}
