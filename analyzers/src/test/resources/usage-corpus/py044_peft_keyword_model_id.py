import peft

lora = peft.PeftModel.from_pretrained(model=base_model, model_id="ybelkada/opt-350m-lora")
