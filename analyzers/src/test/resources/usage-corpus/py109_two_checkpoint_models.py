from transformers import EncoderDecoderModel, RagSequenceForGeneration as Rag
from transformers import TFVisionEncoderDecoderModel, VisionTextDualEncoderModel

ENCODER = "prajjwal1/bert-mini"


class Summariser(EncoderDecoderModel):
    pass


seq2seq = EncoderDecoderModel.from_encoder_decoder_pretrained(ENCODER, "openai-community/gpt2")
captioner = TFVisionEncoderDecoderModel.from_encoder_decoder_pretrained(
    encoder_pretrained_model_name_or_path="google/vit-base-patch16-224-in21k",
    decoder_pretrained_model_name_or_path="distilbert/distilgpt2",
)
dual = VisionTextDualEncoderModel.from_vision_text_pretrained("openai/clip-vit-base-patch32", "FacebookAI/roberta-base")
rag = Rag.from_pretrained_question_encoder_generator(
    "facebook/dpr-question_encoder-single-nq-base", generator_pretrained_model_name_or_path="facebook/bart-large")
mine = Summariser.from_encoder_decoder_pretrained(ENCODER, ENCODER)
local = EncoderDecoderModel.from_encoder_decoder_pretrained("./checkpoints/encoder", decoder_path)
