package io.hfmine.datasets.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {
  @Test
  void registeredValueIsMaskedWhereverItAppears() {
    Secrets.register("s3cret-value-for-test");
    assertThat(Secrets.redact("Bearer s3cret-value-for-test failed; retry s3cret-value-for-test"))
        .isEqualTo("Bearer *** failed; retry ***");
  }

  @Test
  void tokenShapedWordsAreMaskedEvenIfNeverRegistered() {
    assertThat(Secrets.redact("token ghp_abcdefghijklmnopqrstuvwxyz0123 and hf_ABCDEFGHIJKLMNOPQRSTUVWX"))
        .isEqualTo("token *** and ***");
  }

  @Test
  void shortValuesAreNotRegisteredBecauseTheyWouldMaskOrdinaryWords() {
    Secrets.register("abc");
    assertThat(Secrets.redact("abc def")).isEqualTo("abc def");
  }
}
