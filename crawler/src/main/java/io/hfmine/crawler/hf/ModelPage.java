package io.hfmine.crawler.hf;

import io.hfmine.datasets.hf.ModelRecord;
import java.util.List;
import okhttp3.HttpUrl;

/** One page of the model listing and the URL of the next one (null on the last page). */
public record ModelPage(HttpUrl url, List<ModelRecord> models, HttpUrl next) {
}
