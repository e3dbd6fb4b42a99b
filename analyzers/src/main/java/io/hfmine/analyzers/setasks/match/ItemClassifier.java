package io.hfmine.analyzers.setasks.match;

import io.hfmine.analyzers.setasks.lemma.EnglishLemmatizer;
import io.hfmine.analyzers.setasks.taxonomy.SeTask;
import io.hfmine.analyzers.setasks.text.CardParts;
import io.hfmine.analyzers.setasks.text.SegmentedText;
import io.hfmine.analyzers.setasks.text.Segmenter;
import io.hfmine.analyzers.setasks.text.TextSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the taxonomy's tasks in one model's or dataset's texts and applies the exclusion rules.
 *
 * <p>A task matches where the lemmas of consecutive words of one sentence equal one of its terms;
 * the words may be separated by white space and at most one hyphen, and a term never matches part
 * of a word. Tagging every sentence of every card would cost about a millisecond per sentence, so
 * the fast mode only tags where the tag decides: it knows every word's possible lemmas (its lemma
 * under each tag, cached per distinct word), finds every place where some choice of tags would
 * make a term, and accepts a place without tagging only when every choice makes a term of the same
 * task there. Anything else — a place where one reading matches and another does not ("designed"
 * as a verb or an adjective), or an exclusion rule whose lemma condition depends on the tag — has
 * its sentence tagged and matched exactly. The result is therefore the same as tagging and
 * lemmatising every sentence ({@code exhaustive}, kept for tests and checks).
 *
 * <p>Not thread-safe: use one per thread (the lemma cache is per instance).
 */
public final class ItemClassifier {
  private static final int MAX_ASSIGNMENTS = 512;

  private final TermIndex index;
  private final ExclusionRules rules;
  private final EnglishLemmatizer lemmatizer;
  private final boolean exhaustive;
  private final WordLemmaCache cache;
  private long sentences;
  private long tagged;

  public ItemClassifier(TermIndex index, ExclusionRules rules, EnglishLemmatizer lemmatizer, boolean exhaustive,
      int cacheCapacity) {
    this.index = index;
    this.rules = rules;
    this.lemmatizer = lemmatizer;
    this.exhaustive = exhaustive;
    this.cache = new WordLemmaCache(lemmatizer, index, cacheCapacity);
  }

  /** Sentences read, sentences the tagger had to read, and distinct words lemmatised, so far. */
  public record Stats(long sentences, long taggedSentences, long wordsLemmatised) {
  }

  public Stats stats() {
    return new Stats(sentences, tagged, cache.computed());
  }

  /** Every match in the item's metadata, card body and abstracts, in that order, excluded ones included. */
  public List<TaskMatch> classify(ItemText item) {
    List<TaskMatch> out = new ArrayList<>();
    Mentions mentions = new Mentions(item);
    String card = item.card();
    if (card != null && !card.isEmpty()) {
      CardParts parts = CardParts.of(card);
      if (parts.hasHeader()) {
        scan(mentions, card, parts.headerStart(), parts.headerEnd(), TextSource.METADATA, null, out);
      }
      scan(mentions, card, parts.bodyStart(), card.length(), TextSource.CARD, null, out);
    }
    for (ItemText.PaperAbstract paper : item.abstracts()) {
      if (paper.text() != null && !paper.text().isEmpty()) {
        scan(mentions, paper.text(), 0, paper.text().length(), TextSource.ABSTRACT, paper.arxivId(), out);
      }
    }
    return out;
  }

  private void scan(Mentions item, String text, int from, int to, TextSource source, String ref, List<TaskMatch> out) {
    SegmentedText segmented = Segmenter.segment(text, from, to);
    Region region = new Region(item, segmented, from, to, source, ref);
    for (int s = 0; s < segmented.sentenceCount(); s++) {
      sentence(region, s, out);
    }
  }

