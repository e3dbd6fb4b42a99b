package io.hfmine.analyzers.usage.prefilter;

import io.hfmine.analyzers.usage.canonical.HubUrls;
import io.hfmine.analyzers.usage.signatures.PythonSignature;
import io.hfmine.analyzers.usage.signatures.SignatureCatalog;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides from a Python file's bytes whether it can hold a loading call: it must contain a
 * signature's keyword ({@code from_pretrained}, {@code pipeline} ...) <em>and import that
 * signature's library</em> ({@code transformers} after {@code import} or {@code from}).
 *
 * <p>Callees are matched only after the file's imports are undone, so a file that never
 * imports {@code transformers} cannot load anything through it, however often it says
 * {@code pipeline}. On real repositories this matters: the keywords are common words, and
 * library code, docs and tests mention them in docstrings ({@code >>> from diffusers import
 * ...}) without importing anything. An import counts where a statement can start: at the start
 * of a line, or after {@code :} or {@code ;} ({@code try: import timm}), also as a later module
 * of {@code import a, b} and across backslash continuations. Notebooks keep their code in JSON
 * strings, where lines start after a quote or an escaped newline, so there the library only has
 * to follow {@code import}, {@code from} or a comma.
 *
 * <p>A signature whose callee starts with a wildcard names no library; its keyword alone lets a
 * file through. A downloader of any URL ({@code torch.hub.load_state_dict_from_url}) also needs a
 * Hub host somewhere in the file, since only a link to the Hub makes its call a usage and its
 * name is common in code that downloads from elsewhere. Immutable and shareable between threads.
 */
public final class PythonPrefilter {
  private final KeywordAutomaton automaton;
  /** Per automaton entry: the libraries whose signatures have it as keyword (null: not a keyword). */
  private final BitSet[] librariesOfKeyword;
  /** Per automaton entry: the library it names (-1: not a library name). */
  private final int[] library;
  private final boolean[] unconditional;
  /** Per automaton entry: whether it is one of the Hub's hosts. */
  private final boolean[] host;
  /** Per automaton entry: the libraries whose downloader signatures have it as keyword (null: none). */
  private final BitSet[] downloadersOfKeyword;

  public PythonPrefilter(SignatureCatalog catalog) {
    Map<String, BitSet> keywordLibraries = new LinkedHashMap<>();
    Map<String, BitSet> downloaderLibraries = new LinkedHashMap<>();
    Map<String, Boolean> keywordUnconditional = new LinkedHashMap<>();
    List<String> libraries = new ArrayList<>();
    for (PythonSignature signature : catalog.signatures()) {
      String keyword = signature.prefilterWord();
      if (keyword.isEmpty()) {
        continue;
      }
      BitSet wanted = (signature.downloader() ? downloaderLibraries : keywordLibraries)
          .computeIfAbsent(keyword, k -> new BitSet());
      for (String root : signature.callee().rootModules()) {
        if (root.isEmpty() || root.contains("*")) {
          keywordUnconditional.put(keyword, true);
        } else {
          if (!libraries.contains(root)) {
            libraries.add(root);
          }
          wanted.set(libraries.indexOf(root));
        }
      }
    }
    List<String> entries = new ArrayList<>(keywordLibraries.keySet());
    List<String> extra = new ArrayList<>(libraries);
    extra.addAll(downloaderLibraries.keySet());
    if (!downloaderLibraries.isEmpty()) {
      extra.addAll(HubUrls.HOSTS);
    }
    for (String word : extra) {
      if (!entries.contains(word)) {
        entries.add(word);
      }
    }
    this.automaton = new KeywordAutomaton(entries);
    this.librariesOfKeyword = new BitSet[entries.size()];
    this.library = new int[entries.size()];
    this.unconditional = new boolean[entries.size()];
    this.host = new boolean[entries.size()];
    this.downloadersOfKeyword = new BitSet[entries.size()];
    for (int i = 0; i < entries.size(); i++) {
      String entry = entries.get(i);
      librariesOfKeyword[i] = keywordLibraries.get(entry);
      library[i] = libraries.indexOf(entry);
      unconditional[i] = keywordUnconditional.getOrDefault(entry, false);
      host[i] = !downloaderLibraries.isEmpty() && HubUrls.HOSTS.contains(entry);
      downloadersOfKeyword[i] = downloaderLibraries.get(entry);
    }
  }

  /**
   * Whether the file may load a model: a keyword of some signature occurs, and the library of
   * one such signature is imported.
   *
   * @param notebook the bytes are a notebook's JSON (code in strings), not Python source
   */
  public boolean mayLoadModel(byte[] content, boolean notebook) {
    return mayLoadModel(content, notebook, false);
  }

  /**
   * As {@link #mayLoadModel(byte[], boolean)}; with {@code localStarImports}, a keyword and any
   * {@code import *} also let the file through: the star-imported module may be the project's
   * own, importing the library for it ({@code from settings import *}).
   */
  public boolean mayLoadModel(byte[] content, boolean notebook, boolean localStarImports) {
    BitSet wanted = new BitSet();
    BitSet imported = new BitSet();
    // Libraries a downloader's name asks for, which count once a Hub host is seen too.
    BitSet wantedWithLink = new BitSet();
    boolean[] linked = {false};
    boolean found = automaton.anyMatch(content, (entry, start) -> {
      if (librariesOfKeyword[entry] != null) {
        if (unconditional[entry] || librariesOfKeyword[entry].intersects(imported)) {
          return true;
        }
        wanted.or(librariesOfKeyword[entry]);
      }
      if (downloadersOfKeyword[entry] != null) {
        if (linked[0] && downloadersOfKeyword[entry].intersects(imported)) {
          return true;
        }
        wantedWithLink.or(downloadersOfKeyword[entry]);
      }
      if (host[entry] && !linked[0]) {
        linked[0] = true;
        if (wantedWithLink.intersects(imported)) {
          return true;
        }
      }
      int lib = library[entry];
      if (lib >= 0 && !imported.get(lib)
          && ImportPosition.isImported(content, start, automaton.keywords().get(entry).length(), notebook)) {
        imported.set(lib);
        return wanted.get(lib) || linked[0] && wantedWithLink.get(lib);
      }
      return false;
    });
    return found || localStarImports && !wanted.isEmpty() && ImportPosition.hasStarImport(content);
  }
}
