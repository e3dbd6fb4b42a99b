from sentence_transformers import SentenceTransformer, models
from sentence_transformers.models import Transformer
from optimum.onnxruntime import ORTModelForQuestionAnswering, ORTQuantizer
from optimum.intel import OVStableDiffusionPipeline
from vllm import LLM
from vllm.engine.arg_utils import AsyncEngineArgs
from langchain_community.embeddings import HuggingFaceEmbeddings, HuggingFaceBgeEmbeddings
from langchain.llms import HuggingFacePipeline
from langchain_huggingface import HuggingFaceEndpoint
from llama_index.llms.huggingface import HuggingFaceLLM
from auto_gptq import AutoGPTQForCausalLM
from huggingface_sb3 import load_from_hub

ENCODER = "acme/encoder-base"

word = models.Transformer(ENCODER, max_seq_length=128)
plain = Transformer("roberta-base")
pooling = models.Pooling(word.get_word_embedding_dimension())
encoder = SentenceTransformer(modules=[word, pooling])
reader = ORTModelForQuestionAnswering.from_pretrained("acme/reader-onnx", export=True)
quantizer = ORTQuantizer.from_pretrained(reader)
painter = OVStableDiffusionPipeline.from_pretrained("acme/painter-ov")
chat = LLM(model="acme/chat-7b", tokenizer="acme/chat-tokenizer")
engine = AsyncEngineArgs(model="acme/chat-7b-awq", quantization="awq")
bare = HuggingFaceEmbeddings(model_name="all-MiniLM-L6-v2")
bge = HuggingFaceBgeEmbeddings(model_name="acme/bge-like")
implicit = HuggingFaceEmbeddings()
local = HuggingFacePipeline.from_model_id(model_id="acme/writer", task="text-generation")
remote = HuggingFaceEndpoint(repo_id="acme/remote-writer")
index_llm = HuggingFaceLLM(model_name="acme/index-llm", tokenizer_name="acme/index-tokenizer")
quantised = AutoGPTQForCausalLM.from_quantized("acme/writer-gptq")
agent = load_from_hub(repo_id="acme/ppo-lander", filename="ppo-lander.zip")
