package io.hfmine.analyzers.pick.constraint;

import io.hfmine.analyzers.pick.extract.LanguageCodes;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The model must handle every requested language (card {@code language} or language tags). A model
 * that also says {@code multilingual} has not listed all its languages, so a language missing from
 * its list is unknown rather than absent.
 */
public final class LanguageConstraint implements Constraint {
  public static final String FAMILY = "languages";

  private final Set<String> required;
  private final Map<Set<String>, Check.Outcome> outcomes = new IdentityHashMap<>();

  /** Languages as codes or names ("en", "fra", "German"); each is normalised, unknown ones are an error. */
  public LanguageConstraint(List<String> languages) {
    Set<String> codes = new LinkedHashSet<>();
    for (String language : languages) {
      codes.add(LanguageCodes.normalize(language).filter(code -> !code.equals(LanguageCodes.MULTILINGUAL))
          .orElseThrow(() -> new IllegalArgumentException("not a language: '" + language
              + "' (write an ISO 639 code such as en, or a name such as French)")));
    }
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("languages needs at least one language");
    }
    this.required = codes;
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public String describe() {
    return "handles " + String.join(", ", required);
  }

  @Override
  public Check.Outcome outcome(ModelFacts model) {
    // An open index shares equal sets (ModelFacts.sharing), so the outcome is worked out once per set.
    return outcomes.computeIfAbsent(model.languages(), this::outcomeOf);
  }

  private Check.Outcome outcomeOf(Set<String> languages) {
    if (languages.containsAll(required)) {
      return Check.Outcome.PASS;
    }
    boolean multilingual = languages.contains(LanguageCodes.MULTILINGUAL);
    boolean named = languages.size() > (multilingual ? 1 : 0);
    return !named || multilingual ? Check.Outcome.UNKNOWN : Check.Outcome.FAIL;
  }

  @Override
  public Check check(ModelFacts model) {
    List<String> missing = new ArrayList<>(required);
    missing.removeAll(model.languages());
    if (missing.isEmpty()) {
      return Check.pass(FAMILY, "lists " + String.join(", ", required));
    }
    Set<String> named = new LinkedHashSet<>(model.languages());
    boolean multilingual = named.remove(LanguageCodes.MULTILINGUAL);
    if (named.isEmpty()) {
      return Check.unknown(FAMILY, multilingual ? "says multilingual without listing its languages" : "states no language");
    }
    if (multilingual) {
      return Check.unknown(FAMILY, "says multilingual and lists " + String.join(", ", named) + ", not "
          + String.join(", ", missing));
    }
    return Check.fail(FAMILY, "lists " + String.join(", ", named) + " but not " + String.join(", ", missing));
  }
}
