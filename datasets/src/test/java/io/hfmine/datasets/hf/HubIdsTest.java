package io.hfmine.datasets.hf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cases huggingface_hub's validate_repo_id documents, the legacy ids the Hub still lists, and hfmine's bare-number rule. */
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
  void acceptsTheLegacyIdsTheHubStillListsThoughNewRepositoriesMayNotTakeThem() {
    // shapes met in a real 2022 listing: recipe names far beyond today's 96 characters, and a
    // repository named like a git URL
    assertThat(HubIds.isValid("speech-lab/asr_train_conformer_raw_bpe5000_scheduler_confwarmup_steps25000"
        + "_batch_bins140000000_optim_conflr0.0015_initnone_sp_valid.acc.ave")).isTrue();
    assertThat(HubIds.isValid("vision-zoo/resnet101.git")).isTrue();
    assertThat(HubIds.isValid("a/" + "n".repeat(255))).isTrue();
  }

  @Test
  void refusesWhatTheHubRefuses() {
    assertThat(HubIds.problem("datasets/foo/bar")).contains("more than one '/'");
    assertThat(HubIds.problem(".repo_id")).contains("starts or ends");
    assertThat(HubIds.problem("foo--bar")).contains("'--' or '..'");
    assertThat(HubIds.problem("other..repo..id")).contains("'--' or '..'");
    assertThat(HubIds.problem("../../etc/x")).isNotNull();
    assertThat(HubIds.problem("org/a b")).contains("' '");
    assertThat(HubIds.problem("café/x")).contains("'é'");
    assertThat(HubIds.problem("a/" + "n".repeat(256))).contains("longer than 255");
    assertThat(HubIds.problem("/name")).contains("namespace is empty");
    assertThat(HubIds.problem("org/")).contains("name is empty");
    assertThat(HubIds.problem("")).isNotNull();
  }

  @Test
  void refusesABareNumberWithoutNamespace() {
    assertThat(HubIds.problem("12345")).contains("bare number");
  }
}
