package io.hfmine.web.code;

/** Kinds of Python tokens the highlighter tells apart; each is a CSS class {@code tok-NAME}. */
enum TokenClass {
  KEYWORD("kw"), STRING("str"), COMMENT("cmt"), NUMBER("num"), CONSTANT("const"), CALL("call"),
  DEFINITION("def"), DECORATOR("deco");

  private final String css;

  TokenClass(String css) {
    this.css = css;
  }

  /** The byte stored per source byte (0 means no class). */
  byte code() {
    return (byte) (ordinal() + 1);
  }

  static String css(byte code) {
    return values()[code - 1].css;
  }
}
