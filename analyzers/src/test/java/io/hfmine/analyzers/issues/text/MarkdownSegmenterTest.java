package io.hfmine.analyzers.issues.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownSegmenterTest {
  private static List<SegmentKind> kinds(String markdown) {
    return MarkdownSegmenter.segments(markdown, IssuePart.BODY).stream().map(Segment::kind).toList();
  }

  private static String text(String markdown, SegmentKind kind) {
    return MarkdownSegmenter.segments(markdown, IssuePart.BODY).stream().filter(s -> s.kind() == kind)
        .map(Segment::text).findFirst().orElse(null);
  }

  @Test
  void aFencedBlockWithFramesIsATraceback() {
    String body = "It crashes:\n```\nTraceback (most recent call last):\n  File \"run.py\", line 3, in <module>\n"
        + "    main()\nValueError: bad value\n```\n";

    assertThat(kinds(body)).containsExactly(SegmentKind.PROSE, SegmentKind.TRACEBACK);
  }

  @Test
  void anUnfencedTracebackEndsAtItsExceptionLine() {
    String body = "Traceback (most recent call last):\n  File \"a.py\", line 1, in <module>\n    x()\n"
        + "KeyError: 'w'\nThis happens every time.";

    assertThat(kinds(body)).containsExactly(SegmentKind.TRACEBACK, SegmentKind.PROSE);
    assertThat(text(body, SegmentKind.PROSE)).isEqualTo("This happens every time.");
  }

  @Test
  void pipTranscriptsAreInstallerOutput() {
    String body = "```\nCollecting numpy\n  Downloading numpy-1.21.0.tar.gz (10 MB)\n"
        + "Requirement already satisfied: transformers in ./lib\nSuccessfully installed numpy-1.21.0\n```";

    assertThat(kinds(body)).containsExactly(SegmentKind.INSTALL_OUTPUT);
  }

  @Test
  void versionListingsAreEnvironment() {
    assertThat(kinds("- OS: Ubuntu 20.04\n- PyTorch version: 1.8\n- Python version: 3.8"))
        .containsExactly(SegmentKind.ENVIRONMENT);
  }

  @Test
  void quotedRepliesAndLogsAreTheirOwnSegments() {
    String body = "> you said to upgrade\nI did.\n2021-03-01 12:00:01 INFO loading\n2021-03-01 12:00:02 INFO done";

    assertThat(kinds(body)).containsExactly(SegmentKind.QUOTE, SegmentKind.PROSE, SegmentKind.LOG);
  }

  @Test
  void templateInstructionsInHtmlCommentsAreDropped() {
    assertThat(kinds("<!--\nWhich pretrained model did you use?\n-->\nThe app crashes.")).containsExactly(SegmentKind.PROSE);
  }

  @Test
  void webAddressesBecomeLinksAndLeaveTheProse() {
    List<Segment> segments = MarkdownSegmenter.segments("See https://example.org/docs/install for details.",
        IssuePart.COMMENT);

    assertThat(segments).extracting(Segment::kind).containsExactly(SegmentKind.PROSE, SegmentKind.LINK);
    assertThat(segments.get(0).text()).isEqualTo("See   for details.");
    assertThat(segments.get(1).text()).isEqualTo("https://example.org/docs/install");
    assertThat(segments).extracting(Segment::part).containsOnly(IssuePart.COMMENT);
  }

  /** Each form of an environment line is told with the quick check in front of the expression, and prose is not. */
  @Test
  void everyFormOfAnEnvironmentLineIsStillToldAndProseIsNot() {
    List<String> environment = List.of("- PyTorch version: 2.1.0", "* `diffusers` version (GPU?): 0.21",
        "OS: Ubuntu 22.04", "CUDA/cuDNN version: 11.8", "Operating System : Windows 11", "torch==2.1.0",
        "  numpy >= 1.24", "transformers 4.35.2 pypi_0", "torch    2.1.0+cu118", "cudatoolkit 11.3.1 h2bc3f7f_2");
    List<String> prose = List.of("The model loads fine.", "Version 2 is better than 1", "torch 2 is slow",
        "It needs = signs and > signs", "3.x. is out", "");

    environment.forEach(line -> assertThat(MarkdownSegmenter.isEnvironment(line)).as(line).isTrue());
    prose.forEach(line -> assertThat(MarkdownSegmenter.isEnvironment(line)).as(line).isFalse());
    assertThat(kinds("- PyTorch version: 2.1.0\n- OS: Ubuntu 22.04")).containsExactly(SegmentKind.ENVIRONMENT);
    assertThat(kinds("```\ntorch==2.1.0\nnumpy 1.26.0\n```")).containsExactly(SegmentKind.ENVIRONMENT);
  }
}
