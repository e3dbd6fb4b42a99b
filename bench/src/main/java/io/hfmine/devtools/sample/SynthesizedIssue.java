package io.hfmine.devtools.sample;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One generated issue or pull request with its comments; {@code challenges} holds the taxonomy
 * codes a human annotator would give it (empty for non-PTM issues, null for pull requests).
 */
record SynthesizedIssue(int number, ObjectNode issue, List<ObjectNode> comments, List<SampleSources.SubTheme> challenges) {

  boolean pullRequest() {
    return issue.has("pull_request");
  }

  boolean open() {
    return issue.get("state").asText().equals("open");
  }
}
