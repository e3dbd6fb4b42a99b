package io.hfmine.analyzers.pick.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.QueryBuilder;

/**
 * BM25 per field: each matched attribute of a request is compared with the same attribute of every
 * model, boosted by its field weight, and the whole request with the catch-all field; Lucene adds
 * the clause scores. Only allowed models are collected, so the {@code n} best are the best that
 * pass the constraints.
 */
public final class Bm25Search {
  private final Map<String, Double> fieldWeights;

  public Bm25Search(Map<String, Double> fieldWeights) {
    this.fieldWeights = Map.copyOf(fieldWeights);
  }

  /** The query of a request's matched attributes; null when no field has a word to look for. */
  public Query query(Map<String, List<String>> matched, String allText) {
    QueryBuilder builder = new QueryBuilder(SearchAnalyzer.analyzer());
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    int clauses = 0;
    for (Map.Entry<String, List<String>> attribute : matched.entrySet()) {
      double weight = fieldWeights.getOrDefault(attribute.getKey(), 0.0);
      if (weight <= 0) {
        continue;
      }
      Query clause = builder.createBooleanQuery(IndexFields.attribute(attribute.getKey()),
          String.join(" . ", attribute.getValue()));
      if (clause != null) {
        query.add(new BoostQuery(clause, (float) weight), BooleanClause.Occur.SHOULD);
        clauses++;
      }
    }
    double allWeight = fieldWeights.getOrDefault(IndexFields.ALL, 0.0);
    Query all = allWeight > 0 ? builder.createBooleanQuery(IndexFields.ALL, allText) : null;
    if (all != null) {
      query.add(new BoostQuery(all, (float) allWeight), BooleanClause.Occur.SHOULD);
      clauses++;
    }
    return clauses == 0 ? null : query.build();
  }

  /** The {@code n} best-scoring models among {@code allowed} ordinals (every model when null). */
  public List<Scored> top(PickIndex index, Query query, BitSet allowed, int n) {
    if (query == null || n <= 0) {
      return List.of();
    }
    try {
      return index.searcher().search(query, new Manager(index, allowed, n));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Manager(PickIndex index, BitSet allowed, int n) implements CollectorManager<AllowedCollector, List<Scored>> {
    @Override
    public AllowedCollector newCollector() {
      return new AllowedCollector(index, allowed, n);
    }

    @Override
    public List<Scored> reduce(Collection<AllowedCollector> collectors) {
      TopScores merged = new TopScores(n);
      collectors.forEach(collector -> merged.addAll(collector.top));
      return merged.ranked();
    }
  }

  private static final class AllowedCollector implements Collector {
    private final PickIndex index;
    private final BitSet allowed;
    private final TopScores top;

    AllowedCollector(PickIndex index, BitSet allowed, int n) {
      this.index = index;
      this.allowed = allowed;
      this.top = new TopScores(n);
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
      int base = context.docBase;
      return new LeafCollector() {
        private Scorable scorer;

        @Override
        public void setScorer(Scorable scorable) throws IOException {
          this.scorer = scorable;
          if (top.full()) {
            scorer.setMinCompetitiveScore(competitive());
          }
        }

        @Override
        public void collect(int doc) throws IOException {
          int ordinal = index.ordinalOfDoc(base + doc);
          if (allowed == null || allowed.get(ordinal)) {
            boolean wasFull = top.full();
            double before = top.worst();
            top.offer(ordinal, scorer.score());
            if (top.full() && (!wasFull || top.worst() > before)) {
              scorer.setMinCompetitiveScore(competitive());
            }
          }
        }
      };
    }

    // Once n models are held, Lucene may skip documents scoring below the worst of them (block-max
    // WAND), instead of scoring every document that shares a common word with the request. Ties are
    // still collected: a tie with a lower ordinal wins, and documents need not be in ordinal order.
    private float competitive() {
      return (float) top.worst();
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.TOP_SCORES;
    }
  }
}
