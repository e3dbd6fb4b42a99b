package io.hfmine.datasets.issuesimport;

import com.fasterxml.jackson.databind.JsonNode;

/** One JSON object read from a dump, with its position for error messages. */
public record DumpRecord(DumpPosition position, JsonNode json) {
}
