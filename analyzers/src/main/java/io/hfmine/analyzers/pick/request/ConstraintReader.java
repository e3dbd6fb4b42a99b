package io.hfmine.analyzers.pick.request;

import com.fasterxml.jackson.databind.JsonNode;
import io.hfmine.analyzers.pick.constraint.AccessConstraint;
import io.hfmine.analyzers.pick.constraint.AnyOfConstraint;
import io.hfmine.analyzers.pick.constraint.Constraint;
import io.hfmine.analyzers.pick.constraint.ConstraintSettings;
import io.hfmine.analyzers.pick.constraint.DownloadsConstraint;
import io.hfmine.analyzers.pick.constraint.FormatConstraint;
import io.hfmine.analyzers.pick.constraint.HardwareConstraint;
import io.hfmine.analyzers.pick.constraint.LanguageConstraint;
import io.hfmine.analyzers.pick.constraint.LicenseConstraint;
import io.hfmine.analyzers.pick.constraint.Quantities;
import io.hfmine.analyzers.pick.constraint.RisksDocumentedConstraint;
import io.hfmine.analyzers.pick.constraint.SizeConstraint;
import io.hfmine.analyzers.pick.license.LicenseTable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the value of a special attribute in a request into its constraint; errors say what to write. */
final class ConstraintReader {
  private static final Pattern COMPARISON = Pattern.compile("^\\s*(<=|>=|<|>|≤|≥)\\s*(.+)$");

  private final LicenseTable licenses;
  private final ConstraintSettings settings;

  ConstraintReader(LicenseTable licenses, ConstraintSettings settings) {
    this.licenses = licenses;
    this.settings = settings;
  }

  Constraint read(String attribute, JsonNode value) {
    return switch (attribute) {
      case LicenseConstraint.FAMILY -> license(value);
      case SizeConstraint.PARAMETERS -> size(attribute, value, Quantities::count);
      case SizeConstraint.WEIGHTS -> size(attribute, value, Quantities::bytes);
      case LanguageConstraint.FAMILY -> new LanguageConstraint(strings(value));
      case AnyOfConstraint.FRAMEWORKS -> AnyOfConstraint.frameworks(strings(value));
      case AnyOfConstraint.LIBRARY -> AnyOfConstraint.library(strings(value));
      case FormatConstraint.INPUT, FormatConstraint.OUTPUT -> new FormatConstraint(attribute, strings(value));
      case AccessConstraint.FAMILY -> new AccessConstraint(value.asText());
      case DownloadsConstraint.FAMILY -> downloads(value);
      case RisksDocumentedConstraint.FAMILY -> risks(value);
      case HardwareConstraint.FAMILY -> hardware(value);
      default -> throw new IllegalArgumentException("is marked special in the template, but hfmine has no constraint "
          + "for it (constraints: license, parameters, weights-size, languages, frameworks, library, input-format, "
          + "output-format, access, downloads, bias-risks, hardware)");
    };
  }

  private Constraint license(JsonNode value) {
    if (value.isTextual()) {
      String text = value.asText();
      if (licenses.use(text).isEmpty()) {
        LicenseTable.Resolved license = licenses.resolve(text);
        String hint = license.known() ? "'" + text + "' is a licence, not a use; write {one-of: [" + license.id()
            + "]} or {compatible-with: " + license.id() + "}" : "unknown licence use '" + text + "'";
        throw new IllegalArgumentException(hint + " (uses: " + String.join(", ", licenses.useNames()) + ")");
      }
      return LicenseConstraint.forUse(licenses, text);
    }
    if (value.isObject() && value.size() == 1) {
      Iterator<String> names = value.fieldNames();
      String key = names.next();
      JsonNode inner = value.get(key);
      return switch (key) {
        case "use" -> LicenseConstraint.forUse(licenses, inner.asText());
        case "compatible-with" -> LicenseConstraint.compatibleWith(licenses, inner.asText());
        case "one-of" -> LicenseConstraint.oneOf(licenses, strings(inner));
        default -> throw new IllegalArgumentException("write a use, {use: U}, {compatible-with: LICENCE} or "
            + "{one-of: [LICENCE, ...]}, not `" + key + "`");
      };
    }
    throw new IllegalArgumentException("write a use (e.g. commercial-closed-source), {compatible-with: mit} or "
        + "{one-of: [mit, apache-2.0]}");
  }

  private static Constraint size(String attribute, JsonNode value, ToDoubleFunction<String> parse) {
    Double min = null;
    Double max = null;
    if (value.isObject()) {
      for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
        String key = names.next();
        if (!Set.of("min", "max").contains(key)) {
          throw new IllegalArgumentException("write {max: ...} and/or {min: ...}, not `" + key + "`");
        }
      }
      min = value.has("min") ? parse.applyAsDouble(value.get("min").asText()) : null;
      max = value.has("max") ? parse.applyAsDouble(value.get("max").asText()) : null;
    } else {
      Matcher comparison = COMPARISON.matcher(value.asText());
      if (!comparison.matches()) {
        throw new IllegalArgumentException("write {max: 1B}, '<= 1B' or '>= 100M', not '" + value.asText() + "'");
      }
      double bound = parse.applyAsDouble(comparison.group(2));
      if (comparison.group(1).startsWith("<") || comparison.group(1).equals("≤")) {
        max = bound;
      } else {
        min = bound;
      }
    }
    return new SizeConstraint(attribute, min, max);
  }

  private static Constraint downloads(JsonNode value) {
    String text = value.isObject() ? value.path("min").asText(null) : value.asText();
    if (text == null) {
      throw new IllegalArgumentException("write {min: 1000} or '>= 1000'");
    }
    Matcher comparison = COMPARISON.matcher(text);
    String number = comparison.matches() ? comparison.group(2) : text;
    return new DownloadsConstraint((long) Quantities.count(number));
  }

  private static Constraint risks(JsonNode value) {
    if (value.asText().equals("documented") || value.isBoolean() && value.asBoolean()) {
      return new RisksDocumentedConstraint();
    }
    throw new IllegalArgumentException("write `documented` (the card must document biases and risks)");
  }

  private Constraint hardware(JsonNode value) {
    if (value.isObject() && value.has("memory")) {
      return new HardwareConstraint("memory " + value.get("memory").asText(), Quantities.bytes(value.get("memory").asText()),
          settings.bytesPerParameter(), settings.memoryOverhead());
    }
    String profile = value.asText();
    String memory = settings.hardwareProfiles().get(profile);
    if (memory == null) {
      throw new IllegalArgumentException("unknown hardware profile '" + profile + "' (profiles: "
          + String.join(", ", settings.hardwareProfiles().keySet().stream().sorted().toList()) + "; or {memory: 8GB})");
    }
    return new HardwareConstraint(profile, Quantities.bytes(memory), settings.bytesPerParameter(), settings.memoryOverhead());
  }

  /** A value or a list of values as strings. */
  static List<String> strings(JsonNode value) {
    List<String> values = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(item -> {
        if (!item.isValueNode()) {
          throw new IllegalArgumentException("lists hold plain values, not " + item);
        }
        if (!item.asText().isBlank()) {
          values.add(item.asText().strip());
        }
      });
    } else if (value.isValueNode()) {
      if (!value.asText().isBlank()) {
        values.add(value.asText().strip());
      }
    } else {
      throw new IllegalArgumentException("write a value or a list of values");
    }
    return values;
  }
}
