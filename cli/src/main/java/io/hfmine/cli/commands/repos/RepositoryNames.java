package io.hfmine.cli.commands.repos;

import io.hfmine.cli.support.UsageException;
import java.util.List;
import java.util.regex.Pattern;

/** Checks OWNER/NAME arguments before any request is made. */
public final class RepositoryNames {
  private static final Pattern OWNER_NAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}");

  private RepositoryNames() {
  }

  /** Throws a usage error naming the first value that is not OWNER/NAME. */
  public static void check(String option, List<String> names) {
    for (String name : names) {
      if (!OWNER_NAME.matcher(name).matches()) {
        throw new UsageException(option + ": '" + name + "' is not a repository name of the form OWNER/NAME");
      }
    }
  }
}
