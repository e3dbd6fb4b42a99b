package io.hfmine.analyzers.patterns;

import java.util.List;

/**
 * One cluster of a group: how a share of the group uses the model, with a representative usage.
 *
 * @param number 1 for the largest pattern of the group, 2 for the next ...
 * @param size number of usages in the cluster
 * @param coverage share of the group's usages in this cluster
 * @param representative the medoid: the member with the smallest total cosine distance to the others
 * @param sequence the most frequent ordered call sequence among members
 * @param keywordArgs distinct keyword arguments of the members, most frequent first
 * @param nearest the members closest to the representative, nearest first
 * @param members every member with its cosine distance to the representative
 * @param summary the LLM summary, or null when off or unavailable
 */
public record UsagePattern(
    int number,
    int size,
    double coverage,
    Usage representative,
    List<String> sequence,
    List<String> keywordArgs,
    List<Neighbour> nearest,
    List<Neighbour> members,
    String summary) {

  /** A usage and its cosine distance to a reference usage. */
  public record Neighbour(Usage usage, double distance) { }

  public UsagePattern withSummary(String text) {
    return new UsagePattern(number, size, coverage, representative, sequence, keywordArgs, nearest, members, text);
  }
}
