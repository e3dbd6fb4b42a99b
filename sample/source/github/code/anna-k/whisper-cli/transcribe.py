import sys

import torch
from transformers import pipeline

asr = pipeline("automatic-speech-recognition", model="openai/whisper-small",
               device="cuda" if torch.cuda.is_available() else "cpu")

if __name__ == "__main__":
    for path in sys.argv[1:]:
        text = asr(path, generate_kwargs={"language": "german", "task": "transcribe"})["text"]
        print(f"{path}\t{text}")
