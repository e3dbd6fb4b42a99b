package io.hfmine.analyzers.pick.extract;

/**
 * One value of a model attribute and where it came from.
 *
 * @param value the value as text (numbers as plain digits)
 * @param number the value as a number, for number attributes; null otherwise
 * @param source the template source that produced it, e.g. {@code card:license}, {@code section}
 * @param evidence what the source saw: a heading, a tag, a model-index entry, a matched phrase
 */
public record AttributeValue(String value, Double number, String source, String evidence) {
  public static AttributeValue text(String value, String source, String evidence) {
    return new AttributeValue(value, null, source, evidence);
  }

  public static AttributeValue number(double number, String source, String evidence) {
    String text = number == Math.rint(number) && Math.abs(number) < 1e18
        ? Long.toString((long) number) : Double.toString(number);
    return new AttributeValue(text, number, source, evidence);
  }
}
