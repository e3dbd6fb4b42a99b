package io.hfmine.analyzers.repos;

import io.hfmine.datasets.config.Config;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Repositories as `repos sync` would leave them, each built to fall at one known funnel step. */
final class RepositoryFixtures {
  private RepositoryFixtures() {
  }

  static RepoSelectSettings shippedSettings() {
    return Config.defaults().section("repos-select", RepoSelectSettings.class);
  }

  /** 19 repositories; with the shipped settings 3 survive: caption-studio, qa-bot and ner-tool. */
  static List<RepositoryCandidate> population() {
    List<RepositoryCandidate> repos = new ArrayList<>();
    repos.add(healthy("acme-ml/caption-studio", "A Streamlit app that writes captions for your photos with BLIP"));
    repos.add(healthy("deepfield/qa-bot", "Answer questions about your documents with a fine-tuned RoBERTa model"));
    repos.add(with(healthy("gone/vanished", "Was a sentiment API"), "status", "gone"));
    repos.add(with(healthy("copycat/caption-studio", "A Streamlit app that writes captions for your photos with BLIP"), "fork", true));
    repos.add(with(healthy("old/legacy-nlp", "Spam filtering with DistilBERT, no longer maintained"), "archived", true));
    repos.add(healthy("blocked/thing", "A chatbot for the help desk of the company"));
    repos.add(with(healthy("jsfolk/hf-widget", "A web component that runs a Hub model in the browser"), "language", "TypeScript"));
    repos.add(metric(healthy("tiny/stars", "Summarise your meeting notes with BART"), RepositoryMetric.STARS, 3L));
    repos.add(metric(healthy("lonely/forkless", "Translate subtitles with MarianMT models"), RepositoryMetric.FORKS, 1L));
    repos.add(metric(healthy("new/upload", "Detect objects in drone footage with DETR"), RepositoryMetric.COMMITS, 12L));
    repos.add(metric(healthy("unknown/commits", "Speech to text for podcasts with Whisper"), RepositoryMetric.COMMITS, null));
    repos.add(metric(healthy("quiet/no-issues", "Generate product descriptions with GPT-2"), RepositoryMetric.ISSUES_TOTAL, 2L));
    repos.add(metric(healthy("slim/readme-only", "Classify support tickets with a BERT model"), RepositoryMetric.SIZE_KB, 40L));
    repos.add(healthy("lab/transformers-tutorial", "Learn how to fine-tune models for text classification"));
    repos.add(healthy("student/DL-Homework2", "Deep learning class at our university, spring term"));
    repos.add(healthy("jdoe/awesome-diffusion", "Papers, tools and apps built on diffusion models"));
    repos.add(healthy("zh/bert-chinese-classification", "基于BERT的中文文本分类，支持多标签分类与模型微调"));
    repos.add(healthy("es/clasificador-tuits", "Clasificador de sentimientos para tuits en español con un modelo BERT"));
    repos.add(healthy("terse/ner-tool", "BERT NER PyTorch"));
    return repos;
  }

  static RepositoryCandidate healthy(String name, String description) {
    Map<RepositoryMetric, Long> metrics = new EnumMap<>(RepositoryMetric.class);
    metrics.put(RepositoryMetric.STARS, 420L);
    metrics.put(RepositoryMetric.FORKS, 51L);
    metrics.put(RepositoryMetric.WATCHERS, 17L);
    metrics.put(RepositoryMetric.OPEN_ISSUES, 12L);
    metrics.put(RepositoryMetric.ISSUES_TOTAL, 95L);
    metrics.put(RepositoryMetric.COMMITS, 380L);
    metrics.put(RepositoryMetric.SIZE_KB, 5400L);
    return new RepositoryCandidate(name, "ok", description, "Python", List.of("machine-learning", "transformers"),
        false, false, false, metrics);
  }

  static RepositoryCandidate metric(RepositoryCandidate repo, RepositoryMetric metric, Long value) {
    Map<RepositoryMetric, Long> metrics = new EnumMap<>(repo.metrics());
    if (value == null) {
      metrics.remove(metric);
    } else {
      metrics.put(metric, value);
    }
    return new RepositoryCandidate(repo.fullName(), repo.status(), repo.description(), repo.language(), repo.topics(),
        repo.fork(), repo.archived(), repo.disabled(), metrics);
  }

  static RepositoryCandidate with(RepositoryCandidate repo, String field, Object value) {
    return new RepositoryCandidate(repo.fullName(),
        field.equals("status") ? (String) value : repo.status(), repo.description(),
        field.equals("language") ? (String) value : repo.language(), repo.topics(),
        field.equals("fork") ? (Boolean) value : repo.fork(),
        field.equals("archived") ? (Boolean) value : repo.archived(), repo.disabled(), repo.metrics());
  }
}
