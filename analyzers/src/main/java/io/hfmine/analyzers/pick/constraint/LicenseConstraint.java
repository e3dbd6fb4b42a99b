package io.hfmine.analyzers.pick.constraint;

import io.hfmine.analyzers.pick.license.LicenseTable;
import java.util.List;
import java.util.Locale;

/**
 * The model's licence must fit a stated use ({@code commercial-closed-source}), the use a project
 * licence stands for ({@code compatible-with: mit}), or be one of listed licences. The licence
 * table decides; the reason names the model's licence, its family and the rule that applied.
 */
public final class LicenseConstraint implements Constraint {
  public static final String FAMILY = "license";

  private final LicenseTable table;
  private final String useName;
  private final LicenseTable.Use use;
  private final List<String> oneOf;
  private final String requirement;
  private final java.util.Map<String, Check.Outcome> outcomes = new java.util.HashMap<>();

  private LicenseConstraint(LicenseTable table, String useName, LicenseTable.Use use, List<String> oneOf,
      String requirement) {
    this.table = table;
    this.useName = useName;
    this.use = use;
    this.oneOf = oneOf;
    this.requirement = requirement;
  }

  /** The licence must fit a use of the table (or one of its aliases). */
  public static LicenseConstraint forUse(LicenseTable table, String use) {
    LicenseTable.Use found = table.use(use).orElseThrow(() -> new IllegalArgumentException(
        "unknown licence use '" + use + "'; the licence table knows " + String.join(", ", table.useNames())));
    String name = table.useName(use);
    return new LicenseConstraint(table, name, found, List.of(), "licence fits " + name);
  }

  /** The licence must be compatible with a project under {@code license}. */
  public static LicenseConstraint compatibleWith(LicenseTable table, String license) {
    String useName = table.useCompatibleWith(license).orElseThrow(() -> new IllegalArgumentException(
        "the licence table has no compatibility rule for '" + license + "' (compatible-with knows "
            + String.join(", ", table.compatibleWith().keySet()) + ")"));
    LicenseTable.Use found = table.use(useName).orElseThrow();
    return new LicenseConstraint(table, useName, found, List.of(),
        "licence compatible with " + table.resolve(license).id() + " (" + useName + ")");
  }

  /** The licence must be one of these (compared after aliases are resolved). */
  public static LicenseConstraint oneOf(LicenseTable table, List<String> licenses) {
    List<String> ids = licenses.stream().map(license -> table.resolve(license).id()).toList();
    return new LicenseConstraint(table, null, null, ids, "licence one of " + String.join(", ", ids));
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public String describe() {
    return requirement;
  }

  /** Models share few distinct licence texts: each is placed in the table once per request. */
  @Override
  public Check.Outcome outcome(ModelFacts model) {
    String license = model.license() == null ? "" : model.license();
    Check.Outcome known = outcomes.get(license);
    if (known == null) {
      known = check(model).outcome();
      outcomes.put(license, known);
    }
    return known;
  }

  @Override
  public Check check(ModelFacts model) {
    if (model.license() == null || model.license().isBlank()) {
      return Check.unknown(FAMILY, "the model states no licence");
    }
    LicenseTable.Resolved license = table.resolve(model.license());
    if (use == null) {
      return oneOf.contains(license.id()) ? Check.pass(FAMILY, license.describe() + " is listed")
          : Check.fail(FAMILY, license.describe() + " is not one of " + String.join(", ", oneOf));
    }
    String id = license.id().toLowerCase(Locale.ROOT);
    if (use.deny().contains(id)) {
      return Check.fail(FAMILY, license.describe() + " is excluded by use " + useName);
    }
    if (use.allow().contains(id)) {
      return Check.pass(FAMILY, license.describe() + " is allowed by use " + useName);
    }
    if (use.conditional().contains(id)) {
      return Check.conditional(FAMILY, license.describe() + " fits " + useName + " with conditions: "
          + table.notes().getOrDefault(id, "see the licence"));
    }
    if (use.allowFamilies().contains(license.family())) {
      return Check.pass(FAMILY, license.describe() + " fits " + useName);
    }
    if (use.conditionalFamilies().contains(license.family())) {
      LicenseTable.Family family = table.families().get(license.family());
      String note = family == null || family.note() == null ? "see the licence" : family.note();
      return Check.conditional(FAMILY, license.describe() + " fits " + useName + " with conditions: " + note);
    }
    if (!license.known()) {
      return Check.unknown(FAMILY, "licence '" + license.stated() + "' is not in the licence table, so whether it fits "
          + useName + " is unknown");
    }
    return Check.fail(FAMILY, license.describe() + " does not fit " + useName);
  }
}
