package io.hfmine.cli.commands.models;

import io.hfmine.analyzers.models.ModelSelection;
import java.io.PrintWriter;
import java.util.List;

/** Prints a selection funnel as the papers show it: each filter and the models it leaves. */
public final class FunnelTable {
  private FunnelTable() {
  }

  public static void print(List<ModelSelection.Step> steps, PrintWriter out) {
    out.printf("%-4s %12s  %s%n", "step", "remaining", "filter");
    for (ModelSelection.Step step : steps) {
      out.printf("%-4d %,12d  %s%n", step.step(), step.remaining(), step.description());
    }
    out.flush();
  }
}
