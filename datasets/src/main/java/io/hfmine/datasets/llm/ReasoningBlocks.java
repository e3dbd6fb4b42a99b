package io.hfmine.datasets.llm;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reasoning a thinking model writes into its answer, and the answer without it.
 *
 * <p>Reasoning models served through an OpenAI-compatible endpoint put their chain of thought
 * either in a field of its own (which the client never reads) or, when the server does not split
 * it off, into the answer itself: between {@code <think>} tags (DeepSeek-R1 and Qwen3 families;
 * some use {@code <thinking>}, {@code <reasoning>} or {@code <thought>}), or in the channel format
 * of gpt-oss, whose final answer follows {@code <|channel|>final<|message|>}. Every feature that
 * reads an answer reads it through {@link #remove}, also when the answer comes from a cache filled
 * by an earlier version, so a thinking model's answers parse like any other's.
 */
public final class ReasoningBlocks {
  // A block left open runs to the end: the model was cut off (max_tokens) while it was still thinking.
  private static final Pattern TAGGED = Pattern.compile(
      "(?is)<(think|thinking|reasoning|thought)>.*?(</\\1>|\\z)");
  private static final Pattern FINAL_CHANNEL = Pattern.compile("(?s)<\\|channel\\|>\\s*final\\s*<\\|message\\|>(.*)");
  private static final Pattern CHANNEL_END = Pattern.compile("<\\|(end|return)\\|>\\s*\\z");
  private static final Pattern ANALYSIS_CHANNEL = Pattern.compile("(?s)^\\s*(<\\|start\\|>assistant)?<\\|channel\\|>");

  private ReasoningBlocks() {
  }

  /** The answer without reasoning: empty when the model wrote nothing but reasoning, or when given null. */
  public static String remove(String answer) {
    if (answer == null) {
      return "";
    }
    Matcher finalChannel = FINAL_CHANNEL.matcher(answer);
    if (finalChannel.find()) {
      return CHANNEL_END.matcher(finalChannel.group(1)).replaceAll("").strip();
    }
    if (ANALYSIS_CHANNEL.matcher(answer).find()) {
      // Channel output with no final channel: the model stopped before it answered.
      return "";
    }
    return TAGGED.matcher(answer).replaceAll("").strip();
  }

  /** Whether the answer holds reasoning that {@link #remove} would take out. */
  public static boolean present(String answer) {
    return answer != null && (TAGGED.matcher(answer).find() || ANALYSIS_CHANNEL.matcher(answer).find());
  }
}
