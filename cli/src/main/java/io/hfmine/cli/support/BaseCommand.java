package io.hfmine.cli.support;

import io.hfmine.cli.HfmineCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The lifecycle of every hfmine command: {@link #validate()}, then {@link #execute(Session)}.
 *
 * <p>A command only translates: it turns options into a spec, calls one facade, and maps the
 * outcome to an {@link ExitCode}. Exceptions are turned into a one-line cause by {@link ErrorHandler};
 * output that could not be written to stdout fails the command ({@link StandardOutput}).
 */
public abstract class BaseCommand implements Callable<Integer> {
  @Spec
  protected CommandSpec spec;

  /** Checks option combinations; throw {@link UsageException} naming the offending option. */
  protected void validate() {
  }

  /** Does the work with the session's store, clients and output streams. */
  protected abstract ExitCode execute(Session session) throws Exception;

  @Override
  public final Integer call() throws Exception {
    GlobalOptions globals = ((HfmineCommand) spec.root().userObject()).globals();
    Logging.configure(globals.verbose, globals.quiet);
    validate();
    try (Session session = new Session(globals, spec.qualifiedName(), spec.commandLine().getOut(), spec.commandLine().getErr())) {
      ExitCode code = execute(session);
      // Data that never reached stdout is a failure, whatever the command itself concluded.
      StandardOutput.verify(session.out());
      return code.code();
    }
  }
}
