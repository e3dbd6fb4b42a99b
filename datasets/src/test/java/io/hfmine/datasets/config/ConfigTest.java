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
    assertThat(config.node("hf.endpoint").asText()).isEqualTo("https://huggingface.co");
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
    assertThat(config.node("hf.endpoint").asText()).isEqualTo("http://localhost:1234");
    assertThat(Config.defaults().node("hf.endpoint").asText()).isEqualTo("https://huggingface.co");
  }

  @Test
  void unknownKeyInASectionIsAnErrorNamingTheSection() throws Exception {
    Path file = dir.resolve("study.yaml");
    Files.writeString(file, "mirror:\n  endpoint: http://ok\n  endpoit: http://typo\n");
    Config config = Config.load(file);
    assertThatThrownBy(() -> config.section("mirror", Endpoint.class))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("study.yaml line 3: mirror: unknown key 'endpoit' (did you mean 'endpoint'?)");
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

  record Timeouts(int readTimeoutSeconds, int connectTimeoutSeconds) implements ValidatedSettings {
    @Override
    public void validate() {
      if (readTimeoutSeconds < 0) {
        throw new IllegalArgumentException("net.read-timeout-seconds must not be negative; got " + readTimeoutSeconds);
      }
    }
  }

  record Study(String name) {
  }

  private static final ConfigSchema SCHEMA = ConfigSchema.of(java.util.List.of(
      ConfigSchema.section("net", Timeouts.class), ConfigSchema.section("study", Study.class)));

  private Config user(String yaml) throws Exception {
    Path file = dir.resolve("study.yaml");
    Files.writeString(file, yaml);
    return Config.fileOnly(file);
  }

  private Config userOnly(String yaml) throws Exception {
    Path file = dir.resolve("study.yaml");
    Files.writeString(file, yaml);
    return Config.load(file);
  }

  @Test
  void anUnknownTopLevelSectionIsAnErrorNamingFileLineAndTheClosestSection() throws Exception {
    Config config = user("study:\n  name: s\nstdy:\n  name: typo\n");
    assertThatThrownBy(() -> SCHEMA.check(config))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(dir.resolve("study.yaml") + " line 3: unknown section 'stdy' (did you mean 'study'?)");
  }

  @Test
  void anUnknownKeyInASectionNoCommandReadsIsFoundByTheWholeFileCheck() throws Exception {
    Config config = user("net:\n  read-timeout-seconds: 3\n  read-timeuot-seconds: 4\n  connect-timeout-seconds: 1\n");
    assertThatThrownBy(() -> SCHEMA.check(config))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(dir.resolve("study.yaml") + " line 3: net: unknown key 'read-timeuot-seconds' "
            + "(did you mean 'read-timeout-seconds'?)");
  }

  @Test
  void aKeyGivenTwiceIsAnErrorNamingBothLines() {
    assertThatThrownBy(() -> userOnly("hf:\n  page-size: 5\n  endpoint: x\n  page-size: 6\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(dir.resolve("study.yaml") + " line 4: key 'hf.page-size' is given twice (also on line 2); remove one");
  }

  @Test
  void aValueTheRecordRefusesIsPlacedWhereTheUserWroteIt() throws Exception {
    Path file = dir.resolve("study.yaml");
    Files.writeString(file, "study:\n  name: s\nnet:\n  connect-timeout-seconds: 1\n  read-timeout-seconds: -5\n");
    Config config = Config.fileOnly(file);
    assertThatThrownBy(() -> SCHEMA.check(config))
        .isInstanceOf(ConfigException.class)
        .hasMessage(file + " line 5: net.read-timeout-seconds must not be negative; got -5");
  }

  @Test
  void aScalarWhereASectionBelongsSaysWhatIsExpected() throws Exception {
    Path file = dir.resolve("study.yaml");
    Files.writeString(file, "study: 5\n");
    Config config = Config.load(file);
    assertThatThrownBy(() -> config.section("study", Study.class))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(file + " line 1: study: expected a mapping of keys");
  }

  @Test
  void aWrongTypeNamesTheKeyAndTheValue() throws Exception {
    Path file = dir.resolve("study.yaml");
    Files.writeString(file, "net:\n  read-timeout-seconds: soon\n");
    Config config = Config.load(file);
    assertThatThrownBy(() -> config.section("net", Timeouts.class))
        .isInstanceOf(ConfigException.class)
        .hasMessage(file + " line 2: net.read-timeout-seconds: expected a whole number, got 'soon'");
  }

  @Test
  void aKeyWithoutValueSaysSo() throws Exception {
    Path file = dir.resolve("study.yaml");
    Files.writeString(file, "net:\n  read-timeout-seconds:\n  connect-timeout-seconds: 1\n");
    Config config = Config.load(file);
    assertThatThrownBy(() -> config.section("net", Timeouts.class))
        .isInstanceOf(ConfigException.class)
        .hasMessage(file + " line 2: net.read-timeout-seconds: has no value; expected a whole number");
  }

  @Test
  void aBinaryFileIsAnErrorNamingItAndTheLine() throws Exception {
    Path file = dir.resolve("study.yaml");
    Files.write(file, new byte[] {'h', 'f', ':', '\n', ' ', ' ', (byte) 0x9c, (byte) 0xff, 0, 1});
    assertThatThrownBy(() -> Config.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(file + " line 2: not UTF-8 text (byte 0x9c at offset 6)");
  }

  @Test
  void anEmptySectionInTheUserFileKeepsTheDefaults() throws Exception {
    Config config = userOnly("hf:\n");
    assertThat(config.node("hf.endpoint").asText()).isEqualTo("https://huggingface.co");
  }

  /** Counts its checks, as a check that reads a file would read it. */
  record Checked(String name) implements ValidatedSettings {
    static final java.util.concurrent.atomic.AtomicInteger CHECKS = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public void validate() {
      CHECKS.incrementAndGet();
    }
  }

  @Test
  void aSectionIsBoundAndCheckedOnceAndEveryLaterCallGetsTheSameSettingsUntilAFlagMakesANewConfiguration()
      throws Exception {
    Config config = user("checked:\n  name: first\n");
    int before = Checked.CHECKS.get();

    Checked first = config.section("checked", Checked.class);
    Checked again = config.section("checked", Checked.class);

    assertThat(again).isSameAs(first);
    assertThat(Checked.CHECKS.get() - before).isEqualTo(1);
    Checked flagged = config.with("checked.name", "second").section("checked", Checked.class);
    assertThat(flagged.name()).isEqualTo("second");
    assertThat(Checked.CHECKS.get() - before).isEqualTo(2);
  }
}
