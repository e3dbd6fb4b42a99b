import en_core_web_sm
import de_core_news_lg as german
import xx_ent_wiki_sm
import report_core_web_helpers
import json


def parse(text):
    nlp = en_core_web_sm.load()
    return nlp(text)


tagger = german.load(disable=["ner"])
entities = xx_ent_wiki_sm.load()
helpers = report_core_web_helpers.load()
settings = json.load(open("settings.json"))
