import spacy
from spacy.cli import download
from spacy.cli.download import download as fetch_pipeline

PIPELINE = "de_core_news_md"


def ensure(name="en_core_web_lg"):
    try:
        return spacy.load(name)
    except OSError:
        spacy.cli.download(name)
        return spacy.load(name)


download(PIPELINE)
fetch_pipeline(model="fr_core_news_sm")
spacy.cli.download("en")
spacy.cli.download("en_core_web_sm-3.7.1", True)
spacy.cli.info()
