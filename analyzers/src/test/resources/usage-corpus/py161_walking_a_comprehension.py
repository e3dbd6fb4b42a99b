from sentence_transformers import SentenceTransformer
from transformers import AutoModel, AutoTokenizer

SIZES = ["small", "base"]
CHECKPOINTS = [f"acme/encoder-{size}" for size in SIZES]


def encoders():
    return [AutoModel.from_pretrained(checkpoint) for checkpoint in CHECKPOINTS]


class TokenizerChecks:
    shared = "acme/tokenizer-shared"

    def setUp(self):
        self.cases = [(AutoTokenizer, self.shared, {}) for _ in range(3)]

    def test_each(self):
        for tokenizer_class, name, options in self.cases:
            tokenizer_class.from_pretrained(name, **options)


for embedder in list(f"acme/{kind}-embedder" for kind in ("query", "passage")):
    SentenceTransformer(embedder)

LARGE_ONLY = [name for name in CHECKPOINTS if name.endswith("-base")]
for name in LARGE_ONLY:
    AutoModel.from_pretrained(name)
