import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer

VULN_MODEL = "defect-lab/codebert-devign"


class VulnerabilityScorer:
    """Flags functions that look like the vulnerable ones of the Devign data set."""

    def __init__(self, threshold: float = 0.7):
        self.tokenizer = AutoTokenizer.from_pretrained(VULN_MODEL)
        self.model = AutoModelForSequenceClassification.from_pretrained(VULN_MODEL).eval()
        self.threshold = threshold

    @torch.no_grad()
    def score(self, functions: list[str]) -> list[float]:
        batch = self.tokenizer(functions, padding=True, truncation=True, max_length=512, return_tensors="pt")
        probabilities = self.model(**batch).logits.softmax(-1)[:, 1]
        return probabilities.tolist()

    def flagged(self, functions: list[str]) -> list[int]:
        return [i for i, p in enumerate(self.score(functions)) if p >= self.threshold]
