package io.hfmine.cli.commands.archive;

import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import io.hfmine.crawler.archive.Archive;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code hfmine archive pack}: turns an archive folder of the older form into the one compressed file. */
@Command(name = "pack", mixinStandardHelpOptions = true,
    description = {"Pack an archive folder (the older form: archive.json and one JSON file per request under "
        + "entries/) into one compressed file that --replay reads. The folder is left as it is."})
public final class ArchivePackCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "FOLDER", description = "The archive folder (it holds archive.json).")
  Path folder;

  @Parameters(index = "1", paramLabel = "FILE", arity = "0..1",
      description = "The archive file to write; FOLDER.zip when not given. An existing file is not replaced.")
  Path file;

  @Override
  protected void validate() {
    if (!Archive.isFolderArchive(folder)) {
      throw new UsageException("FOLDER " + folder + " is not an archive folder (it has no " + Archive.MANIFEST + ")");
    }
    if (target().toFile().exists()) {
      throw new UsageException("FILE " + target() + " exists; give another name or remove it first");
    }
  }

  private Path target() {
    return file != null ? file : folder.resolveSibling(folder.getFileName() + ".zip");
  }

  @Override
  protected ExitCode execute(Session session) throws Exception {
    int exchanges = Archive.pack(folder, target());
    session.err().printf("archive pack: %,d exchange(s) of %s packed into %s (%,d bytes)%n", exchanges, folder,
        target(), Files.size(target()));
    return ExitCode.SUCCESS;
  }
}
