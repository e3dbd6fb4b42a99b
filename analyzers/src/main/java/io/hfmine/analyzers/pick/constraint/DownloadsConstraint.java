package io.hfmine.analyzers.pick.constraint;

/** The model must have at least so many downloads in the last 30 days. */
public final class DownloadsConstraint implements Constraint {
  public static final String FAMILY = "downloads";

  private final long minimum;

  public DownloadsConstraint(long minimum) {
    if (minimum < 0) {
      throw new IllegalArgumentException("downloads minimum must not be negative: " + minimum);
    }
    this.minimum = minimum;
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public String describe() {
    return "at least " + minimum + " downloads";
  }

  @Override
  public Check.Outcome outcome(ModelFacts model) {
    if (model.downloads() == null) {
      return Check.Outcome.UNKNOWN;
    }
    return model.downloads() >= minimum ? Check.Outcome.PASS : Check.Outcome.FAIL;
  }

  @Override
  public Check check(ModelFacts model) {
    if (model.downloads() == null) {
      return Check.unknown(FAMILY, "download count not known");
    }
    return model.downloads() >= minimum ? Check.pass(FAMILY, model.downloads() + " downloads")
        : Check.fail(FAMILY, model.downloads() + " downloads, fewer than " + minimum);
  }
}
