package io.hfmine.datasets.hf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ModelJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ModelRecord read(String json) throws Exception {
    return ModelJson.read(JSON.readTree(json));
  }

  @Test
  void derivesTheAuthorFromTheId() throws Exception {
    assertThat(read("{\"id\": \"google/gemma-2b\"}").author()).isEqualTo("google");
    assertThat(read("{\"id\": \"gpt2\"}").author()).isNull();
  }

  @Test
  void readsEpochMillisecondsAndOffsets() throws Exception {
    assertThat(read("{\"id\": \"a/b\", \"createdAt\": 1646263744000}").createdAt())
        .isEqualTo(Instant.parse("2022-03-02T23:29:04Z"));
    assertThat(read("{\"id\": \"a/b\", \"createdAt\": \"2022-03-03T01:29:04+02:00\"}").createdAt())
        .isEqualTo(Instant.parse("2022-03-02T23:29:04Z"));
  }

  @Test
  void mapsGatedTrueToAuto() throws Exception {
    assertThat(read("{\"id\": \"a/b\", \"gated\": true}").gated()).isEqualTo("auto");
  }

  @Test
  void keepsTheSafetensorsObjectOfTheListingOrOfADumpCell() throws Exception {
    assertThat(read("{\"id\": \"a/b\", \"safetensors\": {\"parameters\": {\"BF16\": 7241732096}, \"total\": 7241732096}}")
        .safetensors()).isEqualTo("{\"parameters\":{\"BF16\":7241732096},\"total\":7241732096}");
    assertThat(read("{\"id\": \"a/b\", \"safetensors\": \"{\\\"total\\\": 5}\"}").safetensors()).isEqualTo("{\"total\":5}");
    assertThat(read("{\"id\": \"a/b\"}").safetensors()).isNull();
    assertThatThrownBy(() -> read("{\"id\": \"a/b\", \"safetensors\": {\"total\": \"many\"}}"))
        .hasMessageStartingWith("field `safetensors.total` is not a whole number");
  }

  @Test
  void namesTheBadField() {
    assertThatThrownBy(() -> read("{\"id\": \"a/b\", \"tags\": {\"x\": 1}}"))
        .hasMessageStartingWith("field `tags` must be a list of strings");
    assertThatThrownBy(() -> read("{\"id\": \"a/b\", \"gated\": \"sometimes\"}"))
        .hasMessageStartingWith("field `gated` must be false, auto or manual");
  }
}
