package io.hfmine.analyzers.pick.request;

import static io.hfmine.analyzers.pick.PickFixtures.LICENSES;
import static io.hfmine.analyzers.pick.PickFixtures.SETTINGS;
import static io.hfmine.analyzers.pick.PickFixtures.TEMPLATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.analyzers.pick.constraint.Constraint;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestReaderTest {
  private static final RequestReader READER = new RequestReader(TEMPLATE, LICENSES, SETTINGS.constraints());

  @TempDir
  Path dir;

  private PickRequest read(String name, String yaml) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, yaml);
    return READER.read(file);
  }

  @Test
  void textAndListAttributesAreMatchedAndSpecialOnesBecomeConstraints() throws Exception {
    PickRequest request = read("sql.yaml", """
        function: turn questions into SQL
        datasets: spider
        license: {compatible-with: MIT}
        parameters: "<= 1B"
        weights-size: {max: 2GB}
        languages: [English]
        frameworks: [pytorch, onnx]
        library: transformers
        input-format: text
        access: no-manual-approval
        downloads: ">= 1000"
        bias-risks: documented
        hardware: cpu
        """);

    assertThat(request.id()).isEqualTo("sql");
    assertThat(request.matched()).containsOnlyKeys("function", "datasets");
    assertThat(request.matched().get("datasets")).containsExactly("spider");
    assertThat(request.constraints()).extracting(Constraint::describe).containsExactly(
        "licence compatible with mit (permissive-compatible)", "parameters at most 1 B parameters",
        "weights-size at most 2 GB", "handles en", "frameworks one of pytorch, onnx", "library one of transformers",
        "reads text", "access no-manual-approval", "at least 1000 downloads", "documents biases and risks",
        "fits cpu (8 GB)");
  }

  @Test
  void errorsNameTheFileAndTheField() {
    assertThatThrownBy(() -> read("typo.yaml", "fucntion: summarise news\n"))
        .hasMessageContaining("typo.yaml line 1: field `fucntion` is not a template attribute");
    assertThatThrownBy(() -> read("licence.yaml", "function: x\nlicense: mit\n"))
        .hasMessageContaining("licence.yaml line 2: field `license`: 'mit' is a licence, not a use; write {one-of: [mit]} or "
            + "{compatible-with: mit}");
    assertThatThrownBy(() -> read("size.yaml", "function: x\nparameters: 1B\n"))
        .hasMessageContaining("size.yaml line 2: field `parameters`: write {max: 1B}, '<= 1B' or '>= 100M', not '1B'");
    assertThatThrownBy(() -> read("likes.yaml", "function: x\nlikes: 10\n"))
        .hasMessageContaining("field `likes`: is neither matched nor checked");
    assertThatThrownBy(() -> read("hardware.yaml", "function: x\nhardware: toaster\n"))
        .hasMessageContaining("unknown hardware profile 'toaster' (profiles: cpu, edge, gpu-16gb");
    assertThatThrownBy(() -> read("empty.yaml", "id: nothing\n"))
        .hasMessageContaining("empty.yaml: the request names no attribute to match or check");
    assertThatThrownBy(() -> read("broken.yaml", "function: [unclosed\n"))
        .hasMessageContaining("broken.yaml line");
    assertThatThrownBy(() -> read("twice.yaml", "function: x\nlicense: commercial-closed-source\nlicense: research\n"))
        .hasMessageContaining("twice.yaml line 3").hasMessageContaining("license");
  }

  @Test
  void theLineOfAFieldIsWhereItsKeyIsEvenAfterCommentsAndNestedValues() {
    assertThatThrownBy(() -> read("nested.yaml", """
        # a comment line
        function: >-
          turn questions
          into SQL
        license:
          compatible-with: mit
        weights-size:
          max: lots
        """))
        .hasMessageContaining("nested.yaml line 7: field `weights-size`");
  }
}
