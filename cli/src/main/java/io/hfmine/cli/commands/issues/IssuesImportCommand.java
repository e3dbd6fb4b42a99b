package io.hfmine.cli.commands.issues;

import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import io.hfmine.datasets.issuesimport.BadRecords;
import io.hfmine.datasets.issuesimport.IssueDumpImporter;
import io.hfmine.datasets.issuesimport.IssueImportSummary;
import io.hfmine.datasets.issuesimport.IssueRecordParser;
import io.hfmine.datasets.issuesimport.SkippedRecord;
import io.hfmine.datasets.progress.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hfmine issues import FILE}: loads a dump of GitHub REST issue objects into the store. */
@Command(name = "import",
    description = {
        "Load issues from a dump of GitHub REST issue objects (JSON array or JSON Lines, optionally .gz).",
        "Pull requests are skipped. Comments are read from each issue's `comments_data` array of"
            + " REST issue-comment objects when present, and from --comments FILE. A bad record stops the import, naming file,"
            + " line or array index, and field; nothing of the file is stored then (with --skip-bad-records it is left out"
            + " and listed instead). Re-importing updates issues by (repository, number)."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:imported", "1:a bad record (without --skip-bad-records), malformed JSON or an unreadable file (nothing stored)",
        "2:usage error", "3:imported, but bad records were left out (each listed on stderr)"})
public final class IssuesImportCommand extends BaseCommand {
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Parameters(paramLabel = "FILE", description = "The dump: a JSON array or JSON Lines of issue objects.")
  Path file;

  @Option(names = "--comments", paramLabel = "FILE",
      description = "A separate file of REST issue-comment objects (as GET /repos/OWNER/NAME/issues/comments"
          + " lists them, with `issue_url`); upserted onto the issues of the store, comments on pull requests skipped.")
  Path commentsFile;

  @Option(names = "--repo", paramLabel = "OWNER/NAME",
      description = "Repository of records without `repository_url`; records naming another repository are an error.")
  String repository;

  @Option(names = "--skip-bad-records",
      description = "Leave out a record that is valid JSON but not a valid issue or comment, list it on stderr"
          + " (file, line or index, field) and import the rest; exit 3 if any was left out. Malformed JSON still stops the import.")
  boolean skipBadRecords;

  @Override
  protected void validate() {
    if (!Files.isRegularFile(file)) {
      throw new UsageException("issue dump " + file + " does not exist or is not a file");
    }
    if (!Files.isReadable(file)) {
      throw new UsageException("issue dump " + file + " is not readable");
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
    IssueImportSummary summary;
    try (Progress progress = session.progress().start("issues import " + file.getFileName())) {
      summary = new IssueDumpImporter(session.store()).importFiles(file, commentsFile, repository,
          skipBadRecords ? BadRecords.SKIP : BadRecords.STOP, progress);
    }
    for (SkippedRecord record : summary.skipped()) {
      session.err().printf("left out: %s%n", record);
    }
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
    return summary.skipped().isEmpty() ? ExitCode.SUCCESS : ExitCode.PARTIAL;
  }
}
