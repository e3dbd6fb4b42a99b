package io.hfmine.analyzers.usage.canonical;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns an id as written into the Hub's canonical id: catalog spelling (case-insensitive),
 * legacy aliases, bare sentence-transformers names, timm architecture names, open_clip's pretrained tags.
 *
 * <p>A link to a file in a Hub repository ({@link HubUrls}) stands for that repository. Returns
 * null when the value is not a Hub id (a local path, any other URL) or, with a catalog loaded, when
 * the catalog does not know it. Without a catalog a well-formed id is taken as it is, except that a
 * model's id needs an owner unless it is a legacy one ({@link #canonicalizeModel}).
 */
public final class ModelIdCanonicalizer {
  private static final Pattern HUB_ID = Pattern.compile("[A-Za-z0-9][\\w.-]*(/[\\w.-]+)?");
  private static final String SENTENCE_TRANSFORMERS = "sentence-transformers";

  private final ModelCatalog catalog;
  private final ModelAliases aliases;
  private final TimmDefaultTags timm;
  private final OpenClipTags openClip;

  public ModelIdCanonicalizer(ModelCatalog catalog, ModelAliases aliases, TimmDefaultTags timm,
      OpenClipTags openClip) {
    this.catalog = catalog;
    this.aliases = aliases;
    this.timm = timm;
    this.openClip = openClip;
  }

  /** With the shipped alias, timm and open_clip tables, and the catalog given. */
  public static ModelIdCanonicalizer shipped(ModelCatalog catalog) {
    return new ModelIdCanonicalizer(catalog, ModelAliases.shipped(), TimmDefaultTags.shipped(),
        OpenClipTags.shipped());
  }

  public ModelAliases aliases() {
    return aliases;
  }

  /** The canonical id of a written id loaded by {@code library}, or null. */
  public String canonicalize(String written, String library) {
    String id = written.strip();
    if (id.endsWith("/")) {
      id = id.substring(0, id.length() - 1);
    }
    HubUrls.HubLink link = HubUrls.link(id);
    if (link != null) {
      // A link to a file in a repository is a download from that repository.
      String repository = link.repository();
      return repository == null ? null : canonicalize(repository, library);
    }
    if (!HUB_ID.matcher(id).matches() || id.contains("..") || isPythonFile(id)) {
      return null;
    }
    Optional<String> known = catalog.find(id);
    if (known.isPresent()) {
      return known.get();
    }
    String moved = aliases.canonicalOf(id);
    if (moved != null) {
      return catalog.isPresent() ? catalog.find(moved).orElse(moved) : moved;
    }
    if (SENTENCE_TRANSFORMERS.equals(library) && !id.contains("/")) {
      String candidate = SENTENCE_TRANSFORMERS + "/" + id;
      if (!catalog.isPresent()) {
        return candidate;
      }
      Optional<String> prefixed = catalog.find(candidate);
      if (prefixed.isPresent()) {
        return prefixed.get();
      }
    }
    return catalog.isPresent() ? null : id;
  }

  /**
   * The canonical id of a model repository's id as written: as {@link #canonicalize}, but without
   * a catalog a name with no owner is an id only as a legacy id ({@code bert-base-uncased}, the
   * alias table) or as the library's own bare name ({@code all-MiniLM-L6-v2}). Since the Hub moved
   * its last owner-less models into organisations (2024), every model it hosts has an owner, and
   * the alias table lists the old names code still writes; any other bare name that reaches a
   * loader is a folder beside the script, such as a saved copy named after the model
   * ({@code xlm-roberta-large-tok}). Datasets keep their owner-less ids ({@link #canonicalize}):
   * the Hub still serves many by their old bare names.
   */
  public String canonicalizeModel(String written, String library) {
    String canonical = canonicalize(written, library);
    return canonical == null || catalog.isPresent() || canonical.indexOf('/') >= 0 ? canonical : null;
  }

  /**
   * Whether a value names a Python file: a loading script read from disk ({@code
   * load_dataset("scripts/my_corpus.py")}), which no Hub repository's name looks like.
   */
  private static boolean isPythonFile(String id) {
    return id.regionMatches(true, id.length() - 3, ".py", 0, 3);
  }

  /** {@code all-MiniLM-L6-v2} for {@code sentence-transformers/all-MiniLM-L6-v2}; null for other organisations. */
  public static String bareSentenceTransformersName(String canonicalId) {
    String prefix = SENTENCE_TRANSFORMERS + "/";
    return canonicalId.regionMatches(true, 0, prefix, 0, prefix.length()) && canonicalId.length() > prefix.length()
        ? canonicalId.substring(prefix.length()) : null;
  }

  /**
   * A Hub id built from a library's own name ({@code spacy/en_core_web_sm}), checked against the
   * catalog when there is one; null stays null.
   */
  public String canonicalizeHubName(String hubId) {
    if (hubId == null || !catalog.isPresent()) {
      return hubId;
    }
    return catalog.find(hubId).orElse(null);
  }

  /** Whether a timm name with {@code pretrained=True} loads nothing: timm has no weights for it. */
  public boolean timmLoadsNoWeights(String timmName) {
    return timm.loadsNoWeights(timmName.strip());
  }

  /** The Hub id of a timm architecture name, checked against the catalog when there is one. */
  public String canonicalizeTimm(String timmName) {
    return canonicalizeHubName(timm.hubIdOf(timmName.strip()));
  }

  /**
   * The Hub repository an open_clip architecture downloads with a pretrained tag, as open_clip
   * names it (not checked against the catalog: {@link #canonicalizeHubName} does that); null when
   * open_clip has no such pair (a file path, say).
   */
  public String openClipRepository(String architecture, String tag) {
    return openClip.hubIdOf(architecture, tag);
  }
}
