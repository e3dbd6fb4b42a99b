package io.hfmine.analyzers.issues.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the Markdown of an issue body or comment into segments: prose, code, tracebacks, logs,
 * installer output, environment listings, quoted replies and links.
 *
 * <p>Issue templates' instructions in HTML comments are dropped. A fenced block is one segment,
 * its kind told by its lines (a traceback when it holds frames, installer output or a log when
 * most lines look like one). Outside fences each line is classified on its own and neighbouring
 * lines of one kind are joined. Web addresses are taken out of every segment into link segments.
 */
public final class MarkdownSegmenter {
  private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?(-->|\\z)", Pattern.DOTALL);
  private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```+|~~~+)");
  private static final Pattern URL = Pattern.compile("https?://[^\\s)\\]>\"'`]+");
  private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}>");
  private static final Pattern TRACEBACK_HEAD = Pattern.compile("Traceback \\(most recent call last\\)");
  private static final Pattern FRAME = Pattern.compile("^\\s*(File \"[^\"]+\", line \\d+|<FrameSummary file |at [\\w$.]+\\([\\w$]+\\.java:\\d+\\))");
  private static final Pattern EXCEPTION_LINE = Pattern.compile("^\\s*[A-Za-z_][\\w.]*(Error|Exception|Warning|Interrupt|Exit)\\b(:|\\s*$)");
  private static final Pattern INSTALL = Pattern.compile("^\\s*(Requirement already (satisfied|up-to-date)|Collecting \\S|"
      + "Downloading \\S|Using cached \\S|Installing collected packages|Successfully (installed|built|uninstalled) |"
      + "Attempting uninstall|Found existing installation|Uninstalling \\S|Building wheels? for|Created wheel for|"
      + "Stored in directory|Running setup\\.py|Looking in (indexes|links)|Preparing metadata|Getting requirements|"
      + "Installing build dependencies|Obtaining \\S|Processing \\S|ERROR: (Could not|No matching|pip's)|"
      + "WARNING: (pip|Retrying|You are using pip)|Solving environment|Collecting package metadata|"
      + "Downloading and Extracting Packages|Preparing transaction|Verifying transaction|Executing transaction|"
      + "The following (NEW )?packages will be|\\$ ?(pip|pip3|conda) (install|list|freeze)|"
      + "(pip|pip3|conda) (install|list|freeze)\\b)");
  private static final Pattern ENVIRONMENT = Pattern.compile("^\\s*([-*]\\s*)?(`?[\\w .()/-]{1,40}`?\\s*(version|Version|VERSION)"
      + "[^:]{0,30}:\\s*\\S|(OS|Platform|Python|CUDA|cuDNN|GPU|CPU|Operating System|Machine|Architecture)"
      + "( (version|Version|VERSION|type|model|models and configuration)|/cuDNN version)?\\s*:\\s*\\S|[\\w.-]+\\s*(==|>=)\\s*\\d[\\w.+-]*\\s*$|[\\w.-]+\\s+\\d+\\.\\d+[\\w.+-]*\\s*"
      + "(pypi_0|conda-forge|\\w+_\\d+)?\\s*$)");
  private static final Pattern LOG = Pattern.compile("^\\s*(\\[?\\d{4}[-/]\\d{2}[-/]\\d{2}[ T]\\d{2}:\\d{2}|\\[?\\d{2}:\\d{2}:\\d{2}|"
      + "\\[?(INFO|WARNING|WARN|ERROR|DEBUG|CRITICAL|FATAL)\\]?[: ]|[IWEF]\\d{4} \\d{2}:|[IWEF] tensorflow/|"
      + "\\d+%\\|[^|]*\\||Epoch \\d+|\\d+/\\d+ \\[[=>.]*\\]|(Iter|Step|Batch|iteration)\\s*\\[?\\d+)");
  private static final Pattern INDENTED = Pattern.compile("^( {4,}|\\t)\\S");

  private MarkdownSegmenter() {
  }

  /** The segments of one text (a body or a comment), in order. */
  public static List<Segment> segments(String markdown, IssuePart part) {
    String text = HTML_COMMENT.matcher(markdown == null ? "" : markdown).replaceAll("");
    List<Segment> segments = new ArrayList<>();
    List<String> links = new ArrayList<>();
    String[] lines = text.split("\\R", -1);
    SegmentKind open = null;
    StringBuilder current = new StringBuilder();
    boolean inTraceback = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Matcher fence = FENCE.matcher(line);
      if (fence.find()) {
        flush(segments, links, part, open, current);
        open = null;
        int end = i + 1;
        String marker = fence.group(1).substring(0, 3);
        while (end < lines.length && !lines[end].strip().startsWith(marker)) {
          end++;
        }
        List<String> block = List.of(lines).subList(i + 1, Math.min(end, lines.length));
        StringBuilder content = new StringBuilder();
        block.forEach(l -> content.append(l).append('\n'));
        flush(segments, links, part, blockKind(block), content);
        i = end;
        inTraceback = false;
        continue;
      }
      SegmentKind kind = lineKind(line, inTraceback);
      if (line.isBlank()) {
        inTraceback = false;
        if (open != null) {
          current.append('\n');
        }
        continue;
      }
      inTraceback = kind == SegmentKind.TRACEBACK && !EXCEPTION_LINE.matcher(line).find();
      if (kind != open) {
        flush(segments, links, part, open, current);
        open = kind;
      }
      current.append(line).append('\n');
    }
    flush(segments, links, part, open, current);
    for (String link : links) {
      segments.add(Segment.of(part, SegmentKind.LINK, link));
    }
    return segments;
  }

  private static SegmentKind lineKind(String line, boolean inTraceback) {
    if (QUOTE.matcher(line).find()) {
      return SegmentKind.QUOTE;
    }
    if (TRACEBACK_HEAD.matcher(line).find() || FRAME.matcher(line).find()
        || (inTraceback && (INDENTED.matcher(line).find() || EXCEPTION_LINE.matcher(line).find()))) {
      return SegmentKind.TRACEBACK;
    }
    if (INSTALL.matcher(line).find()) {
      return SegmentKind.INSTALL_OUTPUT;
    }
    if (LOG.matcher(line).find()) {
      return SegmentKind.LOG;
    }
    if (isEnvironment(line)) {
      return SegmentKind.ENVIRONMENT;
    }
    if (INDENTED.matcher(line).find()) {
      return SegmentKind.CODE;
    }
    return SegmentKind.PROSE;
  }

  /**
   * Whether the line is an environment listing's ({@code ENVIRONMENT}). Each of its forms holds a
   * colon, {@code ==} or {@code >=}, or a version's digit, dot, digit; a line with none (most
   * prose) is told so without the expression, whose bounded repetitions backtrack over long lines.
   */
  static boolean isEnvironment(String line) {
    return (line.indexOf(':') >= 0 || line.contains("==") || line.contains(">=") || hasDigitDotDigit(line))
        && ENVIRONMENT.matcher(line).find();
  }

  private static boolean hasDigitDotDigit(String line) {
    for (int dot = line.indexOf('.', 1); dot > 0 && dot + 1 < line.length(); dot = line.indexOf('.', dot + 1)) {
      if (isDigit(line.charAt(dot - 1)) && isDigit(line.charAt(dot + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A fenced block's kind: a traceback if it holds frames, else the kind most of its lines have, else code. */
  static SegmentKind blockKind(List<String> block) {
    int lines = 0;
    int install = 0;
    int log = 0;
    int environment = 0;
    for (String line : block) {
      if (line.isBlank()) {
        continue;
      }
      lines++;
      if (TRACEBACK_HEAD.matcher(line).find() || FRAME.matcher(line).find()) {
        return SegmentKind.TRACEBACK;
      }
      install += INSTALL.matcher(line).find() ? 1 : 0;
      log += LOG.matcher(line).find() ? 1 : 0;
      environment += isEnvironment(line) ? 1 : 0;
    }
    if (lines == 0) {
      return SegmentKind.CODE;
    }
    if (install * 3 >= lines) {
      return SegmentKind.INSTALL_OUTPUT;
    }
    if (environment * 2 >= lines) {
      return SegmentKind.ENVIRONMENT;
    }
    if (log * 2 >= lines) {
      return SegmentKind.LOG;
    }
    return SegmentKind.CODE;
  }

  // Moves the web addresses of a finished segment into links, then stores what is left.
  private static void flush(List<Segment> segments, List<String> links, IssuePart part, SegmentKind kind,
      StringBuilder text) {
    if (kind != null && !text.toString().isBlank()) {
      Matcher url = URL.matcher(text);
      StringBuilder rest = new StringBuilder();
      int last = 0;
      while (url.find()) {
        links.add(url.group());
        rest.append(text, last, url.start()).append(' ');
        last = url.end();
      }
      rest.append(text, last, text.length());
      if (!rest.toString().isBlank()) {
        segments.add(Segment.of(part, kind, rest.toString().strip()));
      }
    }
    text.setLength(0);
  }
}
