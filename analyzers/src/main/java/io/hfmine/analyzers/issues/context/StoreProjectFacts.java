package io.hfmine.analyzers.issues.context;

import io.hfmine.datasets.store.Store;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the store knows of each project's code: verified model-loading calls ({@code usages} with a
 * resolved model) and the PTM libraries they use, plus PTM libraries named in the project's
 * dependency files when code search fetched any (requirements*.txt, setup.py, pyproject.toml,
 * environment.yml, Pipfile).
 */
public final class StoreProjectFacts {
  private static final Pattern MANIFEST = Pattern.compile("(^|/)(requirements[\\w.-]*\\.txt|setup\\.py|setup\\.cfg|"
      + "pyproject\\.toml|environment\\.ya?ml|Pipfile)$");

  private StoreProjectFacts() {
  }

  /**
   * @param ptmLibraries package names that mean PTM reuse when a project depends on them
   *     ({@code issues.project-context.ptm-libraries})
   */
  public static Map<String, ProjectContexts.CodeFacts> read(Store store, List<String> ptmLibraries) {
    Map<String, Integer> usages = new HashMap<>();
    Map<String, TreeSet<String>> libraries = new HashMap<>();
    store.read(connection -> {
      try (PreparedStatement statement = connection.prepareStatement("SELECT repository, library, count(*) FROM usages "
          + "WHERE repository IS NOT NULL AND model_id IS NOT NULL GROUP BY repository, library");
          ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          usages.merge(rows.getString(1), rows.getInt(3), Integer::sum);
          libraries.computeIfAbsent(rows.getString(1), k -> new TreeSet<>()).add(rows.getString(2));
        }
      }
      try (PreparedStatement statement = connection.prepareStatement("SELECT DISTINCT h.repository, h.path, f.content "
          + "FROM code_hits h JOIN files f ON f.blob_sha = h.blob_sha WHERE f.content IS NOT NULL");
          ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          if (MANIFEST.matcher(rows.getString(2)).find()) {
            String content = rows.getString(3).toLowerCase(Locale.ROOT);
            for (String library : ptmLibraries) {
              if (Pattern.compile("(?m)(^|[\\s\"'\\[,])" + Pattern.quote(library.toLowerCase(Locale.ROOT))
                  + "([\\s\"'<>=~!;,\\]\\[]|$)").matcher(content).find()) {
                libraries.computeIfAbsent(rows.getString(1), k -> new TreeSet<>()).add(library);
              }
            }
          }
        }
      }
      return null;
    });
    Map<String, ProjectContexts.CodeFacts> facts = new HashMap<>();
    for (String repository : libraries.keySet()) {
      facts.put(repository, new ProjectContexts.CodeFacts(usages.getOrDefault(repository, 0),
          new ArrayList<>(libraries.get(repository))));
    }
    return facts;
  }
}