  private void sentence(Region region, int s, List<TaskMatch> out) {
    SegmentedText text = region.text;
    int[] words = wordTokens(text, text.sentenceStart(s), text.sentenceEnd(s));
    if (words.length == 0) {
      return;
    }
    sentences++;
    if (exhaustive) {
      exact(region, s, words, out);
      return;
    }
    WordLemmaCache.Entry[] entries = new WordLemmaCache.Entry[words.length];
    boolean anyRelevant = false;
    for (int i = 0; i < words.length; i++) {
      entries[i] = cache.get(text.surface(words[i]));
      anyRelevant |= entries[i].relevant();
    }
    if (!anyRelevant) {
      return;
    }
    Set<Candidate> candidates = new LinkedHashSet<>();
    for (int k = 0; k < words.length; k++) {
      if (entries[k].relevant()) {
        walkPossible(text, words, entries, k, k, index.root(), candidates);
      }
    }
    if (candidates.isEmpty()) {
      return;
    }
    for (Candidate candidate : candidates) {
      if (!certain(candidate, entries)) {
        exact(region, s, words, out);
        return;
      }
    }
    LemmaView possible = word -> {
      WordLemmaCache.Entry entry = entries[word];
      return entry.relevant() ? entry.lemmas() : lemmatizer.possibleLemmas(text.surface(words[word]));
    };
    List<TaskMatch> found = new ArrayList<>(candidates.size());
    for (Candidate candidate : candidates) {
      String excluded = exclusion(region, words, candidate, possible);
      if (excluded == ExclusionRules.UNDECIDED) {
        exact(region, s, words, out);
        return;
      }
      found.add(match(region, words, candidate, excluded));
    }
    out.addAll(found);
  }

