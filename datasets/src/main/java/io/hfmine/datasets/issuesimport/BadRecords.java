package io.hfmine.datasets.issuesimport;

/**
 * What an import does with a record that parses as JSON but is not a valid issue or comment
 * (a missing or mistyped field, an issue number given twice with two GitHub ids).
 *
 * <p>Malformed JSON always stops the import: past a broken line or array the reader cannot tell
 * where the next record starts, so skipping would guess.
 */
public enum BadRecords {
  /** The first bad record aborts the import; nothing of the file is stored. */
  STOP,
  /** Bad records are left out and listed in the summary; every valid record is stored. */
  SKIP
}
