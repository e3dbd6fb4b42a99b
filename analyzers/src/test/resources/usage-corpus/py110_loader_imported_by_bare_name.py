from spacy import load
from spacy.util import load_model

english = load("en_core_web_md")
german = load_model("de_core_news_lg", exclude=["parser"])


def reload(config):
    return load(config.pipeline_dir)
