import argparse
from sentence_transformers import SentenceTransformer

parser = argparse.ArgumentParser()
parser.add_argument("--encoder")
parser.set_defaults(encoder="all-mpnet-base-v2")
args = parser.parse_args()
model = SentenceTransformer(args.encoder)
