from transformers import AutoProcessor, AutoConfig, AutoFeatureExtractor, AutoImageProcessor

processor = AutoProcessor.from_pretrained("openai/whisper-small")
config = AutoConfig.from_pretrained("openai/whisper-small")
fe = AutoFeatureExtractor.from_pretrained("facebook/wav2vec2-base-960h")
ip = AutoImageProcessor.from_pretrained("google/vit-base-patch16-224")
