package io.hfmine.datasets.hf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cases huggingface_hub's validate_repo_id documents, and hfmine's bare-number rule. */
class HubIdsTest {
  @Test
  void acceptsNamesAndNamespacedNamesOfTheHubsCharacters() {
    assertThat(HubIds.isValid("gpt2")).isTrue();
    assertThat(HubIds.isValid("foo/bar")).isTrue();
    assertThat(HubIds.isValid("Foo-BAR_foo.bar123")).isTrue();
    assertThat(HubIds.isValid("timm/resnet50.a1_in1k")).isTrue();
    assertThat(HubIds.isValid("org/123")).isTrue();
    assertThat(HubIds.isValid("_private/_x_")).isTrue();
    assertThat(HubIds.isValid("a/" + "n".repeat(96))).isTrue();
  }

  @Test
  void refusesWhatTheHubRefuses() {
    assertThat(HubIds.problem("datasets/foo/bar")).contains("more than one '/'");
    assertThat(HubIds.problem(".repo_id")).contains("starts or ends");
    assertThat(HubIds.problem("foo--bar")).contains("'--' or '..'");
    assertThat(HubIds.problem("other..repo..id")).contains("'--' or '..'");
    assertThat(HubIds.problem("foo.git")).contains(".git");
    assertThat(HubIds.problem("../../etc/x")).isNotNull();
    assertThat(HubIds.problem("org/a b")).contains("' '");
    assertThat(HubIds.problem("café/x")).contains("'é'");
    assertThat(HubIds.problem("a/" + "n".repeat(97))).contains("longer than 96");
    assertThat(HubIds.problem("/name")).contains("namespace is empty");
    assertThat(HubIds.problem("org/")).contains("name is empty");
    assertThat(HubIds.problem("")).isNotNull();
  }

  @Test
  void refusesABareNumberWithoutNamespace() {
    assertThat(HubIds.problem("12345")).contains("bare number");
  }
}
