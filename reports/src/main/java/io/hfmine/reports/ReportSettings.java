package io.hfmine.reports;

/** The {@code report} section of the configuration (see config/hfmine.yaml). */
public record ReportSettings(String outDir, String title) {
}
