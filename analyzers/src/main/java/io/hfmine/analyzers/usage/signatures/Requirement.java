package io.hfmine.analyzers.usage.signatures;

/** A positional argument that must be a string starting with {@code prefix} for a call to count. */
public record Requirement(int position, String prefix) {
}
