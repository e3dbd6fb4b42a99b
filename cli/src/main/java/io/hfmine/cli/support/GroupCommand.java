package io.hfmine.cli.support;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A command that only groups subcommands (e.g. {@code hfmine models}); alone it is a usage error. */
public abstract class GroupCommand implements Runnable {
  @Spec
  protected CommandSpec spec;

  @Override
  public final void run() {
    throw new ParameterException(spec.commandLine(),
        "'" + spec.qualifiedName() + "' needs a subcommand; see '" + spec.qualifiedName() + " --help'");
  }
}
