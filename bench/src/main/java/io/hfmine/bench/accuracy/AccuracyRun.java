package io.hfmine.bench.accuracy;

import static io.hfmine.bench.accuracy.UsageConfirmation.bare;
import static io.hfmine.bench.accuracy.UsageConfirmation.root;

import io.hfmine.analyzers.usage.FileOutcome;
import io.hfmine.analyzers.usage.Resolution;
import io.hfmine.analyzers.usage.SourceFile;
import io.hfmine.analyzers.usage.UsageExtractor;
import io.hfmine.analyzers.usage.UsageExtractorFactory;
import io.hfmine.analyzers.usage.UsageRecord;
import io.hfmine.analyzers.usage.UsageSettings;
import io.hfmine.analyzers.usage.canonical.ModelCatalog;
import io.hfmine.analyzers.usage.canonical.ModelIdCanonicalizer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores hfmine's usage extraction against PeaTMOSS's static matches on fetched repositories:
 * recall of PeaTMOSS's ids where the file is still there and the id statically knowable, and
 * precision of hfmine's resolved ids, per split (see {@link Split}).
 */
public final class AccuracyRun {

  /** What the run reads and what it lists. */
  public record Options(Path peatmoss, Path corpus, Path reference, Path judgements, Path sample,
      boolean listMisses, boolean listDoubtful, boolean listHeldOut, boolean listIds, boolean everyFile) {
  }

  private final Options options;
  private final PrintStream out;
  private final ModelIdCanonicalizer canonicalizer;
  private final WrittenForms forms;

  public AccuracyRun(Options options, PrintStream out) {
    this(options, out, ModelIdCanonicalizer.shipped(ModelCatalog.NONE));
  }

  /** With other alias, timm and open_clip tables than the shipped ones (a test's own). */
  AccuracyRun(Options options, PrintStream out, ModelIdCanonicalizer canonicalizer) {
    this.options = options;
    this.out = out;
    this.canonicalizer = canonicalizer;
    this.forms = new WrittenForms(canonicalizer);
  }

  /** A file of the sample with what hfmine and the reference found in it; {@code text} lower-cased. */
  record Scanned(String repository, String path, Path file, String text, List<UsageRecord> usages) {
  }

  public void run() throws IOException, InterruptedException {
    PeatmossPairs peatmoss = PeatmossPairs.read(options.peatmoss());
    Set<String> sample = sample();
    Map<String, List<PeatmossPairs.Pair>> byFile = new LinkedHashMap<>();
    Set<String> repositories = new LinkedHashSet<>();
    for (PeatmossPairs.Pair pair : peatmoss.pairs()) {
      if ((sample == null || sample.contains(pair.repository())) && Files.isDirectory(repositoryDir(pair.repository()))) {
        repositories.add(pair.repository());
        byFile.computeIfAbsent(pair.repository() + "\t" + pair.path(), k -> new ArrayList<>()).add(pair);
      }
    }
    Map<String, Scanned> scanned = scan(byFile);
    List<Path> present = scanned.values().stream().map(Scanned::file).toList();
    Map<Path, ReferenceOracle.Analysis> reference = ReferenceOracle.analyse(options.reference(), present);
    if (reference == null) {
      out.println("python3 is not available: the reference cannot decide which ids are statically knowable, and"
          + " only judged usages count for precision");
    } else {
      long unparsed = reference.values().stream().filter(a -> !a.parsed()).count();
      long partial = reference.values().stream().filter(ReferenceOracle.Analysis::partial).count();
      out.printf("reference: %d of the %d files parsed whole by CPython, %d only in part (top-level statements"
          + " that parse), %d not at all%n", reference.size() - unparsed - partial, reference.size(), partial, unparsed);
    }
    UsageConfirmation confirmation = new UsageConfirmation(Judgements.read(options.judgements()), canonicalizer, out);
    Map<Split, Tally> tallies = new TreeMap<>();
    for (Split split : Split.values()) {
      tallies.put(split, new Tally());
    }
    for (String repository : repositories) {
      tallies.get(Split.of(repository)).repositories++;
    }
    for (Map.Entry<String, List<PeatmossPairs.Pair>> entry : byFile.entrySet()) {
      List<PeatmossPairs.Pair> pairs = entry.getValue();
      Split split = Split.of(pairs.get(0).repository());
      Tally tally = tallies.get(split);
      tally.files++;
      Scanned file = scanned.get(entry.getKey());
      ReferenceOracle.Analysis analysis = file == null || reference == null ? null : reference.get(file.file());
      boolean list = split == Split.TUNING || options.listHeldOut();
      for (PeatmossPairs.Pair pair : pairs) {
        tally.pairs++;
        scorePair(pair, file, analysis, tally, list && options.listMisses());
      }
      if (file != null) {
        tally.present++;
        for (UsageRecord usage : file.usages()) {
          if (usage.modelId() != null && list && options.listIds()) {
            out.printf("ID %s %s %s:%d %s%n", usage.library(), usage.modelId(), file.repository(), usage.line(),
                usage.resolution().sql());
          }
          if (usage.modelId() != null) {
            confirmation.score(file.repository(), file.path(), usage, analysis, tally, list && options.listDoubtful());
          }
        }
      }
    }
    for (Map.Entry<Split, Tally> entry : tallies.entrySet()) {
      entry.getValue().print(entry.getKey().label(), out);
    }
    if (options.everyFile()) {
      new WholeCheckouts(options.reference(), confirmation, out, options.listDoubtful(), options.listMisses(),
          options.listHeldOut()).score(repositories, scanned.keySet(), this::repositoryDir);
    }
  }

