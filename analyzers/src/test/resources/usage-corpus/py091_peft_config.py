from peft import PeftConfig

config = PeftConfig.from_pretrained("ybelkada/opt-350m-lora")
