package io.hfmine.analyzers.pick.evaluate;

import io.hfmine.analyzers.pick.request.PickRequest;

/**
 * A request made from a held-out model by a mutation, or written by hand (no source).
 *
 * @param sourceSuitable whether the source model still meets the request's constraints, so it counts as a hit
 */
public record SynthesizedRequest(String id, String sourceModel, String mutation, boolean sourceSuitable,
    PickRequest request) {
}
