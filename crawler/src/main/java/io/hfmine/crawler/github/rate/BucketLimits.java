package io.hfmine.crawler.github.rate;

/**
 * What a governor assumes about a bucket before GitHub's headers say otherwise.
 *
 * @param limit requests per window (core 5,000/h, search 30/min, code_search 10/min)
 * @param windowSeconds length of the window
 * @param minIntervalMs least spacing of two requests, against GitHub's secondary limits
 * @param paced spread the remaining budget evenly over the rest of the window instead of
 *     spending it at once and waiting for the reset
 */
public record BucketLimits(int limit, long windowSeconds, long minIntervalMs, boolean paced) {
}
