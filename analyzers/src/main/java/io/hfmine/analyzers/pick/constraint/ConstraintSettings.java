package io.hfmine.analyzers.pick.constraint;

import java.util.Map;

/**
 * How constraints treat what a model does not say, and the hardware profiles
 * ({@code pick.constraints} in hfmine.yaml).
 *
 * @param onUnknown per family: {@code remove} drops a model that does not say, {@code keep} keeps it flagged,
 *     {@code demote} keeps it flagged but ranks it after every model that passes the check
 * @param hardwareProfiles memory of each named profile, as a size ("8GB")
 * @param bytesPerParameter weight bytes per parameter when only the count is known (2 = 16-bit)
 * @param memoryOverhead factor over the weights for activations and runtime
 */
public record ConstraintSettings(Map<String, String> onUnknown, Map<String, String> hardwareProfiles,
    double bytesPerParameter, double memoryOverhead) {

  public ConstraintSettings {
    onUnknown = onUnknown == null ? Map.of() : Map.copyOf(onUnknown);
    hardwareProfiles = hardwareProfiles == null ? Map.of() : Map.copyOf(hardwareProfiles);
  }

  /** Whether a model that does not say is removed for this family. */
  public boolean removesUnknown(String family) {
    return "remove".equals(onUnknown.getOrDefault(family, "keep"));
  }

  /** Whether a model that does not say is kept but ranked after the models that pass, for this family. */
  public boolean demotesUnknown(String family) {
    return "demote".equals(onUnknown.get(family));
  }
}
