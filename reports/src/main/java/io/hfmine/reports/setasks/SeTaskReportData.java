package io.hfmine.reports.setasks;

import java.util.List;
import java.util.Map;

/**
 * The SE-task study's numbers as the report shows them, read from the store.
 *
 * @param basis which items count: those the LLM confirmed, or the unique cards of the rule stages
 * @param activities activity ids in taxonomy order, and {@code names} their display names
 */
public record SeTaskReportData(boolean present, String basis, List<List<String>> cardStatus, List<String> activities,
    Map<String, String> names, Map<String, long[]> itemsPerActivity, List<List<String>> topTasks,
    List<String> pipelineTags, long[][] activityByPipelineTag, List<String> quarters, Map<String, long[]> growth,
    long[][] cooccurrence, List<List<String>> licences, List<List<String>> baseModels, List<List<String>> benchmarks,
    List<List<String>> validations) {
}
