package io.hfmine.analyzers.pick.index;

/** A model (by index ordinal) with the score one ranker gave it. */
public record Scored(int ordinal, double score) {
}
