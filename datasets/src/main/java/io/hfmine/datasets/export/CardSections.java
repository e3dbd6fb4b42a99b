package io.hfmine.datasets.export;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The prose sections of the dataset card that follow the Hugging Face Hub's dataset-card template
 * (uses, source data and its terms, annotations, personal information, limitations, citation).
 * Each section is written from what the export really holds: a section about issue text appears
 * only when issues were exported, and says whether logins were pseudonymised.
 */
final class CardSections {
  private final ExportSpec spec;
  private final Set<String> tables;

  CardSections(ExportSpec spec, List<ExportedFile> files) {
    this.spec = spec;
    this.tables = files.stream().map(f -> f.table().table()).collect(Collectors.toSet());
  }

  boolean has(String table) {
    return tables.contains(table);
  }

  String uses() {
    return """
        ## Uses

        ### Direct use

        Empirical software-engineering research on how pre-trained models from the Hugging Face Hub \
        are reused in open-source software: which models are loaded how (usages, patterns), which \
        challenges downstream projects meet (issues and their labels), and how long such issues take \
        to resolve (the `resolution_*` tables). The tables join on their keys (model ids, \
        `owner/name` repositories, issue numbers) in pandas, R or DuckDB.

        ### Out-of-scope use

        Profiling, contacting or ranking individual developers; training models on the GitHub \
        text and code without checking each source's terms (see *Licensing*); treating download \
        counts as usage counts (they are the Hub's last-30-days figure at fetch time).

        """;
  }

  String sourceData() {
    StringBuilder out = new StringBuilder("""
        ## Dataset creation

        ### Source data

        Collected by hfmine from the Hugging Face Hub API and the GitHub REST API (code search, \
        repository, issue and comment endpoints) on the dates `manifest.json` records; the \
        configuration that drove the crawl is in `manifest.json` too, so the collection can be \
        repeated. Code-search hits are only mentions of a model id: each fetched file was parsed \
        (tree-sitter for Python, JavaParser for Java) and `hit_verifications` says which hits \
        really load the model.

        **Who produced the source data?** Model and dataset owners on the Hub (metadata, cards); \
        developers of public GitHub repositories (code, issues, comments).

        """);
    if (has("issue_labels") || has("annotations")) {
      out.append("""
          ### Annotations

          `issue_labels` holds PTM relevance, challenge themes and issue types with their `source`: \
          `rules` (keyword rules from the shipped configuration), `classifier`, `llm` (an \
          OpenAI-compatible model, validated against human labels first) or `human:<annotator>` \
          (imported annotation sheets, kept whole in `annotations`). Machine labels carry a \
          `confidence`; treat them as estimates, not ground truth.

          """);
    }
    return out.toString();
  }

  String licensing() {
    StringBuilder out = new StringBuilder("""
        ## Licensing

        This dataset mixes material from several sources, and each keeps its own terms: the \
        license in the header (`other`) says so. Only what hfmine itself derived is offered under \
        the export's license, **%s**.

        | content | where | terms |
        | --- | --- | --- |
        | hfmine's derived data: verifications, usages' parsed fields, patterns, labels, selections, statistics | all tables except the columns below | %s |
        | Hub metadata (ids, tags, downloads, likes, card metadata) | `models`, `datasets`, `card_metadata`, `dataset_card_metadata` | as published by the Hugging Face Hub under its terms of service; facts about public repositories |
        | model and dataset card text | `model_cards.text`, `dataset_cards.text` (only with `--with-content`) | each card under its own repository's license (`models.tags`, `license:` tag) |
        | GitHub code: snippets and file text | `usages.snippet` (patterns point to theirs by `representative_usage_id`), `files.content` (only with `--with-content`) | each under its repository's license (`repositories.license`); files of repositories without a license are redistributed for research use only and may not be reused as code |
        | GitHub issue and comment text | `issues.title`, `issues.body`, `issue_comments.body` | the authors' content under GitHub's Terms of Service; shared for research, not relicensed |
        | GitHub logins | `issues.author`, `issue_comments.author`, owners in `repositories.full_name` and `repository` columns | personal data; see *Personal and sensitive information* |

        """.formatted(spec.license(), spec.license()));
    return out.toString();
  }

