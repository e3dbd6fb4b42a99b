package io.hfmine.bench.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule of SPLIT.md: held out when the first four bytes of SHA-256(lower-cased owner/name), read
 * as an unsigned big-endian number, divide by 3. The expected heads were computed apart from the
 * class, with {@code python3 -c 'import hashlib; print(hashlib.sha256(b"example/one").hexdigest()[:8])'}.
 */
class SplitTest {

  @Test
  void aRepositoryWhoseHashHeadDividesByThreeIsHeldOut() {
    // 37cd5b3c = 936205116 = 3 * 312068372
    assertThat(Split.of("acme/small-model")).isEqualTo(Split.HELD_OUT);
  }

  @Test
  void anyOtherRepositoryIsForTuning() {
    // 12da25ec = 316286444, remainder 2
    assertThat(Split.of("acme/tiny-model")).isEqualTo(Split.TUNING);
  }

  @Test
  void theHeadIsReadUnsigned() {
    // f2d370c2 = 4073943234 divides by 3; read as a signed int (-221024062) it would not.
    assertThat(Split.of("example/one")).isEqualTo(Split.HELD_OUT);
    // a12020af = 2703237295, remainder 1; read as a signed int (-1591730001) it would divide by 3.
    assertThat(Split.of("acme/base-model")).isEqualTo(Split.TUNING);
  }

  @Test
  void theNameIsHashedInLowerCase() {
    assertThat(Split.of("Acme/Small-Model")).isEqualTo(Split.HELD_OUT);
    assertThat(Split.of("EXAMPLE/ONE")).isEqualTo(Split.HELD_OUT);
  }

  @Test
  void labelsAreTheWordsOfTheSampleFile() {
    assertThat(Split.TUNING.label()).isEqualTo("tuning");
    assertThat(Split.HELD_OUT.label()).isEqualTo("held-out");
  }
}
