package io.hfmine.analyzers.issues.classifier;

import static io.hfmine.analyzers.issues.IssueFixtures.issue;
import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.issues.context.ProjectContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueTermsTest {
  private static List<String> terms(String title, String body) {
    return ClassifierFixtures.features().terms(IssueFeatures.document(issue("o/r", 1, title, body), ProjectContext.unknown("o/r")));
  }

  @Test
  void englishProseGivesItsWordsAndWordPairsWithoutStopWords() {
    assertThat(terms("Checkpoint fails", "The released checkpoint fails to load."))
        .contains("released", "checkpoint", "released checkpoint", "fails load")
        .doesNotContain("the", "to");
  }

  @Test
  void chineseProseGivesCharacterPairsSoItIsNotReadAsNoTermsAtAll() {
    assertThat(terms("加载模型失败", "下载的模型无法加载"))
        .contains("加载", "模型", "失败", "下载", "无法")
        .doesNotContain("加载 载模");
  }
}