  String personalData() {
    StringBuilder out = new StringBuilder("""
        ### Personal and sensitive information

        """);
    if (!has("issues") && !has("issue_comments")) {
      out.append("""
          This export holds no issue or comment text. GitHub logins remain as repository owners \
          (`owner/name`) and Hub user names as model and dataset authors, both public identifiers \
          their owners chose.

          """);
      return out.toString();
    }
    if (spec.pseudonymised()) {
      out.append("""
          **Author logins are pseudonymised.** `issues.author` and `issue_comments.author` hold \
          `gh-` and the first 16 hex digits of HMAC-SHA-256 over the lower-cased GitHub login, under \
          a secret key that is not published (`%s`). The same person has the same pseudonym in \
          both tables, so per-author counts and joins still work; nobody without the key can \
          confirm a guessed login by hashing it. Pseudonymisation is not anonymisation: issue and \
          comment text can still name people (`@mentions`, signatures, e-mail addresses in logs), \
          and `html_url` leads to the original issue.

          """.formatted(AuthorPseudonyms.KEY_VARIABLE));
    } else {
      out.append("""
          `issues.author` and `issue_comments.author` hold GitHub logins as GitHub shows them, and \
          the issue and comment text may name people (`@mentions`, signatures, e-mail addresses in \
          logs). This is personal data under the GDPR and similar laws: keep it only as long as the \
          research needs it, honour removal requests, and do not use it to profile or contact \
          developers. `hfmine export --pseudonymise-authors` replaces the logins by keyed \
          pseudonyms (the key is read from `%s`).

          """.formatted(AuthorPseudonyms.KEY_VARIABLE));
    }
    out.append("""
        Repository owners (`owner/name`) and Hub authors are left as they are: they name public \
        projects, and the dataset's links depend on them.

        """);
    return out.toString();
  }

  String limitations() {
    StringBuilder out = new StringBuilder("""
        ## Bias, risks, and limitations

        - **A snapshot.** Every count (downloads, likes, stars, issues) is as fetched at the \
        times `manifest.json` records; later deletions, renames and edits are not reflected.
        - **Popular models first.** Models were kept by the selection the configuration names \
        (download and card thresholds, `model_selection`, `selection_funnel`); rarely downloaded \
        models are under-represented.
        - **GitHub code search is incomplete.** It indexes default branches only, skips files over \
        384 KB, and returns at most 1,000 results per query (hfmine splits queries by file size, \
        `code_search_slices`, but a slice GitHub reports as incomplete stays incomplete). Forks \
        and archived repositories are recorded, not removed.
        - **Static analysis.** A usage whose model id is computed at run time is kept with its \
        `resolution` (pattern, unknown, absent) rather than guessed; loading-argument values \
        (`usages.keyword_values`) are source text, not run-time values.
        """);
    if (has("issue_labels")) {
      out.append("""
          - **Machine labels.** PTM relevance and challenge labels not from `human:` sources come \
          from rules, a classifier or an LLM and contain errors; report agreement with human labels \
          (`annotations`) when using them.
          """);
    }
    if (has("resolution_values")) {
      out.append("""
          - **Resolution time** counts only closed issues; the definition used is recorded with the \
          run (`resolution_runs`). Open issues are censored, not fast.
          """);
    }
    out.append("""
        - **Personal data.** See above; pseudonyms do not remove names from text.

        ### Recommendations

        Cite the source repositories when quoting code or issue text, respect their licenses, and \
        prefer the pseudonymised export when logins are not needed.

        """);
    return out.toString();
  }

  String citation() {
    String key = spec.prettyName().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "").toLowerCase(java.util.Locale.ROOT);
    return """
        ## Citation

        Cite the dataset and the tool that built it (replace the placeholders with the study's \
        authors and the place the dataset is published):

        ```bibtex
        @misc{%s,
          title        = {%s},
          author       = {{AUTHORS}},
          note         = {Built with %s; provenance in manifest.json},
          howpublished = {URL OR DOI},
          year         = {YEAR}
        }
        ```

        """.formatted(key.isEmpty() ? "hfmine-dataset" : key, spec.prettyName().replace("{", "").replace("}", ""),
        spec.toolVersion());
  }
}
