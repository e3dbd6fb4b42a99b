from transformers import pipeline

TAGGERS = ["acme/tagger-small", "acme/tagger-large"]

taggers = [pipeline("ner", model=name) for name in TAGGERS]
by_name = {name: pipeline("ner", model=name) for name in ("acme/tagger-fast",)}
pairs = [pipeline("ner", model=name) for name, size in [("acme/tagger-pair", 1)]]


class Runner:
    candidates = ["acme/runner-first", "acme/runner-second"]

    def __init__(self):
        self.backups = (
            "acme/backup-one",  # the one we trust
            "acme/backup-two",
        )

    def first(self):
        return pipeline("ner", model=self.candidates[0])

    def each(self):
        for candidate in self.candidates:
            pipeline("ner", model=candidate)

    def all_backups(self):
        return [pipeline("ner", model=backup) for backup in self.backups]

    def second_backup(self):
        return pipeline("ner", model=self.backups[1])
