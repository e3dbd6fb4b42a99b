package io.hfmine.datasets.hf;

/**
 * A model's README as fetched: {@code status} is {@code ok}, {@code missing} (404),
 * {@code too-large} (above the size cap; text not kept), {@code forbidden} (401/403) or
 * {@code failed} (retried on the next run).
 */
public record ModelCard(String modelId, String status, String text, Long byteLength, String sha256, String error) {
}
