package io.hfmine.devtools.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.datasets.config.Config;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The hand-written inputs of the GitHub sample: repository rows and issue templates (YAML resources). */
final class SampleSources {
  private SampleSources() {
  }

  /** One repository of the sample; {@code issues} is set for downstream projects only. */
  record RepositoryRow(
      String fullName, String renamedFrom, String ownerType, String role, String forkOf, Boolean archived,
      String description, String homepage, String language, int stars, int forks, int subscribers, int size,
      List<String> topics, String license, String created, String pushed, IssuePlan issues) {

    String owner() {
      return fullName.substring(0, fullName.indexOf('/'));
    }

    String name() {
      return fullName.substring(fullName.indexOf('/') + 1);
    }
  }

  /** How many issues a downstream project gets, from when, who maintains it and which models it uses. */
  record IssuePlan(
      int count, int pullRequests, String start, List<String> maintainers, List<String> models,
      double labelRate, double ptmShare, boolean gui, String runtime, List<String> domains, List<String> alternatives) {

    String runtimeOrPython() {
      return runtime == null ? "python" : runtime;
    }
  }

  /** A repository that code search returns but the repository API no longer serves. */
  record GoneRepository(String fullName, int status, String reason) {
  }

  record Catalog(List<RepositoryRow> repositories, List<GoneRepository> gone) {
  }

  /** One sub-theme of the challenge taxonomy (or one kind of non-PTM issue) with its reports. */
  record SubTheme(
      String code, String theme, String name, int weight, String kind, Double slowness, Double openRate,
      Boolean guiOnly, List<Variant> variants) {

    boolean ptm() {
      return theme != null;
    }

    double slownessOrOne() {
      return slowness == null ? 1.0 : slowness;
    }

    /** The reports that fit a project: GUI problems need a GUI, domain-specific reports need the domain. */
    List<Variant> variantsFor(IssuePlan plan) {
      if (Boolean.TRUE.equals(guiOnly) && !plan.gui()) {
        return List.of();
      }
      return variants.stream()
          .filter(v -> v.runtime() == null || v.runtime().equals(plan.runtimeOrPython()))
          .filter(v -> v.domains() == null || v.domains().stream().anyMatch(plan.domains()::contains))
          .toList();
    }
  }

  /** One report: alternative titles, the body, and the maintainer answers that resolve it. */
  record Variant(String runtime, List<String> domains, List<String> titles, String body, List<String> replies) {
  }

  record PullRequestTemplates(
      List<String> dependencyBumps, List<String> jvmDependencyBumps, List<String> titles, List<String> bodies) {
  }

  record CommentTemplates(
      List<String> reporterUnresolved, List<String> reporterResolved, List<String> othersAffected,
      List<String> othersInterested, List<String> maintainerAsks, List<String> maintainerPendingBug,
      List<String> maintainerPending, List<String> closingNotPlannedBug,
      List<String> closingNotPlannedRequest,
      List<String> reopen, List<String> refix) {
  }

  record TemplateBook(
      Map<String, List<String>> vocab, Map<String, String> modelClasses, List<SubTheme> ptm,
      List<SubTheme> nonPtm, PullRequestTemplates pullRequests, CommentTemplates comments) {
  }

  static Catalog catalog() {
    return read("repositories.yaml", Catalog.class);
  }

  static TemplateBook templates() {
    return read("issue-templates.yaml", TemplateBook.class);
  }

  private static <T> T read(String resource, Class<T> type) {
    ObjectMapper yaml = Config.yamlMapper();
    try (InputStream in = SampleSources.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return yaml.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
    }
  }
}
