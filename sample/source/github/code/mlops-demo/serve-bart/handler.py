import logging

from ts.torch_handler.base_handler import BaseHandler
from transformers import BartForConditionalGeneration, BartTokenizer

log = logging.getLogger(__name__)


class BartSummaryHandler(BaseHandler):
    model_name = "facebook/bart-large-cnn"

    def initialize(self, context):
        self.tokenizer = BartTokenizer.from_pretrained(self.model_name)
        self.model = BartForConditionalGeneration.from_pretrained(self.model_name).eval()
        self.initialized = True
        log.info("loaded %s", self.model_name)

    def preprocess(self, requests):
        texts = [r.get("data") or r.get("body") for r in requests]
        texts = [t.decode("utf-8") if isinstance(t, (bytes, bytearray)) else t for t in texts]
        return self.tokenizer(texts, max_length=1024, truncation=True, padding=True, return_tensors="pt")

    def inference(self, batch):
        return self.model.generate(batch["input_ids"], attention_mask=batch["attention_mask"], num_beams=4, max_length=142)

    def postprocess(self, outputs):
        return self.tokenizer.batch_decode(outputs, skip_special_tokens=True)
