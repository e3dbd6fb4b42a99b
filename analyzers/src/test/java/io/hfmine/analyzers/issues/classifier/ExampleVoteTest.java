package io.hfmine.analyzers.issues.classifier;

import static io.hfmine.analyzers.issues.IssueFixtures.issue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.context.ContextSettings;
import io.hfmine.analyzers.issues.rules.RuleSettings;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleVoteTest {
  private static final List<String> THEMES = List.of("HR", "RC");
  private static int number;

  /** An issue whose title and opening embeddings are the given vectors (3 dimensions each). */
  private static PreparedIssue embedded(float[] title, float[] opening) {
    float[] both = new float[6];
    System.arraycopy(title, 0, both, 0, 3);
    System.arraycopy(opening, 0, both, 3, 3);
    IssueText text = issue("lab/tool", ++number, "t", "b");
    return new PreparedIssue(text, List.of(), both, new double[0]);
  }

  private static Annotation gold(PreparedIssue issue, boolean ptm, String theme) {
    return new Annotation(issue.issue().id(), "gold", ptm, ptm ? List.of(theme) : List.of(), List.of(), null);
  }

  @Test
  void anIssueCloseToOneThemesTrainingIssuesGetsThatThemesVote() {
    PreparedIssue memory1 = embedded(new float[] {1, 0, 5}, new float[] {1, 0.1f, 5});
    PreparedIssue memory2 = embedded(new float[] {0.9f, 0.1f, 5}, new float[] {1, 0, 5});
    PreparedIssue download = embedded(new float[] {0, 1, 5}, new float[] {0.1f, 1, 5});
    ExampleVote vote = ExampleVote.fit(List.of(memory1, memory2, download),
        List.of(gold(memory1, true, "HR"), gold(memory2, true, "HR"), gold(download, true, "RC")), THEMES);

    double[] p = vote.probabilities(THEMES, embedded(new float[] {0.8f, 0.2f, 5}, new float[] {1, 0, 5}).embedding(), 0.1);

    assertThat(p[0] + p[1]).isCloseTo(1.0, within(1e-9));
    assertThat(p[0]).as("P(HR)").isGreaterThan(0.9);
  }

  @Test
  void whatEveryTrainingIssueSharesDoesNotDecide() {
    // Every issue leans on the third axis; only the first two tell the themes apart. Uncentred,
    // the query (mostly the shared axis) would sit about equally close to both centroids.
    PreparedIssue memory = embedded(new float[] {1, 0, 5}, new float[] {1, 0, 5});
    PreparedIssue download = embedded(new float[] {0, 1, 5}, new float[] {0, 1, 5});
    ExampleVote vote = ExampleVote.fit(List.of(memory, download),
        List.of(gold(memory, true, "HR"), gold(download, true, "RC")), THEMES);

    double[] p = vote.probabilities(THEMES, embedded(new float[] {0.3f, 0, 5}, new float[] {0.3f, 0, 5}).embedding(), 0.1);

    assertThat(p[0]).as("P(HR)").isGreaterThan(0.99);
  }

  @Test
  void issuesThatAreNotPtmRelatedDoNotMoveACentroidAndAThemeWithoutExamplesMeansNoVote() {
    PreparedIssue memory = embedded(new float[] {1, 0, 0}, new float[] {1, 0, 0});
    PreparedIssue download = embedded(new float[] {0, 1, 0}, new float[] {0, 1, 0});
    PreparedIssue other = embedded(new float[] {0, 0, 1}, new float[] {0, 0, 1});
    List<PreparedIssue> issues = List.of(memory, download, other);
    List<Annotation> gold = List.of(gold(memory, true, "HR"), gold(download, true, "RC"), gold(other, false, null));

    ExampleVote vote = ExampleVote.fit(issues, gold, THEMES);
    ExampleVote withoutOther = ExampleVote.fit(issues.subList(0, 2), gold.subList(0, 2), THEMES);

    assertThat(vote.rows()).usingRecursiveFieldByFieldElementComparator().isEqualTo(withoutOther.rows());
    assertThat(ExampleVote.fit(issues, gold, List.of("HR", "RC", "MU"))).isNull();
  }

  @Test
  void aTrainedModelKeepsItsCentroidsInItsFileAndLabelsAlikeAfterReadingIt() {
    IssueFeatures features = ClassifierFixtures.features();
    WordEmbedder embedder = new WordEmbedder("words");
    List<PreparedIssue> prepared = new IssuePreparation(features, ClassifierFixtures.projects(features), embedder, 600)
        .prepare(ClassifierFixtures.ISSUES);
    ClassifierSettings settings = ClassifierFixtures.settings().toBuilder().embeddings(true).embeddingChars(600)
        .exampleBlend(1.0).exampleTemperature(0.1).build();
    IssueClassifierModel model = new ClassifierTrainer(Taxonomy.text("config/taxonomy/ptm-challenges.yaml"),
        RuleSettings.defaults(), ContextSettings.defaults(), settings, IssuePreparation.knowledgeNames(features, true),
        embedder.name()).train(prepared, ClassifierFixtures.GOLD, null);

    IssueClassifierModel read = ClassifierFile.read(ClassifierFile.write(model), "model.json");

    assertThat(model.examples()).isNotNull();
    assertThat(read.examples().rows()).usingRecursiveFieldByFieldElementComparator().hasSameSizeAs(model.examples().rows());
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    for (PreparedIssue issue : prepared) {
      before.add(ClassifierLabeller.label(model, ClassifierFixtures.TAXONOMY, issue, null).themes().toString());
      after.add(ClassifierLabeller.label(read, ClassifierFixtures.TAXONOMY, issue, null).themes().toString());
    }
    assertThat(after).isEqualTo(before);
  }
}
