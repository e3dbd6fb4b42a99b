package io.hfmine.analyzers.pick.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageCodesTest {
  @Test
  void codesNamesAndRegionsBecomeTwoLetterCodes() {
    assertThat(LanguageCodes.normalize("en")).contains("en");
    assertThat(LanguageCodes.normalize("eng")).contains("en");
    assertThat(LanguageCodes.normalize("English")).contains("en");
    assertThat(LanguageCodes.normalize("zh-Hans")).contains("zh");
    assertThat(LanguageCodes.normalize("pt_BR")).contains("pt");
    assertThat(LanguageCodes.normalize("fra")).contains("fr");
    assertThat(LanguageCodes.normalize("multilingual")).contains("multilingual");
    assertThat(LanguageCodes.normalize("yue")).as("no two-letter code").contains("yue");
    assertThat(LanguageCodes.normalize("python")).isEmpty();
  }
}
