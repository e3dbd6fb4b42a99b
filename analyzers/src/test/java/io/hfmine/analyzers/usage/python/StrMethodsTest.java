package io.hfmine.analyzers.usage.python;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.usage.python.StrMethods.Argument;
import io.hfmine.analyzers.usage.python.StrMethods.Int;
import io.hfmine.analyzers.usage.python.StrMethods.None;
import io.hfmine.analyzers.usage.python.StrMethods.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The str methods give what CPython gives for the same receiver and arguments, and nothing where it raises. */
class StrMethodsTest {

  @Test
  void replaceReplacesEveryOccurrenceOrTheFirstCountOnes() {
    assertThat(apply("replace", "acme/encoder-base", text("-base"), text("-large"))).isEqualTo("acme/encoder-large");
    assertThat(apply("replace", "a-b-c", text("-"), text("_"), new Int(1))).isEqualTo("a_b-c");
    assertThat(apply("replace", "aaa", text("a"), text("b"), new Int(0))).isEqualTo("aaa");
    assertThat(apply("replace", "aaa", text("a"), text("b"), new Int(-1))).isEqualTo("bbb");
    assertThat(apply("replace", "aaaa", text("aa"), text("b"))).isEqualTo("bb");
  }

  @Test
  void replacingTheEmptyStringInsertsAroundEveryCharacter() {
    assertThat(apply("replace", "abc", text(""), text("-"))).isEqualTo("-a-b-c-");
    assertThat(apply("replace", "abc", text(""), text("-"), new Int(2))).isEqualTo("-a-bc");
    assertThat(apply("replace", "", text(""), text("x"))).isEqualTo("x");
  }

  @Test
  void lowerAndUpperChangeCaseAsUnicodeDoes() {
    assertThat(apply("lower", "Acme/Tagger-XL")).isEqualTo("acme/tagger-xl");
    assertThat(apply("upper", "straße")).isEqualTo("STRASSE");
  }

  @Test
  void stripRemovesWhitespaceOrTheGivenCharactersFromTheEnds() {
    assertThat(apply("strip", " \t acme/x\n")).isEqualTo("acme/x");
    assertThat(apply("strip", "\u00a0acme/x\u0085")).isEqualTo("acme/x");
    assertThat(apply("strip", "  acme/x ", new None())).isEqualTo("acme/x");
    assertThat(apply("strip", "/acme/x/", text("/"))).isEqualTo("acme/x");
    assertThat(apply("lstrip", "./acme/x/", text("./"))).isEqualTo("acme/x/");
    assertThat(apply("rstrip", "./acme/x/", text("/"))).isEqualTo("./acme/x");
    assertThat(apply("strip", "xyx", text("xy"))).isEmpty();
  }

  @Test
  void removePrefixAndSuffixRemoveOnlyWhatIsThere() {
    assertThat(apply("removeprefix", "hf://acme/x", text("hf://"))).isEqualTo("acme/x");
    assertThat(apply("removeprefix", "acme/x", text("hf://"))).isEqualTo("acme/x");
    assertThat(apply("removesuffix", "acme/x-onnx", text("-onnx"))).isEqualTo("acme/x");
    assertThat(apply("removesuffix", "acme/x", text(""))).isEqualTo("acme/x");
  }

  @Test
  void joinPutsTheSeparatorBetweenStrings() {
    assertThat(apply("join", "/", text("acme"), text("x"))).isEqualTo("acme/x");
    assertThat(apply("join", "-", text("x"))).isEqualTo("x");
    assertThat(apply("join", "/")).isEmpty();
  }

  @Test
  void argumentsPythonRejectsGiveNoValue() {
    assertThat(apply("join", "/", text("acme"), new Int(7))).isNull();
    assertThat(apply("replace", "acme/x", text("x"))).isNull();
    assertThat(apply("replace", "acme/x", text("x"), text("y"), text("1"))).isNull();
    assertThat(apply("lower", "acme/x", text("a"))).isNull();
    assertThat(apply("strip", "acme/x", new Int(1))).isNull();
    assertThat(apply("removeprefix", "acme/x", new None())).isNull();
    assertThat(apply("encode", "acme/x")).isNull();
  }

  @Test
  void onlyThePureMethodsApply() {
    assertThat(StrMethods.applies("replace")).isTrue();
    assertThat(StrMethods.applies("join")).isTrue();
    assertThat(StrMethods.applies("encode")).isFalse();
    assertThat(StrMethods.applies("split")).isFalse();
    assertThat(StrMethods.applies("format")).isFalse();
  }

  private static String apply(String method, String receiver, Argument... arguments) {
    return StrMethods.apply(method, receiver, List.of(arguments));
  }

  private static Text text(String value) {
    return new Text(value);
  }
}
