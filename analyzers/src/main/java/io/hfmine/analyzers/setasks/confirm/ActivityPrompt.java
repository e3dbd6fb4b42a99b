package io.hfmine.analyzers.setasks.confirm;

import io.hfmine.analyzers.setasks.taxonomy.Activity;
import io.hfmine.analyzers.setasks.taxonomy.SeTask;
import io.hfmine.analyzers.setasks.taxonomy.SeTaxonomy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Fills the prompt files for one activity: its description and the inclusion and exclusion
 * criteria of the activity and of its tasks go into the system prompt; the item, its evidence and
 * its text into the user prompt.
 */
public final class ActivityPrompt {
  private final PromptFiles files;
  private final SeTaxonomy taxonomy;
  private final int maxTextChars;
  private final int maxTokens;

  public ActivityPrompt(PromptFiles files, SeTaxonomy taxonomy, int maxTextChars, int maxTokens) {
    this.files = files;
    this.taxonomy = taxonomy;
    this.maxTextChars = maxTextChars;
    this.maxTokens = maxTokens;
  }

  public String system(String activityId) {
    Activity activity = taxonomy.activity(activityId).orElseThrow(
        () -> new IllegalArgumentException("unknown activity " + activityId));
    List<String> include = new ArrayList<>(activity.include());
    List<String> exclude = new ArrayList<>(activity.exclude());
    for (SeTask task : taxonomy.tasksOf(activityId)) {
      task.include().forEach(c -> include.add(task.name() + ": " + c));
      task.exclude().forEach(c -> exclude.add(task.name() + ": " + c));
    }
    return files.system()
        .replace("{activity}", activity.name())
        .replace("{activity_description}", activity.description() == null ? "" : activity.description())
        .replace("{include}", bullets(include))
        .replace("{exclude}", bullets(exclude));
  }

  public String user(ConfirmationItem item) {
    String text = item.text() == null ? "(no card)" : item.text();
    if (text.length() > maxTextChars) {
      text = text.substring(0, maxTextChars) + " [...]";
    }
    return files.user()
        .replace("{kind}", item.kind())
        .replace("{id}", item.id())
        .replace("{activity}", item.activity())
        .replace("{tasks}", String.join(", ", item.tasks()))
        .replace("{evidence}", bullets(item.evidence()))
        .replace("{card}", text);
  }

  public int maxTokens() {
    return maxTokens;
  }

  /** Identifies the prompt: templates, the taxonomy they are filled from, and the size limits. */
  public String sha256() {
    return sha256(files.system() + "\u0000" + files.user() + "\u0000" + taxonomy.sha256() + "\u0000" + maxTextChars
        + "\u0000" + maxTokens);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String bullets(List<String> lines) {
    if (lines.isEmpty()) {
      return "- (none given)";
    }
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append("- ").append(line).append('\n');
    }
    return out.toString().strip();
  }
}
