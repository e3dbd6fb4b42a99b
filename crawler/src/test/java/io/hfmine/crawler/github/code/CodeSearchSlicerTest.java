package io.hfmine.crawler.github.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeSearchSlicerTest {
  private final CodeSearchSlicer slicer = new CodeSearchSlicer(1000, 393_216);

  @Test
  void splitsTheWholeQueryIntoDisjointRangesCoveringEveryIndexedSize() {
    List<SizeRange> ranges = slicer.split("all", 4500).stream().map(SizeRange::parse).toList();
    assertThat(ranges).hasSize(6);
    assertThat(ranges.getFirst().min()).isZero();
    assertThat(ranges.getLast().max()).isEqualTo(393_216);
    for (int i = 1; i < ranges.size(); i++) {
      assertThat(ranges.get(i).min()).isEqualTo(ranges.get(i - 1).max() + 1);
    }
  }

  @Test
  void cutsSmallSizesFinerThanLargeOnes() {
    List<SizeRange> ranges = slicer.split("all", 3000).stream().map(SizeRange::parse).toList();
    assertThat(ranges.getFirst().width()).isLessThan(ranges.getLast().width());
  }

  @Test
  void splitsARangeIntoAtLeastTwoPartsEvenlyOnALogScale() {
    assertThat(slicer.split("size:100..10000", 700)).containsExactly("size:100..999", "size:1000..10000");
  }

  @Test
  void makesAQuarterMorePartsThanTheCountStrictlyNeeds() {
    assertThat(slicer.split("all", 4000)).hasSize(5);
  }

  @Test
  void neverMakesMorePartsThanSizes() {
    assertThat(slicer.split("size:7..9", 50_000)).containsExactly("size:7..7", "size:8..8", "size:9..9");
  }

  @Test
  void aSingleSizeCannotBeSplit() {
    assertThat(slicer.splittable("size:42..42")).isFalse();
    assertThat(slicer.split("size:42..42", 5000)).isEmpty();
  }

  @Test
  void onlyCountsOverTheCapAreTooBig() {
    assertThat(slicer.tooBig(1000)).isFalse();
    assertThat(slicer.tooBig(1001)).isTrue();
  }
}
