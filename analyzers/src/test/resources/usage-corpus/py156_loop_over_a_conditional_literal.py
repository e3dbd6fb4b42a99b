from transformers import AutoModel, AutoModelForCausalLM, AutoTokenizer, is_torch_available


class HeadTests:
    all_model_classes = (AutoModel, AutoModelForCausalLM) if is_torch_available() else ()

    def test_load(self):
        for model_class in self.all_model_classes:
            model_class.from_pretrained("hub-user/every-head-checkpoint")


CHECKPOINTS = ["hub-user/torch-only-a", "hub-user/torch-only-b"] if is_torch_available() else []
for name in CHECKPOINTS:
    AutoTokenizer.from_pretrained(name)

for name in (["hub-user/branch-one"] if is_torch_available() else ["hub-user/branch-two"]):
    AutoTokenizer.from_pretrained(name)

for name in (["hub-user/known-branch"] if is_torch_available() else discover()):
    AutoTokenizer.from_pretrained(name)

if is_torch_available():
    from transformers import BertForMaskedLM, BertModel


class WrappedTests:
    all_model_classes = (
        (
            BertModel,
            BertForMaskedLM,
        )
        if is_torch_available()
        else ()
    )

    def test_from_pretrained(self):
        for model_class_name in self.all_model_classes:
            model_class_name.from_pretrained("hub-user/wrapped-checkpoint")
