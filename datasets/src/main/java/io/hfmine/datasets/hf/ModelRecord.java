package io.hfmine.datasets.hf;

import java.time.Instant;
import java.util.List;

/**
 * One Hugging Face model as the Hub API or a dump describes it.
 *
 * <p>{@code cardData} is the Hub's {@code cardData} object kept as JSON text; {@code gated} is
 * {@code "false"}, {@code "auto"} or {@code "manual"}; {@code safetensors} is the Hub's
 * {@code safetensors} object as JSON text (parameter counts per dtype and their total), null when
 * the repository has no safetensors weights or the source did not say.
 */
public record ModelRecord(
    String id,
    String author,
    Long downloads,
    Long likes,
    List<String> tags,
    String pipelineTag,
    String libraryName,
    Instant createdAt,
    Instant lastModified,
    String gated,
    Boolean isPrivate,
    String sha,
    String cardData,
    String safetensors) {

  public ModelRecord {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /** A record without safetensors metadata. */
  public ModelRecord(String id, String author, Long downloads, Long likes, List<String> tags, String pipelineTag,
      String libraryName, Instant createdAt, Instant lastModified, String gated, Boolean isPrivate, String sha,
      String cardData) {
    this(id, author, downloads, likes, tags, pipelineTag, libraryName, createdAt, lastModified, gated, isPrivate, sha,
        cardData, null);
  }

  /** The organisation or user part of an id, or null for legacy ids without one. */
  public static String authorOf(String id) {
    int slash = id.indexOf('/');
    return slash > 0 ? id.substring(0, slash) : null;
  }
}
