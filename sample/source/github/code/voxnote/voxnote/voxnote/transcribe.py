import torch
from transformers import WhisperForConditionalGeneration, WhisperProcessor, pipeline

WHISPER_ID = "openai/whisper-small"
WHISPER_LARGE_ID = "openai/whisper-large-v3"


def load_asr(chunk_length_s: int = 30, large: bool = False):
    device = "cuda:0" if torch.cuda.is_available() else "cpu"
    dtype = torch.float16 if torch.cuda.is_available() else torch.float32
    return pipeline(
        "automatic-speech-recognition",
        model=WHISPER_LARGE_ID if large else WHISPER_ID,
        torch_dtype=dtype,
        device=device,
        chunk_length_s=chunk_length_s,
        return_timestamps=True,
    )


class WhisperTranscriber:
    def __init__(self, language: str = "english"):
        self.processor = WhisperProcessor.from_pretrained(WHISPER_ID)
        self.model = WhisperForConditionalGeneration.from_pretrained(WHISPER_ID)
        self.forced_ids = self.processor.get_decoder_prompt_ids(language=language, task="transcribe")

    def __call__(self, audio, sampling_rate: int = 16000) -> str:
        features = self.processor(audio, sampling_rate=sampling_rate, return_tensors="pt").input_features
        predicted = self.model.generate(features, forced_decoder_ids=self.forced_ids)
        return self.processor.batch_decode(predicted, skip_special_tokens=True)[0]
