package io.hfmine.analyzers.issues.rules;

import static io.hfmine.analyzers.issues.IssueFixtures.issue;
import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.issues.IssueComment;
import io.hfmine.analyzers.issues.IssueFixtures;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.context.ContextSettings;
import io.hfmine.analyzers.issues.context.ProjectContexts;
import io.hfmine.analyzers.issues.context.ProjectReuse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleLabellerTest {
  private static final Map<String, List<String>> TYPE_LABELS = Map.of("bug", List.of("bug", "crash"));

  private static RuleLabeller rules(ProjectContexts projects) {
    return new RuleLabeller(IssueFixtures.taxonomy(), KnownModels.of(List.of("openai/whisper-small")),
        RuleSettings.defaults(), TYPE_LABELS, projects);
  }

  private static IssueLabelling label(String title, String body) {
    return rules(ProjectContexts.none()).label(issue("o/r", 1, title, body));
  }

  /** A project of {@code size} issues, the first {@code ptm} of which speak of released pre-trained weights. */
  private static List<IssueText> project(String repository, int size, int ptm) {
    List<IssueText> issues = new ArrayList<>();
    for (int i = 1; i <= size; i++) {
      issues.add(i <= ptm
          ? issue(repository, i, "Results differ with the pretrained weights " + i, "I evaluate the released checkpoint.")
          : issue(repository, i, "Forecasting horizon error " + i, "The estimator fails when fitting a panel of series."));
    }
    return issues;
  }

  @Test
  void knownModelIdAloneMakesAnIssuePtmRelatedAndIsKeptAsEvidence() {
    IssueLabelling labelling = label("Results differ on Windows", "I load openai/whisper-small like the readme says.");

    assertThat(labelling.isPtm()).isTrue();
    assertThat(labelling.ptm().evidence()).contains("model-id:\"openai/whisper-small\"");
  }

  @Test
  void aCueFiresInsideAnIdentifierOrFileName() {
    IssueLabelling labelling = label("Demo fails", "Loading arcface_pretrained_r100.pth.tar gives an error.");

    assertThat(labelling.isPtm()).isTrue();
    assertThat(labelling.ptm().evidence()).contains("strong:\"pretrained\"");
  }

  @Test
  void pretrainedModelsBeyondTheHubCount() {
    assertThat(label("Hub model", "model = torch.hub.load('pytorch/vision', 'resnet18')").isPtm()).isTrue();
    assertThat(label("NER", "nlp = spacy.load(\"en_core_sci_sm\") raises an error").isPtm()).isTrue();
    assertThat(label("Vectors", "Which GloVe vectors did you use for the embedding layer?").isPtm()).isTrue();
    assertThat(label("Model zoo", "The model zoo link of the ImageNet weights is gone").isPtm()).isTrue();
  }

  @Test
  void installerOutputAndEnvironmentListingsNameLibrariesWithoutMakingAnIssuePtmRelated() {
    String body = "Reading the CSV fails on empty lines.\n\n```\nRequirement already satisfied: transformers in ./venv\n"
        + "Requirement already satisfied: torch>=1.6 in ./venv\nSuccessfully installed pandas-1.3.0\n```\n\n"
        + "- transformers version: 4.2.0\n- Python version: 3.8\n";

    IssueLabelling labelling = label("CSV reader drops rows", body);

    assertThat(labelling.isPtm()).isFalse();
    assertThat(labelling.ptm().evidence()).doesNotContain("transformers");
  }

  @Test
  void issuesWrittenInChineseAreReadWithTheTaxonomysChineseCues() {
    IssueLabelling download = label("预训练模型的下载链接失效了", "按照说明下载模型，网盘提示文件不存在，能否重新上传？");
    IssueLabelling memory = label("推理时显存不足", "加载官方模型后，输入一张图片就显存不足，请问怎么办？");

    assertThat(download.isPtm()).isTrue();
    assertThat(download.subThemeCodes()).contains("RC.DOWNLOAD");
    assertThat(memory.isPtm()).isTrue();
    assertThat(memory.primaryTheme()).isEqualTo("HR");
  }

  @Test
  void aMaintainersInstallAnswerAndADocumentationLinkDoNotMakeAnIssuePtmRelated() {
    IssueText issue = issue("o/r", 2, "Plot legend overlaps", "The legend covers the last bar of the chart.",
        new IssueComment("Try `pip install -U transformers`, see https://huggingface.co/docs/transformers/installation",
            "MEMBER"));

    assertThat(rules(ProjectContexts.none()).label(issue).isPtm()).isFalse();
  }

  @Test
  void theSameWordsInTheReportersProseDoMakeItPtmRelated() {
    assertThat(label("Plot legend overlaps", "The pretrained model's attention plot covers the legend.").isPtm()).isTrue();
  }

  @Test
  void aProjectWhoseIssuesShowNoPtmReuseNeedsUnmistakableEvidence() {
    List<IssueText> ownTransformers = project("lab/forecast", 30, 0);
    IssueText question = issue("lab/forecast", 99, "Transformers in a pipeline lose the index",
        "Chaining two transformers before the forecasting model drops the index.");
    List<IssueText> all = new ArrayList<>(ownTransformers);
    all.add(question);
    ProjectContexts projects = ProjectContexts.of(all, Map.of(),
        rules(ProjectContexts.none()).relevance(), ContextSettings.defaults());

    assertThat(projects.of("lab/forecast").reuse()).isEqualTo(ProjectReuse.UNLIKELY);
    assertThat(rules(projects).label(question).isPtm()).isFalse();
  }

  @Test
  void theSameIssueInAProjectThatReusesPretrainedModelsIsPtmRelated() {
    List<IssueText> reusing = project("lab/vision", 30, 12);
    IssueText question = issue("lab/vision", 99, "ResNet backbone gives NaN loss",
        "Fine-tuning the ResNet checkpoint gives NaN after the first epoch.");
    List<IssueText> all = new ArrayList<>(reusing);
    all.add(question);
    ProjectContexts projects = ProjectContexts.of(all, Map.of(), rules(ProjectContexts.none()).relevance(),
        ContextSettings.defaults());

    assertThat(projects.of("lab/vision").reuse()).isEqualTo(ProjectReuse.LIKELY);
    assertThat(rules(projects).label(question).isPtm()).isTrue();
  }

  @Test
  void verifiedModelLoadingCodeMakesTheProjectKnownToReusePretrainedModels() {
    ProjectContexts projects = ProjectContexts.of(project("lab/app", 5, 0),
        Map.of("lab/app", new ProjectContexts.CodeFacts(3, List.of("transformers"))), rules(ProjectContexts.none()).relevance(),
        ContextSettings.defaults());

    assertThat(projects.of("lab/app").reuse()).isEqualTo(ProjectReuse.KNOWN);
    assertThat(projects.of("lab/app").describe()).contains("3 verified usages", "depends on transformers");
  }

  @Test
  void oomTracebackIsMemoryUsageWithTheFiringCueAsEvidence() {
    IssueLabelling labelling = label("Crash during generation",
        "torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB");

    assertThat(labelling.primaryTheme()).isEqualTo("HR");
    assertThat(labelling.subThemes().get(0).evidence()).contains("HR.MEM:\"out of memory\"", "Tried to allocate");
  }

  @Test
  void aHowToTitleDoesNotOutweighTheChallengeItAsksAbout() {
    IssueLabelling labelling = label("How to avoid CUDA out of memory with the pretrained model?",
        "Loading the checkpoint on an 8 GB card fails.");

    assertThat(labelling.primaryTheme()).isEqualTo("HR");
    assertThat(labelling.subThemeCodes()).doesNotContain("DI.GUIDE");
  }

  @Test
  void anIssueTheRulesCallNotPtmRelatedStillCarriesItsChallenge() {
    IssueLabelling labelling = label("Download link of the data is dead", "The link in the README returns 404.");

    assertThat(labelling.isPtm()).isFalse();
    assertThat(labelling.primaryTheme()).isEqualTo("RC");
    assertThat(labelling.subThemeCodes()).contains("RC.DOWNLOAD");
  }

  @Test
  void githubLabelDecidesTheTypeBeforeCues() {
    IssueText issue = IssueText.of(new io.hfmine.analyzers.issues.IssueId("o/r", 1), "How to make it faster?",
        "question about speed", List.of(), List.of("Crash"), null);

    IssueLabelling labelling = rules(ProjectContexts.none()).label(issue);

    assertThat(labelling.type().code()).isEqualTo("bug");
    assertThat(labelling.type().evidence()).contains("github label \"Crash\"");
  }
}
