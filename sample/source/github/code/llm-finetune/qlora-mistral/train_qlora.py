import torch
from datasets import load_dataset
from peft import LoraConfig, get_peft_model, prepare_model_for_kbit_training
from transformers import AutoModelForCausalLM, AutoTokenizer, BitsAndBytesConfig, TrainingArguments
from trl import SFTTrainer

BASE = "mistralai/Mistral-7B-v0.1"

bnb = BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True,
                         bnb_4bit_compute_dtype=torch.bfloat16)
tokenizer = AutoTokenizer.from_pretrained(BASE, add_eos_token=True)
tokenizer.pad_token = tokenizer.eos_token
model = AutoModelForCausalLM.from_pretrained(BASE, quantization_config=bnb, device_map={"": 0})
model = prepare_model_for_kbit_training(model)
model = get_peft_model(model, LoraConfig(r=16, lora_alpha=32, lora_dropout=0.05, task_type="CAUSAL_LM",
                                         target_modules=["q_proj", "k_proj", "v_proj", "o_proj"]))

data = load_dataset("timdettmers/openassistant-guanaco", split="train")
trainer = SFTTrainer(model=model, train_dataset=data, dataset_text_field="text", max_seq_length=1024,
                     tokenizer=tokenizer,
                     args=TrainingArguments("out/qlora-mistral", per_device_train_batch_size=4,
                                            gradient_accumulation_steps=4, learning_rate=2e-4,
                                            num_train_epochs=1, bf16=True, logging_steps=10))
trainer.train()
model.save_pretrained("out/qlora-mistral/adapter")
