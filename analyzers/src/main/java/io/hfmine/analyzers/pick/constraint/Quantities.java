package io.hfmine.analyzers.pick.constraint;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts ("1.3B", "350M", "7 billion") and sizes ("2GB", "512 MiB") as requests write them. */
public final class Quantities {
  private static final Pattern COUNT = Pattern.compile(
      "(?i)^\\s*(\\d+(?:\\.\\d+)?(?:e\\d+)?)\\s*(b|bn|billion|m|million|k|thousand)?\\s*(?:parameters|params)?\\s*$");
  private static final Pattern BYTES = Pattern.compile(
      "(?i)^\\s*(\\d+(?:\\.\\d+)?)\\s*(b|bytes?|kb|mb|gb|tb|kib|mib|gib|tib)?\\s*$");

  private Quantities() {
  }

  /** A count; throws naming the text when it is not one. */
  public static double count(String text) {
    Matcher matcher = COUNT.matcher(text == null ? "" : text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not a count: '" + text + "' (write e.g. 1B, 350M, 7 billion or 110000000)");
    }
    double value = Double.parseDouble(matcher.group(1));
    String unit = matcher.group(2) == null ? "" : matcher.group(2).toLowerCase(Locale.ROOT);
    return value * switch (unit) {
      case "b", "bn", "billion" -> 1e9;
      case "m", "million" -> 1e6;
      case "k", "thousand" -> 1e3;
      default -> 1;
    };
  }

  /** A size in bytes (KB/MB/GB/TB are powers of 1000, KiB/MiB/GiB/TiB of 1024). */
  public static double bytes(String text) {
    Matcher matcher = BYTES.matcher(text == null ? "" : text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not a size: '" + text + "' (write e.g. 2GB, 512MB or 1.5GiB)");
    }
    double value = Double.parseDouble(matcher.group(1));
    String unit = matcher.group(2) == null ? "b" : matcher.group(2).toLowerCase(Locale.ROOT);
    return value * switch (unit) {
      case "kb" -> 1e3;
      case "mb" -> 1e6;
      case "gb" -> 1e9;
      case "tb" -> 1e12;
      case "kib" -> 1024.0;
      case "mib" -> 1024.0 * 1024;
      case "gib" -> 1024.0 * 1024 * 1024;
      case "tib" -> 1024.0 * 1024 * 1024 * 1024;
      default -> 1;
    };
  }

  /** "1.3 B", "350 M", "12 K", "42". */
  public static String formatCount(double count) {
    if (count >= 1e9) {
      return trim(count / 1e9) + " B";
    }
    if (count >= 1e6) {
      return trim(count / 1e6) + " M";
    }
    if (count >= 1e4) {
      return trim(count / 1e3) + " K";
    }
    return trim(count);
  }

  /** "2.1 GB", "420 MB". */
  public static String formatBytes(double bytes) {
    if (bytes >= 1e12) {
      return trim(bytes / 1e12) + " TB";
    }
    if (bytes >= 1e9) {
      return trim(bytes / 1e9) + " GB";
    }
    if (bytes >= 1e6) {
      return trim(bytes / 1e6) + " MB";
    }
    return trim(bytes / 1e3) + " KB";
  }

  private static String trim(double value) {
    String text = value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.3g", value);
    return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
  }
}
