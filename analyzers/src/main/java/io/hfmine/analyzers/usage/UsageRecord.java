package io.hfmine.analyzers.usage;

import io.hfmine.datasets.hashing.Hashes;
import java.util.List;

/**
 * One model-loading call found in a source file: where it is, what it loads, how the id was
 * resolved, and the code around it. Lines and columns are 1-based; the column counts bytes.
 *
 * @param condition null when the call loads this id from the Hub whenever it runs; else what,
 *     known only at run time, decides it: the flag argument ({@code pretrained=args.pretrained}),
 *     or the test of the conditional expression that chose this id among others ({@code small} in
 *     {@code "a" if small else "b"}, one usage per value; nested tests joined by "; ")
 * @param keywordValues the value of each of {@code keywordArgs}, in the same order, as Python
 *     source, except that a name or expression resolved to a string is written as that string
 *     in double quotes ({@code revision=REV} with {@code REV = "v2"} gives {@code "v2"})
 */
public record UsageRecord(
    String usageId,
    String repository,
    String path,
    String blobSha,
    String language,
    int line,
    int col,
    String library,
    String api,
    String kind,
    String modelLiteral,
    String modelId,
    Resolution resolution,
    String condition,
    List<String> keywordArgs,
    List<String> keywordValues,
    List<String> apiSequence,
    String snippet) {

  public UsageRecord {
    keywordArgs = List.copyOf(keywordArgs);
    keywordValues = keywordValues == null ? List.of() : keywordValues.stream().map(v -> v == null ? "" : v).toList();
    if (!keywordValues.isEmpty() && keywordValues.size() != keywordArgs.size()) {
      throw new IllegalArgumentException("keyword_values must be aligned with keyword_args");
    }
    apiSequence = List.copyOf(apiSequence);
  }

  /**
   * A stable id: the same call in the same file content always gets the same id, so re-running
   * extraction replaces rows instead of duplicating them. {@code slot} tells apart the several
   * ids one call can carry (pipeline's model and tokenizer).
   */
  public static String idOf(String blobShaOrPath, int line, int col, String api, String slot) {
    String key = blobShaOrPath + '\n' + line + '\n' + col + '\n' + api + '\n' + slot;
    return Hashes.sha256(key).substring(0, 20);
  }
}
