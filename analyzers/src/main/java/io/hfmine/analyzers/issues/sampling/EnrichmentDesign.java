package io.hfmine.analyzers.issues.sampling;

import java.util.Locale;

/**
 * How many issues of an enriched sample come from each stratum, and how many of each stratum one
 * repository may give at most ({@link #NO_CAP} for no limit): the design of one round of the
 * shipped labelled set, e.g. 600 issues, 330 of them prescreened, at most 8 and 2 per repository.
 */
public record EnrichmentDesign(int prescreened, int random, int prescreenedCap, int randomCap) {
  public static final int NO_CAP = Integer.MAX_VALUE;

  public EnrichmentDesign {
    if (prescreened < 0 || random < 0 || prescreened + random == 0) {
      throw new IllegalArgumentException("an enriched sample needs a positive size, got " + prescreened + " + " + random);
    }
    if (prescreenedCap <= 0 || randomCap <= 0) {
      throw new IllegalArgumentException("caps per repository must be positive");
    }
  }

  /**
   * The design of {@code --sample N --enrich P [--per-repository CAP_P,CAP_R]}: {@code enrich} is
   * a number of issues ({@code 330}) or a percentage of the sample ({@code 55%}, rounded to the
   * nearest issue); {@code perRepository} is null for no caps.
   *
   * @throws IllegalArgumentException naming the option and the value
   */
  public static EnrichmentDesign parse(int sample, String enrich, String perRepository) {
    int prescreened = prescreened(sample, enrich.strip());
    int[] caps = {NO_CAP, NO_CAP};
    if (perRepository != null) {
      String[] parts = perRepository.strip().split("\\s*,\\s*", -1);
      if (parts.length != 2) {
        throw new IllegalArgumentException("--per-repository takes two caps, stratum P's and stratum R's (e.g. 8,2), got '"
            + perRepository + "'");
      }
      for (int i = 0; i < 2; i++) {
        caps[i] = positive(parts[i], "--per-repository", perRepository);
      }
    }
    return new EnrichmentDesign(prescreened, sample - prescreened, caps[0], caps[1]);
  }

  private static int prescreened(int sample, String enrich) {
    int prescreened;
    if (enrich.endsWith("%")) {
      double percent;
      try {
        percent = Double.parseDouble(enrich.substring(0, enrich.length() - 1).strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--enrich '" + enrich + "' is neither a number of issues nor a percentage (e.g. 330 or 55%)");
      }
      if (!(percent >= 0 && percent <= 100)) {
        throw new IllegalArgumentException("--enrich " + enrich + " is not a percentage between 0% and 100%");
      }
      prescreened = (int) Math.round(sample * percent / 100);
    } else {
      try {
        prescreened = Integer.parseInt(enrich);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--enrich '" + enrich + "' is neither a number of issues nor a percentage (e.g. 330 or 55%)");
      }
      if (prescreened < 0 || prescreened > sample) {
        throw new IllegalArgumentException("--enrich " + prescreened + " must be between 0 and --sample " + sample);
      }
    }
    return prescreened;
  }

  private static int positive(String text, String option, String whole) {
    try {
      int value = Integer.parseInt(text);
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(option + " '" + whole + "': '" + text + "' is not a positive whole number");
  }

  public int target(Stratum stratum) {
    return stratum == Stratum.P ? prescreened : random;
  }

  public int cap(Stratum stratum) {
    return stratum == Stratum.P ? prescreenedCap : randomCap;
  }

  /** "330 prescreened + 270 random, at most 8 and 2 per repository", for messages. */
  public String describe() {
    return String.format(Locale.ROOT, "%d prescreened + %d random%s", prescreened, random,
        prescreenedCap == NO_CAP && randomCap == NO_CAP ? ""
            : ", at most " + capText(prescreenedCap) + " and " + capText(randomCap) + " per repository");
  }

  private static String capText(int cap) {
    return cap == NO_CAP ? "any" : Integer.toString(cap);
  }
}
