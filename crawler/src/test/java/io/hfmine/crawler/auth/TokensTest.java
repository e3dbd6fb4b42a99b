package io.hfmine.crawler.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.datasets.secrets.Secrets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokensTest {
  @Test
  void severalGithubTokensAreReadInOrderWithoutDuplicates() {
    Tokens tokens = Tokens.fromEnvironment(Map.of("GITHUB_TOKENS", " tok-aaaaaaaa1 ,tok-bbbbbbbb2,tok-aaaaaaaa1,"));
    assertThat(tokens.github()).containsExactly("tok-aaaaaaaa1", "tok-bbbbbbbb2");
  }

  @Test
  void singleGithubTokenIsUsedWhenNoListIsGiven() {
    assertThat(Tokens.fromEnvironment(Map.of("GITHUB_TOKEN", "tok-cccccccc3")).github())
        .containsExactly("tok-cccccccc3");
  }

  @Test
  void tokensAreRegisteredAsSecretsAndNeverPrinted() {
    Tokens tokens = Tokens.fromEnvironment(Map.of("HF_TOKEN", "hf-token-value-dddd4", "GITHUB_TOKEN", "tok-eeeeeeee5"));
    assertThat(Secrets.redact("x hf-token-value-dddd4 tok-eeeeeeee5")).isEqualTo("x *** ***");
    assertThat(tokens.toString()).doesNotContain("dddd4").doesNotContain("eeee5");
  }
}
