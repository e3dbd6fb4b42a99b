"""Speaker diarisation: embeds each segment with ECAPA-TDNN and clusters the embeddings."""
import torch
from sklearn.cluster import AgglomerativeClustering
from speechbrain.inference.speaker import EncoderClassifier

_classifier = None


def classifier():
    global _classifier
    if _classifier is None:
        _classifier = EncoderClassifier.from_hparams(
            source="speechbrain/spkrec-ecapa-voxceleb",
            savedir="pretrained_models/spkrec-ecapa-voxceleb",
            run_opts={"device": "cuda" if torch.cuda.is_available() else "cpu"},
        )
    return _classifier


def label_segments(waveforms, n_speakers: int):
    embeddings = [classifier().encode_batch(w).squeeze().cpu().numpy() for w in waveforms]
    return AgglomerativeClustering(n_clusters=n_speakers).fit_predict(embeddings)
