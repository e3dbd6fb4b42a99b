from speechbrain.inference.ASR import EncoderDecoderASR

asr = EncoderDecoderASR.from_hparams("speechbrain/asr-crdnn-rnnlm-librispeech")
