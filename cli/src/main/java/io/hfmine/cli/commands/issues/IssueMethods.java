package io.hfmine.cli.commands.issues;

import io.hfmine.analyzers.issues.IssueLabeller;
import io.hfmine.analyzers.issues.IssueLabellers;
import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.issues.classifier.ClassifierLabeller;
import io.hfmine.analyzers.issues.llm.LlmLabeller;
import io.hfmine.analyzers.issues.rules.RuleLabeller;
import io.hfmine.analyzers.issues.llm.PilotValidation;
import io.hfmine.analyzers.issues.llm.StoreLlmCache;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;

/** Wires the labeller of a method name (rules, classifier, llm) from the session. */
public final class IssueMethods {
  private IssueMethods() {
  }

  public static IssueLabeller labeller(String method, Session session, IssueSettings settings) {
    return switch (method) {
      case RuleLabeller.SOURCE -> IssueLabellers.rules(session.store(), settings);
      case ClassifierLabeller.SOURCE -> IssueLabellers.classifier(session.store(), settings);
      case LlmLabeller.SOURCE -> validatedLlm(session, settings);
      default -> throw new UsageException("--method " + method + " is not one of " + String.join(", ", IssueSettings.METHODS));
    };
  }

  /** The LLM labeller, whether or not its prompt passed a pilot validation (for {@code annotate validate}). */
  public static LlmLabeller llm(Session session, IssueSettings settings) {
    return new LlmLabeller(session.chatModel(), llmModel(session), settings.loadTaxonomy(), settings.llm(),
        new StoreLlmCache(session.store()), settings.typeLabels(), session.chatSettings().concurrency());
  }

  /** The model name LLM labels are validated for. */
  public static String llmModel(Session session) {
    return session.chatSettings().model();
  }

  private static LlmLabeller validatedLlm(Session session, IssueSettings settings) {
    LlmLabeller labeller = llm(session, settings);
    if (!PilotValidation.passed(session.store(), llmModel(session), labeller.promptSha256())) {
      throw new UsageException("the LLM prompt has not passed a pilot validation for model " + llmModel(session)
          + "; run 'hfmine annotate validate --pilot FILE.csv' first");
    }
    return labeller;
  }
}