  // Tags the sentence and matches it on its real lemmas.
  private void exact(Region region, int s, int[] words, List<TaskMatch> out) {
    tagged++;
    SegmentedText text = region.text;
    int first = text.sentenceStart(s);
    int end = text.sentenceEnd(s);
    List<String> tokens = new ArrayList<>(end - first);
    for (int t = first; t < end; t++) {
      tokens.add(text.surface(t));
    }
    String[] tags = lemmatizer.tag(tokens);
    String[] lemmas = new String[words.length];
    int[] ids = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      lemmas[i] = lemmatizer.lemma(text.surface(words[i]), tags[words[i] - first]);
      ids[i] = index.lemmaId(lemmas[i]);
    }
    Set<Candidate> matches = new LinkedHashSet<>();
    for (int k = 0; k < words.length; k++) {
      if (ids[k] >= 0) {
        walkExact(text, words, ids, k, k, index.root(), matches);
      }
    }
    LemmaView real = word -> new String[] {lemmas[word]};
    for (Candidate candidate : matches) {
      String excluded = exclusion(region, words, candidate, real);
      out.add(match(region, words, candidate, excluded));
    }
  }

  private void walkPossible(SegmentedText text, int[] words, WordLemmaCache.Entry[] entries, int first, int at,
      TermIndex.Node node, Set<Candidate> out) {
    for (int id : entries[at].termIds()) {
      TermIndex.Node child = node.children.get(id);
      if (child == null) {
        continue;
      }
      for (int task : child.tasks) {
        out.add(new Candidate(task, first, at + 1));
      }
      if (at + 1 < words.length && !child.children.isEmpty() && joinable(text, words[at], words[at + 1])) {
        walkPossible(text, words, entries, first, at + 1, child, out);
      }
    }
  }

  private void walkExact(SegmentedText text, int[] words, int[] ids, int first, int at, TermIndex.Node node,
      Set<Candidate> out) {
    if (ids[at] < 0) {
      return;
    }
    TermIndex.Node child = node.children.get(ids[at]);
    if (child == null) {
      return;
    }
    for (int task : child.tasks) {
      out.add(new Candidate(task, first, at + 1));
    }
    if (at + 1 < words.length && !child.children.isEmpty() && joinable(text, words[at], words[at + 1])) {
      walkExact(text, words, ids, first, at + 1, child, out);
    }
  }

  // Every reading of the words (any tag for each) yields a term of the candidate's task there.
  private boolean certain(Candidate candidate, WordLemmaCache.Entry[] entries) {
    int length = candidate.end - candidate.first;
    long combinations = 1;
    for (int j = candidate.first; j < candidate.end; j++) {
      combinations *= entries[j].lemmas().length;
      if (combinations > MAX_ASSIGNMENTS) {
        return false;
      }
    }
    int[] choice = new int[length];
    List<String> reading = new ArrayList<>(length);
    while (true) {
      reading.clear();
      for (int j = 0; j < length; j++) {
        reading.add(entries[candidate.first + j].lemmas()[choice[j]]);
      }
      if (!index.isTerm(candidate.task, reading)) {
        return false;
      }
      int j = length - 1;
      while (j >= 0 && ++choice[j] == entries[candidate.first + j].lemmas().length) {
        choice[j] = 0;
        j--;
      }
      if (j < 0) {
        return true;
      }
    }
  }

  // Consecutive words form a phrase when only white space and at most one hyphen lie between them.
  private static boolean joinable(SegmentedText text, int left, int right) {
    String raw = text.text();
    int hyphens = 0;
    for (int i = text.end(left); i < text.start(right); i++) {
      char c = raw.charAt(i);
      if (c == '-') {
        if (++hyphens > 1) {
          return false;
        }
      } else if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private String exclusion(Region region, int[] words, Candidate candidate, LemmaView lemmas) {
    SeTask task = index.tasks().get(candidate.task);
    if (!rules.appliesTo(task.id())) {
      return null;
    }
    return rules.check(task.id(), new Site(region, words, candidate, lemmas));
  }

  private TaskMatch match(Region region, int[] words, Candidate candidate, String excluded) {
    SeTask task = index.tasks().get(candidate.task);
    int start = region.text.start(words[candidate.first]);
    int end = region.text.end(words[candidate.end - 1]);
    return new TaskMatch(task.id(), task.activity(), region.source, region.ref, start, end,
        region.text.text().substring(start, end), excluded);
  }

  private static int[] wordTokens(SegmentedText text, int first, int end) {
    int count = 0;
    for (int t = first; t < end; t++) {
      if (text.isWord(t)) {
        count++;
      }
    }
    int[] words = new int[count];
    int at = 0;
    for (int t = first; t < end; t++) {
      if (text.isWord(t)) {
        words[at++] = t;
      }
    }
    return words;
  }

  /** A place where a task may match: words {@code first} (inclusive) to {@code end} (exclusive) of a sentence. */
  private record Candidate(int task, int first, int end) {
  }

  /** The lemmas a word of the sentence may have: one when tagged, all possible otherwise. */
  @FunctionalInterface
  private interface LemmaView {
    String[] of(int word);
  }

  private record Region(Mentions item, SegmentedText text, int from, int to, TextSource source, String ref) {
  }

  /** One item's texts, and which expressions they contain, each searched once however many matches ask. */
  private static final class Mentions {
    private final ItemText item;
    private final Map<Pattern, Boolean> found = new HashMap<>();

    Mentions(ItemText item) {
      this.item = item;
    }

    boolean hasTag(String tag) {
      return item.tags().contains(tag);
    }

    boolean contains(Pattern pattern) {
      return found.computeIfAbsent(pattern, p -> (item.card() != null && p.matcher(item.card()).find())
          || item.abstracts().stream().anyMatch(paper -> paper.text() != null && p.matcher(paper.text()).find()));
    }
  }

  private static final class Site implements MatchSite {
    private final Region region;
    private final int[] words;
    private final Candidate candidate;
    private final LemmaView lemmas;

    Site(Region region, int[] words, Candidate candidate, LemmaView lemmas) {
      this.region = region;
      this.words = words;
      this.candidate = candidate;
      this.lemmas = lemmas;
    }

    @Override
    public TextSource source() {
      return region.source;
    }

    @Override
    public String text() {
      return region.text.text();
    }

    @Override
    public int regionStart() {
      return region.from;
    }

    @Override
    public int regionEnd() {
      return region.to;
    }

    @Override
    public int start() {
      return region.text.start(words[candidate.first]);
    }

    @Override
    public int end() {
      return region.text.end(words[candidate.end - 1]);
    }

    @Override
    public Tri previousLemmaIn(Set<String> wanted) {
      return candidate.first == 0 ? Tri.NO : in(lemmas.of(candidate.first - 1), wanted);
    }

    @Override
    public Tri nextLemmaIn(Set<String> wanted) {
      return candidate.end >= words.length ? Tri.NO : in(lemmas.of(candidate.end), wanted);
    }

    @Override
    public boolean hasTag(String tag) {
      return region.item.hasTag(tag);
    }

    @Override
    public boolean itemMentions(Pattern pattern) {
      return region.item.contains(pattern);
    }

    private static Tri in(String[] lemmas, Set<String> wanted) {
      int inside = 0;
      for (String lemma : lemmas) {
        if (wanted.contains(lemma)) {
          inside++;
        }
      }
      return inside == lemmas.length ? Tri.YES : inside == 0 ? Tri.NO : Tri.UNKNOWN;
    }
  }
}
