package io.hfmine.analyzers.issues.classifier;

import io.hfmine.analyzers.issues.IssueLabeller;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.ScoredCode;
import io.hfmine.analyzers.issues.rules.KnownModels;
import io.hfmine.analyzers.issues.rules.TypeRules;
import java.util.List;
import java.util.Map;

/** Labels issues with a trained classifier; a GitHub label that maps to a type wins over the model's type. */
public final class ClassifierLabeller implements IssueLabeller {
  public static final String SOURCE = "classifier";

  private final IssueClassifierModel model;
  private final KnownModels knownModels;
  private final TypeRules typeLabels;

  public ClassifierLabeller(IssueClassifierModel model, KnownModels knownModels, Map<String, List<String>> typeLabels) {
    this.model = model;
    this.knownModels = knownModels;
    this.typeLabels = new TypeRules(typeLabels, Map.of(), 1.0);
  }

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public IssueLabelling label(IssueText issue) {
    IssueLabelling labelling = model.label(issue, knownModels);
    ScoredCode fromLabels = typeLabels.fromGithubLabels(issue);
    return fromLabels == null ? labelling : new IssueLabelling(labelling.issue(), labelling.ptm(), labelling.themes(),
        labelling.subThemes(), fromLabels);
  }
}
