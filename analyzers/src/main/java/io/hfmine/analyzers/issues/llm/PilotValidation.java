package io.hfmine.analyzers.issues.llm;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.IssueRecords;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.agreement.CohenKappa;
import io.hfmine.analyzers.issues.evaluation.GoldEvaluation;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code hfmine annotate validate}: the LLM labels a pilot sample that humans labelled, and
 * Cohen's kappa between the two decides whether the prompt may label at scale.
 *
 * <p>Kappa is computed on PTM relevance over all pilot issues and on the theme set over the
 * issues both call PTM-related; the prompt passes when every kappa that could be computed
 * reaches the threshold. The result is recorded per (model, prompt hash).
 */
public final class PilotValidation {
  private PilotValidation() {
  }

  /** The outcome: kappas (NaN when not computable), items, and whether the threshold is met. */
  public record Result(int items, double ptmKappa, int themeItems, double themeKappa, double threshold, boolean passed,
      List<String> failures) {
  }

  public static Result run(Store store, Taxonomy taxonomy, Path pilot, String annotator, LlmLabeller labeller, String model,
      double threshold, Progress progress) {
    List<Annotation> gold = GoldEvaluation.readGold(store, taxonomy, pilot, annotator).stream()
        .filter(Annotation::ptmAnnotated).toList();
    Map<IssueId, IssueText> issues = IssueRecords.byId(store);
    List<String> humanPtm = new ArrayList<>();
    List<String> modelPtm = new ArrayList<>();
    List<String> humanThemes = new ArrayList<>();
    List<String> modelThemes = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    progress.total(gold.size());
    for (Annotation human : gold) {
      progress.step();
      IssueLabelling labelling;
      try {
        labelling = labeller.label(issues.get(human.issue()));
      } catch (LabellingException e) {
        failures.add(e.getMessage());
        continue;
      }
      humanPtm.add(Boolean.toString(human.isPtm()));
      modelPtm.add(Boolean.toString(labelling.isPtm()));
      if (human.isPtm() && labelling.isPtm() && human.themesAnnotated()) {
        humanThemes.add(String.join("+", new TreeSet<>(human.themeList())));
        modelThemes.add(String.join("+", new TreeSet<>(labelling.themeCodes())));
      }
    }
    double ptmKappa = humanPtm.isEmpty() ? Double.NaN : CohenKappa.of(humanPtm, modelPtm);
    double themeKappa = humanThemes.isEmpty() ? Double.NaN : CohenKappa.of(humanThemes, modelThemes);
    boolean passed = failures.isEmpty() && !Double.isNaN(ptmKappa) && ptmKappa >= threshold
        && (Double.isNaN(themeKappa) || themeKappa >= threshold);
    Result result = new Result(humanPtm.size(), ptmKappa, humanThemes.size(), themeKappa, threshold, passed, failures);
    record(store, model, labeller.promptSha256(), pilot, result);
    return result;
  }

  private static void record(Store store, String model, String promptSha, Path pilot, Result result) {
    store.transaction(connection -> {
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO llm_validations (model, prompt_sha256, "
          + "pilot_file, items, kappa, threshold, passed, validated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, model);
        insert.setString(2, promptSha);
        insert.setString(3, pilot.getFileName().toString());
        insert.setInt(4, result.items());
        double kappa = Double.isNaN(result.themeKappa()) ? result.ptmKappa() : Math.min(result.ptmKappa(), result.themeKappa());
        if (Double.isNaN(kappa)) {
          insert.setNull(5, java.sql.Types.DOUBLE);
        } else {
          insert.setDouble(5, kappa);
        }
        insert.setDouble(6, result.threshold());
        insert.setBoolean(7, result.passed());
        insert.setTimestamp(8, Timestamp.from(Instant.now()));
        insert.executeUpdate();
      }
      return null;
    });
  }

  /** Whether the latest validation of this model and prompt passed. */
  public static boolean passed(Store store, String model, String promptSha) {
    return store.read(connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT passed FROM llm_validations WHERE model = ? "
          + "AND prompt_sha256 = ? ORDER BY validated_at DESC LIMIT 1")) {
        select.setString(1, model);
        select.setString(2, promptSha);
        try (ResultSet rows = select.executeQuery()) {
          return rows.next() && rows.getBoolean(1);
        }
      }
    });
  }
}
