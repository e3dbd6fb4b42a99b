package io.hfmine.analyzers.pick.rank;

import io.hfmine.analyzers.pick.PickSettings;
import io.hfmine.analyzers.pick.constraint.Check;
import io.hfmine.analyzers.pick.constraint.Constraint;
import io.hfmine.analyzers.pick.index.Bm25Search;
import io.hfmine.analyzers.pick.index.EmbeddedText;
import io.hfmine.analyzers.pick.index.PickIndex;
import io.hfmine.analyzers.pick.index.Scored;
import io.hfmine.analyzers.pick.index.VectorSearch;
import io.hfmine.analyzers.pick.request.PickRequest;
import io.hfmine.analyzers.pick.template.AttributeSpec;
import io.hfmine.analyzers.pick.template.Template;
import io.hfmine.analyzers.text.embedding.SentenceEmbedder;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.search.Query;

/**
 * Answers requests from an open index: the constraints screen the whole catalog, BM25 and the
 * embedding each rank the models that stay, the rankings are fused (with the popularity prior
 * when it has weight), and the best are returned with their score parts, matched words and checks.
 */
public final class Picker {
  static final String BM25 = "bm25";
  static final String EMBEDDING = "embedding";
  static final String POPULARITY = "popularity";

  private final PickIndex index;
  private final SentenceEmbedder embedder;
  private final PickSettings settings;
  private final EmbeddedText embeddedText;
  private final Bm25Search bm25;
  private final RankFusion fusion;
  private final Set<String> matchedAttributes;

  public Picker(PickIndex index, SentenceEmbedder embedder, Template template, PickSettings settings) {
    this.index = index;
    this.embedder = embedder;
    this.settings = settings;
    this.embeddedText = new EmbeddedText(settings.embedding().attributes(), settings.embedding().maxChars());
    this.bm25 = new Bm25Search(settings.ranking().fieldWeights());
    this.fusion = new RankFusion(settings.ranking().fusion(), settings.ranking().rrfK(), settings.ranking().weights());
    this.matchedAttributes = template.matchedAttributes().stream().map(AttributeSpec::name).collect(Collectors.toSet());
  }

  public PickResult pick(PickRequest request, int top, boolean explain) {
    ConstraintScreen screen = new ConstraintScreen(request.constraints(), settings.constraints());
    ConstraintScreen.Screening screening = screen.screen(index);
    Query query = bm25.query(request.matched(), request.allText());
    String text = embeddedText.of(request);
    float[] vector = text.isBlank() || settings.ranking().weight(EMBEDDING) <= 0 ? null : embedder.embed(text);
    int pool = Math.max(settings.ranking().pool(), top);
    List<RankFusion.Fused> fused = rankDemotedLast(query, vector, screening, pool);

    MatchedWords words = new MatchedWords(request.allText());
    List<PickResult.Answer> answers = new ArrayList<>();
    for (RankFusion.Fused candidate : fused.subList(0, Math.min(top, fused.size()))) {
      int ordinal = candidate.ordinal();
      Map<String, List<String>> shown = index.shown(ordinal);
      answers.add(new PickResult.Answer(answers.size() + 1, index.id(ordinal), candidate.score(),
          List.copyOf(candidate.parts().values()), words.in(shown, matchedAttributes),
          screen.checks(index.facts(ordinal)), shown));
    }
    List<PickResult.Removed> removed = explain ? removed(query, vector, screening.allowed(), screen, pool, answers, top)
        : List.of();
    return new PickResult(request.id(), request.constraints().stream().map(Constraint::describe).toList(),
        screening.catalog(), screening.kept(), screening.removedByFamily(), answers, removed);
  }

  // Models a demote policy flags are ranked on their own, after every model that passed: a model that
  // does not say it handles French never outranks one that says so.
  private List<RankFusion.Fused> rankDemotedLast(Query query, float[] vector, ConstraintScreen.Screening screening,
      int pool) {
    if (screening.demoted().isEmpty()) {
      return rank(query, vector, screening.allowed(), pool);
    }
    BitSet passed = (BitSet) screening.allowed().clone();
    passed.andNot(screening.demoted());
    List<RankFusion.Fused> fused = new ArrayList<>(rank(query, vector, passed, pool));
    if (fused.size() < pool) {
      List<RankFusion.Fused> rest = rank(query, vector, screening.demoted(), pool);
      fused.addAll(rest.subList(0, Math.min(rest.size(), pool - fused.size())));
    }
    return fused;
  }

  // A ranker of weight 0 is not run, so its candidates do not trail the answers with a fused score of 0.
  private List<RankFusion.Fused> rank(Query query, float[] vector, BitSet allowed, int pool) {
    Map<String, List<Scored>> rankings = new LinkedHashMap<>();
    if (settings.ranking().weight(BM25) > 0) {
      rankings.put(BM25, bm25.top(index, query, allowed, pool));
    }
    if (vector != null) {
      rankings.put(EMBEDDING, VectorSearch.top(index, vector, allowed, pool));
    }
    if (settings.ranking().weight(POPULARITY) > 0) {
      rankings.put(POPULARITY, popularity(rankings));
    }
    return fusion.fuse(rankings);
  }

  // The pooled candidates ordered by downloads: a prior that only reorders what the request found.
  private List<Scored> popularity(Map<String, List<Scored>> rankings) {
    Map<Integer, Double> downloads = new LinkedHashMap<>();
    rankings.values().forEach(ranked -> ranked.forEach(scored -> {
      Long count = index.facts(scored.ordinal()).downloads();
      downloads.put(scored.ordinal(), count == null ? 0 : Math.log1p(count));
    }));
    return downloads.entrySet().stream().map(entry -> new Scored(entry.getKey(), entry.getValue()))
        .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::ordinal)).toList();
  }

  // Models that would rank above the last answer without the constraints, with the checks that removed them.
  private List<PickResult.Removed> removed(Query query, float[] vector, BitSet allowed, ConstraintScreen screen, int pool,
      List<PickResult.Answer> answers, int top) {
    List<RankFusion.Fused> unconstrained = rank(query, vector, null, pool);
    String last = answers.isEmpty() ? null : answers.getLast().modelId();
    List<PickResult.Removed> removed = new ArrayList<>();
    for (int i = 0; i < unconstrained.size() && removed.size() < top; i++) {
      int ordinal = unconstrained.get(i).ordinal();
      if (index.id(ordinal).equals(last)) {
        break;
      }
      if (!allowed.get(ordinal)) {
        List<Check> failed = screen.checks(index.facts(ordinal)).stream().filter(screen::removes).toList();
        removed.add(new PickResult.Removed(index.id(ordinal), i + 1, failed));
      }
    }
    return removed;
  }
}
