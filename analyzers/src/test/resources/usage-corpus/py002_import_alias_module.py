import transformers as tf

def load():
    model = tf.AutoModelForCausalLM.from_pretrained("gpt2")
    return model
