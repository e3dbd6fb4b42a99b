package io.hfmine.analyzers.pick.evaluate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Hub's model search answered from a stored catalog instead of the live Hub, by the rules the
 * Hub documents for {@code /api/models}: {@code search} is a substring of the model id (author
 * included, any case), each {@code filter} must be one of the model's tags, any case (its pipeline
 * tag and library count as tags, as the Hub lists them among the tags), answers most downloaded
 * first.
 *
 * <p>This is the baseline a catalog snapshot needs: the live Hub answers from today's catalog, so
 * against an old snapshot it returns models the snapshot never had and the source models' ranks
 * move with years of downloads. It is an emulation of the documented behaviour, not the Hub's own
 * ranking code; reports name it {@value #SYSTEM}.
 */
public final class SnapshotSearch implements BaselineSearch {
  public static final String SYSTEM = "hub-snapshot";

  /** A model as the Hub lists it: its id, its tags (lower case, pipeline tag and library among them), its downloads. */
  public record Listed(String id, Set<String> tags, long downloads) {
    public Listed {
      tags = Set.copyOf(tags);
    }

    /** The listing of a model from the Hub's fields (any may be null). */
    public static Listed of(String id, Collection<String> tags, String pipelineTag, String library, Long downloads) {
      Set<String> all = new HashSet<>();
      if (tags != null) {
        tags.stream().filter(tag -> tag != null).forEach(tag -> all.add(lower(tag)));
      }
      for (String tag : new String[] {pipelineTag, library}) {
        if (tag != null && !tag.isBlank()) {
          all.add(lower(tag));
        }
      }
      return new Listed(id, all, downloads == null ? 0 : downloads);
    }
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  private final List<Listed> byDownloads;
  private final List<String> lowerIds;

  public SnapshotSearch(Collection<Listed> catalog) {
    List<Listed> sorted = new ArrayList<>(catalog);
    // ties in downloads fall back to the id, so the same snapshot always answers the same
    sorted.sort(Comparator.comparingLong(Listed::downloads).reversed().thenComparing(Listed::id));
    this.byDownloads = List.copyOf(sorted);
    this.lowerIds = sorted.stream().map(listed -> lower(listed.id())).toList();
  }

  @Override
  public List<String> search(String search, List<String> filters, int limit) {
    String needle = search == null || search.isEmpty() ? null : lower(search);
    List<String> wanted = filters.stream().map(SnapshotSearch::lower).toList();
    List<String> answer = new ArrayList<>();
    for (int i = 0; i < byDownloads.size() && answer.size() < limit; i++) {
      Listed model = byDownloads.get(i);
      if ((needle == null || lowerIds.get(i).contains(needle)) && model.tags().containsAll(wanted)) {
        answer.add(model.id());
      }
    }
    return answer;
  }

  @Override
  public String system() {
    return SYSTEM;
  }

  /** How many models the snapshot lists. */
  public int size() {
    return byDownloads.size();
  }
}
