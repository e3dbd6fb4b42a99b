package io.hfmine.crawler.hf;

import io.hfmine.datasets.hf.ModelRecord;
import io.hfmine.datasets.store.ListingRejects;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * One page of the model listing, the records on it that could not be read, and the URL of the
 * next page (null on the last one).
 */
public record ModelPage(HttpUrl url, List<ModelRecord> models, List<ListingRejects.Reject> rejects, HttpUrl next) {
}
