import argparse

import transformers as tf

SIZES = ["125m", "350m", "1.3b"]


def build(size: str):
    # facebook/opt-350m is the default; facebook/opt-1.3b needs about 6 GB of GPU memory
    name = f"facebook/opt-{size}"
    tokenizer = tf.AutoTokenizer.from_pretrained(name, use_fast=False)
    model = tf.OPTForCausalLM.from_pretrained(name)
    return tokenizer, model


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", choices=SIZES, default="350m")
    parser.add_argument("--prompt", default="Once upon a time")
    parser.add_argument("--gpt2", action="store_true", help="use gpt2 instead of OPT")
    args = parser.parse_args()
    if args.gpt2:
        generator = tf.pipeline("text-generation", model="gpt2")
        print(generator(args.prompt, max_new_tokens=80, do_sample=True, top_p=0.92)[0]["generated_text"])
        return
    tokenizer, model = build(args.size)
    ids = tokenizer(args.prompt, return_tensors="pt").input_ids
    print(tokenizer.decode(model.generate(ids, max_new_tokens=80, do_sample=True, top_k=50)[0]))


if __name__ == "__main__":
    main()
