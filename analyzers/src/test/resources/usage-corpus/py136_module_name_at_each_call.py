from transformers import AutoModel, AutoModelForSeq2SeqLM, AutoTokenizer, pipeline

source = "en"
target = "de"
checkpoint = f"acme/translate-{source}-{target}"
translator = pipeline("translation", model=checkpoint)


def load_pair(src_lang, dst_lang):
    # reads the module's names, not its parameters: what they hold when it is called
    name = f"acme/translate-{source}-{target}"
    tokenizer = AutoTokenizer.from_pretrained(name)
    model = AutoModelForSeq2SeqLM.from_pretrained(name)
    return tokenizer, model


target = "fr"
load_pair(source, target)

source = "de"
target = "es"
load_pair(source, target)

mode = "acme/mode-one"


def run():
    return AutoModel.from_pretrained(mode)


run()
mode = "acme/mode-two"
callbacks = [run]

revision = "acme/revision-a"


def later():
    return AutoTokenizer.from_pretrained(revision)


revision = "acme/revision-b"


def helper():
    later()


helper()

size = "acme/size-small"


def grow():
    global size
    size = "acme/size-large"


def build():
    return AutoModel.from_pretrained(size)


build()
grow()
build()
size = "acme/size-medium"
