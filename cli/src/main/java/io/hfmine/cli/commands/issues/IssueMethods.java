package io.hfmine.cli.commands.issues;

import io.hfmine.analyzers.issues.IssueLabeller;
import io.hfmine.analyzers.issues.IssueLabellers;
import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.issues.StoreKnownModels;
import io.hfmine.analyzers.issues.classifier.ClassifierLabeller;
import io.hfmine.analyzers.issues.classifier.ClassifierRecords;
import io.hfmine.analyzers.issues.classifier.ClassifierTraining;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;

/** Wires the labeller of a method name (rules, classifier, llm) from the session. */
public final class IssueMethods {
  private IssueMethods() {
  }

  public static IssueLabeller labeller(String method, Session session, IssueSettings settings) {
    return switch (method) {
      case "rules" -> IssueLabellers.rules(session.store(), settings);
      case "classifier" -> new ClassifierLabeller(ClassifierRecords.load(session.store(), ClassifierTraining.DEFAULT_NAME)
          .orElseThrow(() -> new UsageException("no trained classifier in the store; train one with "
              + "'hfmine issues classify --method classifier --train FILE.csv'")),
          new StoreKnownModels(session.store()), settings.typeLabels());
      default -> throw new UsageException("--method " + method + " is not one of rules, classifier, llm");
    };
  }
}
