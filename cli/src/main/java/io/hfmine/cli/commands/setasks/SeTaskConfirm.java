package io.hfmine.cli.commands.setasks;

import io.hfmine.analyzers.issues.llm.StoreLlmCache;
import io.hfmine.analyzers.setasks.SeTaskSettings;
import io.hfmine.analyzers.setasks.confirm.ActivityConfirmation;
import io.hfmine.analyzers.setasks.confirm.ActivityJudge;
import io.hfmine.analyzers.setasks.confirm.ActivityPrompt;
import io.hfmine.analyzers.setasks.confirm.PromptFiles;
import io.hfmine.analyzers.setasks.store.ItemKind;
import io.hfmine.cli.support.Session;
import io.hfmine.datasets.progress.Progress;
import java.util.List;

/** The LLM step of the SE-task funnel as the command and the stage run it, and what to tell the user. */
public final class SeTaskConfirm {
  private SeTaskConfirm() {
  }

  /** What happened, in one message for stderr, pairs answered, and failed pairs. */
  public record Outcome(boolean ran, String message, int answered, int relevant, List<String> failures) {
  }

  /** The judge of the configured prompt and the {@code llm-client} endpoint. */
  public static ActivityJudge judge(Session session) {
    SeTaskSettings settings = SeTaskRun.settings(session);
    SeTaskSettings.Confirmation confirmation = settings.confirmation();
    ActivityPrompt prompt = new ActivityPrompt(PromptFiles.load(confirmation.promptDir()), settings.loadTaxonomy(),
        confirmation.maxTextChars(), confirmation.maxTokens());
    return new ActivityJudge(session.chatModel(), session.chatSettings().model(), prompt,
        new StoreLlmCache(session.store()), session.chatSettings().concurrency());
  }

  public static Outcome run(Session session, boolean wanted) {
    if (!wanted) {
      return new Outcome(false, "LLM confirmation: not run (se-tasks.confirmation.enabled is false and --confirm was "
          + "not given); the funnel stops after the rule stages (matching, exclusions, near-duplicates).", 0, 0, List.of());
    }
    SeTaskSettings settings = SeTaskRun.settings(session);
    ActivityJudge judge = judge(session);
    ActivityConfirmation.Result result;
    try (Progress progress = session.progress().start("confirm SE activities")) {
      result = new ActivityConfirmation(session.store()).run(judge,
          settings.kinds().stream().map(ItemKind::of).toList(), progress);
    }
    StringBuilder message = new StringBuilder(String.format("LLM confirmation (%s, prompt %s): %,d pair(s) answered "
        + "(%,d asked now), %,d relevant", judge.model(), judge.promptSha256().substring(0, 12), result.answered(),
        result.asked(), result.relevant()));
    if (!result.unvalidated().isEmpty()) {
      message.append("; not confirmed, as no pilot passed for this model and prompt: ")
          .append(String.join(", ", result.unvalidated()))
          .append(" (hfmine annotate se-tasks export/import/validate)");
    }
    result.failures().stream().limit(10).forEach(f -> message.append("\n  failed: ").append(f));
    return new Outcome(true, message.toString(), result.answered(), result.relevant(), result.failures());
  }
}
