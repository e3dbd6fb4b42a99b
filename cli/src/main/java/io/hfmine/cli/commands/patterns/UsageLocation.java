package io.hfmine.cli.commands.patterns;

import io.hfmine.cli.support.UsageException;

/**
 * A usage's place as a person types it: {@code FILE:LINE} (a path suffix is enough) or the
 * {@code OWNER/REPO:PATH:LINE} form hfmine prints, which names the repository too.
 */
record UsageLocation(String repository, String path, int line) {

  static UsageLocation parse(String text) {
    int colon = text.lastIndexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new UsageException("FILE:LINE or OWNER/REPO:PATH:LINE expected, got '" + text + "'");
    }
    int line;
    try {
      line = Integer.parseInt(text.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new UsageException("FILE:LINE: '" + text.substring(colon + 1) + "' is not a line number");
    }
    if (line < 1) {
      throw new UsageException("FILE:LINE: the line must be at least 1, got " + line);
    }
    String rest = text.substring(0, colon);
    int repositoryEnd = rest.indexOf(':');
    // Repository names (OWNER/NAME) hold no colon, so a colon before the path ends the repository.
    if (repositoryEnd > 0 && rest.substring(0, repositoryEnd).matches("[^/\\s]+/[^/\\s]+")
        && repositoryEnd < rest.length() - 1) {
      return new UsageLocation(rest.substring(0, repositoryEnd), rest.substring(repositoryEnd + 1), line);
    }
    return new UsageLocation(null, rest, line);
  }
}
