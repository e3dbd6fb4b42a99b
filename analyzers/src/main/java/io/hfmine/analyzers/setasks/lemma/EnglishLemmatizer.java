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
 *
 * <p>morpha rewrites words by tag family (verbs, plural nouns, comparatives and superlatives,
 * pronouns ...), not by each of the tagger's 50 tags, so the possible lemmas of a word are those
 * under one tag per family. The families are found when the lemmatiser loads, by lemmatising a
 * calibration list of regular, irregular and made-up words under every tag and grouping tags that
 * agree on all of them; a test checks on a much larger list that every tag of a family agrees.
 */
public final class EnglishLemmatizer {
  /** Classpath location of the tagger model. */
  public static final String TAGGER_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

  private static EnglishLemmatizer shared;

  private final MaxentTagger tagger;
  /** Words whose lemmas tell morpha's tag families apart: inflections, irregular forms, pronouns, made-up words. */
  static final List<String> CALIBRATION = List.of("went", "was", "were", "is", "are", "am", "been", "being", "ate",
      "eaten", "better", "best", "worse", "worst", "further", "children", "mice", "feet", "geese", "men", "women",
      "data", "criteria", "analyses", "indices", "matrices", "oxen", "logs", "logging", "logged", "debugging",
      "debugged", "testing", "tests", "tested", "designed", "designs", "coding", "codes", "coded", "programming",
      "programmed", "running", "ran", "runs", "lying", "dying", "tries", "tried", "stopped", "stopping", "making",
      "made", "bought", "thought", "taught", "caught", "gone", "did", "done", "does", "has", "had", "having", "saw",
      "seen", "knew", "known", "me", "him", "her", "us", "them", "my", "his", "its", "our", "their", "'s", "'re",
      "ca", "wo", "n't", "faster", "fastest", "happier", "happiest", "APIs", "GPUs", "classes", "boxes", "wolves",
      "knives", "heroes", "potatoes", "buses", "quizzes", "flies", "agreed", "freed", "hoping", "hopping", "zorbling",
      "glarfed", "snizzes", "blorptest", "qwertyness", "uxxies", "ffing", "sses",
      // closed-class words morpha rewrites under determiner, pronoun and possessive tags
      "an", "a", "the", "these", "those", "this", "that", "whom", "who", "whose", "thee", "thou", "ye", "yourselves",
      "themselves", "herself", "myself", "mine", "yours", "theirs", "'d", "'ll", "'ve", "'m", "ai", "sha", "gon");

  private final String[] tagSet;
  private final String[] families;
  private final ThreadLocal<Morphology> morphology = ThreadLocal.withInitial(Morphology::new);
  private final java.util.Optional<MorphaLiteralForms> literalForms;

  private EnglishLemmatizer(MaxentTagger tagger) {
    this.tagger = tagger;
    Set<String> tags = new TreeSet<>(tagger.tagSet());
    this.tagSet = tags.toArray(String[]::new);
    this.families = families(tagSet, CALIBRATION);
    this.literalForms = MorphaLiteralForms.load(this::possibleLemmas);
  }

  // One tag per group of tags under which every calibration word gets the same lemma.
  static String[] families(String[] tags, List<String> calibration) {
    Morphology morph = new Morphology();
    java.util.Map<String, String> bySignature = new java.util.LinkedHashMap<>();
    for (String tag : tags) {
      StringBuilder signature = new StringBuilder();
      for (String word : calibration) {
        signature.append(morph.lemma(word, tag, true).toLowerCase(Locale.ROOT)).append('\u0000');
      }
      bySignature.putIfAbsent(signature.toString(), tag);
    }
    return bySignature.values().toArray(String[]::new);
  }

  /**
   * morpha's listed exception forms (see {@link MorphaLiteralForms}); any other word keeps all but
   * its last {@link MorphaLiteralForms#OPEN_RULE_MAX_DELETION} letters in every lemma. Empty when
   * the lexer's tables could not be read.
   */
  public java.util.Optional<MorphaLiteralForms> literalForms() {
    return literalForms;
  }

  /** One tag of each family of tags that morpha treats alike. */
  public List<String> tagFamilies() {
    return List.of(families);
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
   * Every lemma the word can have, whatever the tagger makes of it: the lemma under each tag
   * family, lower-cased, each once. The real lemma in a sentence is always one of these.
   */
  public String[] possibleLemmas(String word) {
    return lemmasUnder(word, families);
  }

  /** The word's lemmas under each of {@code tags} (for checking the families against all tags). */
  public String[] lemmasUnder(String word, String[] tags) {
    Morphology morph = morphology.get();
    Set<String> lemmas = new LinkedHashSet<>(4);
    for (String tag : tags) {
      lemmas.add(morph.lemma(word, tag, true).toLowerCase(Locale.ROOT));
    }
    return lemmas.toArray(String[]::new);
  }
}
