package io.hfmine.crawler.plan;

/**
 * The {@code plan} section: the Hub's request windows assumed when its answers announce none
 * (documented in config/hfmine.yaml).
 */
public record PlanSettings(long hubApiPerWindow, long hubResolversPerWindow, long hubWindowSeconds) {
  public PlanSettings {
    if (hubApiPerWindow < 1 || hubResolversPerWindow < 1 || hubWindowSeconds < 1) {
      throw new IllegalArgumentException("hub-api-per-window, hub-resolvers-per-window and hub-window-seconds must be at least 1");
    }
  }
}