  private Set<String> sample() throws IOException {
    if (options.sample() == null) {
      return null;
    }
    if (!Files.isRegularFile(options.sample())) {
      // Scoring the whole corpus instead would print figures for repositories nobody chose.
      throw new java.nio.file.NoSuchFileException(options.sample().toString(), null,
          "no such sample file (--sample FILE, or --sample none for every repository of the corpus)");
    }
    Set<String> sample = new LinkedHashSet<>();
    for (String line : Files.readAllLines(options.sample(), StandardCharsets.UTF_8)) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        sample.add(trimmed.split("\\s+")[0]);
      }
    }
    return sample;
  }

  private Path repositoryDir(String repository) {
    return options.corpus().resolve(repository.replace("/", "__"));
  }

  private Map<String, Scanned> scan(Map<String, List<PeatmossPairs.Pair>> byFile) throws IOException {
    Map<String, Scanned> scanned = new LinkedHashMap<>();
    UsageExtractorFactory factory = new UsageExtractorFactory(UsageSettings.defaults().withThreads(1), ModelCatalog.NONE);
    try (UsageExtractor extractor = factory.get()) {
      for (Map.Entry<String, List<PeatmossPairs.Pair>> entry : byFile.entrySet()) {
        PeatmossPairs.Pair first = entry.getValue().get(0);
        Path file = repositoryDir(first.repository()).resolve(first.path()).toAbsolutePath();
        if (!Files.isRegularFile(file)) {
          continue;
        }
        byte[] bytes = Files.readAllBytes(file);
        FileOutcome outcome = extractor.extract(new SourceFile(first.repository(), first.path(), null, bytes));
        scanned.put(entry.getKey(), new Scanned(first.repository(), first.path(), file,
            new String(bytes, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT), outcome.usages()));
      }
    }
    return scanned;
  }

  /**
   * Counts one PeaTMOSS pair as found, missed or excluded with its reason ({@code file} null when
   * the file is gone, {@code analysis} null when the reference could not run).
   */
  void scorePair(PeatmossPairs.Pair pair, Scanned file, ReferenceOracle.Analysis analysis, Tally tally,
      boolean list) {
    if (file == null) {
      tally.excluded("file gone");
      return;
    }
    Set<String> written = forms.of(pair.id());
    if (written.stream().noneMatch(file.text()::contains)) {
      tally.excluded("id no longer in the file");
      return;
    }
    boolean timm = pair.id().toLowerCase(Locale.ROOT).startsWith("timm/");
    for (UsageRecord usage : file.usages()) {
      if (names(usage, pair.id(), written, timm)) {
        tally.found(pair.repository(), pair.api(), usage.condition() != null);
        return;
      }
    }
    if (analysis == null) {
      tally.excluded("not decidable without the reference (python3 missing)");
      return;
    }
    if (!analysis.parsed()) {
      tally.excluded("CPython cannot parse the file (Python 2)");
      return;
    }
    ReferenceOracle.Call reaching = null;
    boolean onlyWithoutWeights = false;
    for (ReferenceOracle.Call call : analysis.calls()) {
      if (!UsageConfirmation.HUB_LIBRARIES.contains(root(call.callee())) || call.values().stream().noneMatch(v -> written.contains(bare(v)))) {
        continue;
      }
      boolean prefixed = call.values().stream().anyMatch(v -> !bare(v).equals(v.toLowerCase(Locale.ROOT))
          && written.contains(bare(v)));
      if (timm && root(call.callee()).equals("timm") && !prefixed
          && (call.pretrained().equals("false") || call.pretrained().equals("absent"))) {
        onlyWithoutWeights = true;
        continue;
      }
      reaching = call;
      break;
    }
    if (reaching == null) {
      String reason;
      if (onlyWithoutWeights) {
        reason = "timm architecture created without pretrained weights (no Hub load)";
      } else if (analysis.partial()) {
        reason = "CPython cannot parse part of the file";
      } else if (analysis.strings().stream().anyMatch(s -> written.contains(bare(s)))) {
        reason = "in a string that reaches no loader";
      } else {
        reason = "only in comments, docstrings or longer strings";
      }
      tally.excluded(reason);
      if (list) {
        out.printf("NOT-KNOWABLE %s %s %s [%s]%n", pair.repository(), pair.path(), pair.id(), reason);
      }
      return;
    }
    String missClass = missClass(file, reaching);
    tally.missed(pair.repository(), pair.api(), missClass);
    if (list) {
      out.printf("MISS %s %s:%d %s [%s] callee %s%n", pair.repository(), pair.path(), reaching.line(), pair.id(),
          missClass, reaching.callee());
    }
  }

  private boolean names(UsageRecord usage, String id, Set<String> written, boolean timm) {
    if (usage.modelId() == null) {
      return false;
    }
    String modelId = usage.modelId().toLowerCase(Locale.ROOT);
    if (timm) {
      return modelId.startsWith("timm/") && WrittenForms.architecture(modelId).equals(WrittenForms.architecture(id));
    }
    return written.contains(modelId);
  }

  private static String missClass(Scanned file, ReferenceOracle.Call call) {
    UsageRecord atLine = null;
    for (UsageRecord usage : file.usages()) {
      if (usage.line() == call.line()) {
        atLine = usage;
        break;
      }
    }
    if (atLine == null) {
      return "call not matched (" + call.callee() + ")";
    }
    if (atLine.resolution() == Resolution.UNKNOWN) {
      return "argument not resolved";
    }
    if (atLine.resolution() == Resolution.PATTERN) {
      return "resolved only to a pattern";
    }
    if (atLine.modelId() == null) {
      return "no Hub id for the name (" + atLine.library() + ")";
    }
    return "resolved to another id";
  }
}
