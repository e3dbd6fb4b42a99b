package io.hfmine.analyzers.setasks.lemma;

import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * English lemmas from Stanford CoreNLP: the maximum-entropy POS tagger
 * ({@code english-left3words-distsim}) tags a sentence, and Morphology (Minnen, Carroll and
 * Pearce's morpha) turns each word and its tag into a lemma. Lemmas are lower-cased, proper nouns
 * included.
 *
 * <p>Only the tagger model ships with hfmine (unpacked from CoreNLP's models jar at build time); it
 * is loaded once per JVM (about 14 MB, a few seconds) and shared, as tagging keeps no state between
 * sentences. Morphology is not thread-safe, so each thread gets its own.
 */
public final class EnglishLemmatizer {
  /** Classpath location of the tagger model. */
  public static final String TAGGER_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

  private static EnglishLemmatizer shared;

  private final MaxentTagger tagger;
  private final String[] tagSet;
  private final ThreadLocal<Morphology> morphology = ThreadLocal.withInitial(Morphology::new);

  private EnglishLemmatizer(MaxentTagger tagger) {
    this.tagger = tagger;
    Set<String> tags = new TreeSet<>(tagger.tagSet());
    this.tagSet = tags.toArray(String[]::new);
  }

  /** The lemmatiser of this JVM, loading the tagger on first use. */
  public static synchronized EnglishLemmatizer shared() {
    if (shared == null) {
      // CoreNLP announces every model it loads on stderr; hfmine reports its own progress.
      RedwoodConfiguration.current().clear().apply();
      shared = new EnglishLemmatizer(new MaxentTagger(TAGGER_MODEL));
    }
    return shared;
  }

  /** Every tag the tagger can assign (Penn Treebank tags and a few of its own). */
  public List<String> tags() {
    return List.of(tagSet);
  }

  /** The tags of one sentence's tokens, in order. */
  public String[] tag(List<String> tokens) {
    List<HasWord> words = new ArrayList<>(tokens.size());
    tokens.forEach(token -> words.add(new Word(token)));
    List<TaggedWord> tagged = tagger.tagSentence(words);
    String[] tags = new String[tagged.size()];
    for (int i = 0; i < tags.length; i++) {
      tags[i] = tagged.get(i).tag();
    }
    return tags;
  }

  /** The lower-cased lemma of a word read with {@code tag}. */
  public String lemma(String word, String tag) {
    return morphology.get().lemma(word, tag, true).toLowerCase(Locale.ROOT);
  }

  /**
   * Every lemma the word can have, whatever the tagger makes of it: the lemma under each tag of
   * {@link #tags()}, lower-cased, each once. The real lemma in a sentence is always one of these.
   */
  public String[] possibleLemmas(String word) {
    Morphology morph = morphology.get();
    Set<String> lemmas = new LinkedHashSet<>(4);
    for (String tag : tagSet) {
      lemmas.add(morph.lemma(word, tag, true).toLowerCase(Locale.ROOT));
    }
    return lemmas.toArray(String[]::new);
  }
}
