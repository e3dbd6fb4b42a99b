package io.hfmine.cli.commands.issues;

import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import io.hfmine.datasets.issuesimport.BadRecords;
import io.hfmine.datasets.issuesimport.DumpFormatException;
import io.hfmine.datasets.issuesimport.IssueDumpImporter;
import io.hfmine.datasets.issuesimport.IssueImportSummary;
import io.hfmine.datasets.issuesimport.IssueRecordParser;
import io.hfmine.datasets.issuesimport.SkippedRecord;
import io.hfmine.datasets.progress.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hfmine issues import FILE...}: loads dumps of GitHub REST issue objects into the store,
 * each file in its own transaction, so one refused file costs only itself.
 */
@Command(name = "import",
    description = {
        "Load issues from dumps of GitHub REST issue objects (JSON array or JSON Lines, optionally .gz), one or more files.",
        "Pull requests are skipped. Comments are read from each issue's `comments_data` array of"
            + " REST issue-comment objects when present, and from --comments FILE. Each file is one transaction: a bad record"
            + " refuses its file, naming file, line or array index, and field, and nothing of that file is stored (with"
            + " --skip-bad-records it is left out and listed instead); the other files are still imported."
            + " Re-importing updates issues by (repository, number)."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:every file imported",
        "1:a file refused: a bad record (without --skip-bad-records), malformed JSON or unreadable data (nothing of it stored)",
        "2:usage error", "3:every file imported, but bad records were left out (each listed on stderr)"})
public final class IssuesImportCommand extends BaseCommand {
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "The dumps: JSON arrays or JSON Lines of issue objects, e.g. one file per repository.")
  List<Path> files;

  @Option(names = "--comments", paramLabel = "FILE",
      description = "A separate file of REST issue-comment objects (as GET /repos/OWNER/NAME/issues/comments"
          + " lists them, with `issue_url`); upserted onto the issues of the store, comments on pull requests skipped."
          + " Only with a single dump.")
  Path commentsFile;

  @Option(names = "--repo", paramLabel = "OWNER/NAME",
      description = "Repository of records without `repository_url`; records naming another repository are an error.")
  String repository;

  @Option(names = "--skip-bad-records",
      description = "Leave out a record that is valid JSON but not a valid issue or comment, list it on stderr"
          + " (file, line or index, field) and import the rest; exit 3 if any was left out. Malformed JSON still refuses its file.")
  boolean skipBadRecords;

  @Override
  protected void validate() {
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new UsageException("issue dump " + file + " does not exist or is not a file");
      }
      if (!Files.isReadable(file)) {
        throw new UsageException("issue dump " + file + " is not readable");
      }
    }
    if (commentsFile != null && files.size() > 1) {
      throw new UsageException("--comments goes with a single dump; import the dumps first, then the comments file with"
          + " the dump it belongs to");
    }
    if (commentsFile != null && !Files.isRegularFile(commentsFile)) {
      throw new UsageException("comments file " + commentsFile + " does not exist or is not a file");
    }
    if (repository != null && !IssueRecordParser.isFullName(repository)) {
      throw new UsageException("--repo must be OWNER/NAME, got '" + repository + "'");
    }
  }

  @Override
  protected ExitCode execute(Session session) {
    IssueDumpImporter importer = new IssueDumpImporter(session.store());
    List<IssueImportSummary> imported = new ArrayList<>();
    List<Path> refused = new ArrayList<>();
    for (Path file : files) {
      IssueImportSummary summary;
      try (Progress progress = session.progress().start("issues import " + file.getFileName())) {
        summary = importer.importFiles(file, commentsFile, repository,
            skipBadRecords ? BadRecords.SKIP : BadRecords.STOP, progress);
      } catch (DumpFormatException e) {
        // A bad record (without --skip-bad-records), malformed JSON or bytes that are not text:
        // this file is refused whole; a failing store is another exception and stops every file.
        session.err().printf("hfmine: %s (nothing of %s stored)%n", e.getMessage(), file.getFileName());
        refused.add(file);
        continue;
      }
      for (SkippedRecord record : summary.skipped()) {
        session.err().printf("left out: %s%n", record);
      }
      print(session, summary);
      imported.add(summary);
    }
    if (files.size() > 1) {
      printTotal(session, imported, refused);
    }
    if (!refused.isEmpty()) {
      return ExitCode.FAILURE;
    }
    return imported.stream().allMatch(summary -> summary.skipped().isEmpty()) ? ExitCode.SUCCESS : ExitCode.PARTIAL;
  }

  private void print(Session session, IssueImportSummary summary) {
    session.out().printf("file             %s%n", summary.file());
    session.out().printf("records          %,d%n", summary.records());
    session.out().printf("issues           %,d%n", summary.issues());
    session.out().printf("comments         %,d%n", summary.comments());
    session.out().printf("pull requests    %,d (skipped)%n", summary.pullRequestsSkipped());
    if (commentsFile != null) {
      session.out().printf("comments skipped %,d (on pull requests or issues not in the store)%n", summary.commentsSkipped());
    }
    session.out().printf("repositories     %,d%n", summary.issuesPerRepository().size());
    for (Map.Entry<String, Long> entry : summary.issuesPerRepository().entrySet()) {
      session.out().printf("  %-40s %,d %s%n", entry.getKey(), entry.getValue(), entry.getValue() == 1 ? "issue" : "issues");
    }
    if (skipBadRecords) {
      session.out().printf("bad records      %,d (left out, listed on stderr)%n", summary.skipped().size());
    }
  }

  // Several dumps: one line a researcher can check against the number of files given.
  private static void printTotal(Session session, List<IssueImportSummary> imported, List<Path> refused) {
    session.out().printf("total            %,d of %,d files imported, %,d issues, %,d bad records left out%n",
        imported.size(), imported.size() + refused.size(),
        imported.stream().mapToLong(IssueImportSummary::issues).sum(),
        imported.stream().mapToLong(summary -> summary.skipped().size()).sum());
    for (Path file : refused) {
      session.out().printf("refused          %s (nothing of it stored; fix it and import it again)%n", file);
    }
  }
}
