package io.hfmine.analyzers.issues.agreement;

/** Agreement on one label (ptm, a theme, a sub-theme, the theme set ...): items compared, observed agreement, kappa. */
public record LabelAgreement(String label, int items, double observed, double kappa) {
}
