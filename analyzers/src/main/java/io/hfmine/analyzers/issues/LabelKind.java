package io.hfmine.analyzers.issues;

/** The kinds of issue label, as stored in {@code issue_labels.label_kind}. */
public enum LabelKind {
  PTM("ptm"), THEME("theme"), SUBTHEME("subtheme"), TYPE("type");

  private final String column;

  LabelKind(String column) {
    this.column = column;
  }

  public String column() {
    return column;
  }

  public static LabelKind fromColumn(String value) {
    for (LabelKind kind : values()) {
      if (kind.column.equals(value)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown label kind " + value);
  }
}
