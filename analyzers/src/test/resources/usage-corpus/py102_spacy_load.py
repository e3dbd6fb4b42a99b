import spacy
import spacy as sp
from spacy.util import load_model

PIPELINE = "de_core_news_sm"

nlp = spacy.load("en_core_web_sm")
german = spacy.load(PIPELINE, disable=["ner"])
shortcut = spacy.load("en")
local = spacy.load("./models/custom-ner")
science = sp.load("en_core_sci_sm")
multi = load_model("xx_ent_wiki_sm")
blank = spacy.blank("en")
doc = nlp("A sentence.")
