package io.hfmine.datasets.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
  @TempDir
  Path dir;

  record Endpoint(String endpoint) {
  }

  @Test
  void shippedDefaultsNameTheRealEndpoints() {
    Config config = Config.defaults();
    assertThat(config.section("hf", Endpoint.class).endpoint()).isEqualTo("https://huggingface.co");
    assertThat(config.node("github.endpoint").asText()).isEqualTo("https://api.github.com");
  }

  @Test
  void userFileOverridesOnlyTheKeysItNames() throws Exception {
    Path file = dir.resolve("study.yaml");
    Files.writeString(file, "http:\n  read-timeout-seconds: 5\n");
    Config config = Config.load(file);
    assertThat(config.node("http.read-timeout-seconds").asInt()).isEqualTo(5);
    assertThat(config.node("http.connect-timeout-seconds").asInt()).isEqualTo(20);
  }

  @Test
  void flagOverridesWinOverFiles() {
    Config config = Config.defaults().with("hf.endpoint", "http://localhost:1234");
    assertThat(config.section("hf", Endpoint.class).endpoint()).isEqualTo("http://localhost:1234");
    assertThat(Config.defaults().section("hf", Endpoint.class).endpoint()).isEqualTo("https://huggingface.co");
  }

  @Test
  void unknownKeyInASectionIsAnErrorNamingTheSection() throws Exception {
    Path file = dir.resolve("study.yaml");
    Files.writeString(file, "hf:\n  endpoit: http://typo\n");
    Config config = Config.load(file);
    assertThatThrownBy(() -> config.section("hf", Endpoint.class))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'hf'")
        .hasMessageContaining("endpoit");
  }

  @Test
  void malformedYamlNamesTheFileAndLine() throws Exception {
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, "hf:\n  endpoint: [unclosed\n");
    assertThatThrownBy(() -> Config.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("broken.yaml line");
  }

  @Test
  void missingUserFileIsAnErrorNamingIt() {
    assertThatThrownBy(() -> Config.load(dir.resolve("nope.yaml")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("nope.yaml does not exist");
  }

  @Test
  void hashChangesWhenAValueChanges() {
    assertThat(Config.defaults().sha256()).isEqualTo(Config.defaults().sha256());
    assertThat(Config.defaults().with("hf.endpoint", "x").sha256()).isNotEqualTo(Config.defaults().sha256());
  }
}
