from transformers import pipeline as hf_pipeline

asr = hf_pipeline(task="automatic-speech-recognition", model="openai/whisper-tiny")
