package io.hfmine.analyzers.issues.llm;

import io.hfmine.analyzers.issues.IssueLabeller;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.ScoredCode;
import io.hfmine.analyzers.issues.rules.TypeRules;
import io.hfmine.analyzers.issues.taxonomy.SubTheme;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.datasets.llm.ChatException;
import io.hfmine.datasets.llm.ChatModel;
import io.hfmine.datasets.llm.ChatRequest;
import io.hfmine.datasets.llm.ReasoningBlocks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Labels issues by asking a chat model (temperature 0). Answers are parsed strictly against the
 * taxonomy; an answer out of format is asked again once per retry with the reason. Every answer
 * is cached by the exact request, so a rerun asks nothing it already asked. Safe to call from
 * several threads: the chat model, the cache and the prompts are.
 */
public final class LlmLabeller implements IssueLabeller {
  public static final String SOURCE = "llm";
  private static final int FORMAT_RETRIES = 2;

  private final ChatModel chat;
  private final String model;
  private final Taxonomy taxonomy;
  private final PromptTemplates prompts;
  private final LlmLabelSettings settings;
  private final LlmCache cache;
  private final TypeRules typeLabels;

  private final int concurrency;

  public LlmLabeller(ChatModel chat, String model, Taxonomy taxonomy, LlmLabelSettings settings, LlmCache cache,
      Map<String, List<String>> typeLabels) {
    this(chat, model, taxonomy, settings, cache, typeLabels, 1);
  }

  /** @param concurrency how many issues may be asked about at once ({@code llm-client.concurrency}) */
  public LlmLabeller(ChatModel chat, String model, Taxonomy taxonomy, LlmLabelSettings settings, LlmCache cache,
      Map<String, List<String>> typeLabels, int concurrency) {
    this.chat = chat;
    this.model = model;
    this.taxonomy = taxonomy;
    this.prompts = new PromptTemplates(settings, taxonomy);
    this.settings = settings;
    this.cache = cache;
    this.typeLabels = TypeRules.labelsOnly(typeLabels);
    this.concurrency = concurrency;
  }

  @Override
  public int concurrency() {
    return concurrency;
  }

  @Override
  public String source() {
    return SOURCE;
  }

  /** The hash a pilot validation must have passed for. */
  public String promptSha256() {
    return prompts.sha256();
  }

  @Override
  public IssueLabelling label(IssueText issue) {
    String user = prompts.user(issue);
    String problem = null;
    for (int attempt = 0; attempt <= FORMAT_RETRIES; attempt++) {
      String asked = problem == null ? user
          : user + "\n\nYour previous answer was not in the required format (" + problem
              + "). Answer again with exactly the three lines PTM, SUBTHEMES and TYPE.";
      String answer = ask(asked);
      try {
        String answered = ReasoningBlocks.remove(answer);
        return toLabelling(issue, LlmAnswer.parse(answered, taxonomy), answered);
      } catch (IllegalArgumentException e) {
        problem = e.getMessage();
      }
    }
    throw new LabellingException("issue " + issue.id() + ": the model answered out of format "
        + (FORMAT_RETRIES + 1) + " times; last problem: " + problem, null);
  }

  private String ask(String user) {
    String key = PromptTemplates.sha256(model + "\u0000" + prompts.system() + "\u0000" + user + "\u0000"
        + settings.maxTokens());
    return cache.get(key).orElseGet(() -> {
      String answer;
      try {
        answer = chat.complete(ChatRequest.deterministic(prompts.system(), user, settings.maxTokens()));
      } catch (ChatException e) {
        throw new LabellingException(e.getMessage(), e);
      }
      cache.put(key, model, answer);
      return answer;
    });
  }

  private IssueLabelling toLabelling(IssueText issue, LlmAnswer answer, String raw) {
    String evidence = model + ": " + raw.strip().replaceAll("\\s*\\R\\s*", " | ");
    List<ScoredCode> subThemes = new ArrayList<>();
    Map<String, ScoredCode> themes = new LinkedHashMap<>();
    for (String code : answer.subThemes()) {
      subThemes.add(new ScoredCode(code, 1.0, evidence));
      String theme = taxonomy.subTheme(code).map(SubTheme::themeCode).orElseThrow();
      themes.putIfAbsent(theme, new ScoredCode(theme, 1.0, "via " + code));
    }
    ScoredCode fromLabels = typeLabels.fromGithubLabels(issue);
    ScoredCode type = fromLabels != null ? fromLabels : new ScoredCode(answer.type(), 1.0, evidence);
    // A temperature-0 answer carries no probability; confidence is left at 1 and the answer is the evidence.
    return new IssueLabelling(issue.id(), new ScoredCode(Boolean.toString(answer.ptm()), 1.0, evidence),
        List.copyOf(themes.values()), subThemes, type);
  }
}
