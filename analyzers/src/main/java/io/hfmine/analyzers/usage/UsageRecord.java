package io.hfmine.analyzers.usage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One model-loading call found in a source file: where it is, what it loads, how the id was
 * resolved, and the code around it. Lines and columns are 1-based; the column counts bytes.
 *
 * @param condition null when the call loads from the Hub whenever it runs; else the argument
 *     whose value, known only at run time, decides it ({@code pretrained=args.pretrained})
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
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      String key = blobShaOrPath + '\n' + line + '\n' + col + '\n' + api + '\n' + slot;
      return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)), 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
