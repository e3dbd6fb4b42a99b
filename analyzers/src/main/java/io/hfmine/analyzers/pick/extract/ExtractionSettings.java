package io.hfmine.analyzers.pick.extract;

/**
 * Limits of rule-based extraction ({@code pick.extraction} in hfmine.yaml).
 *
 * @param maxTextChars longest text value kept (cut at a word)
 * @param introMaxChars longest opening of a card taken as its function
 * @param minWords fewest words a text value needs once placeholders are removed
 */
public record ExtractionSettings(int maxTextChars, int introMaxChars, int minWords) {
}
