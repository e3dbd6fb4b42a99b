from sentence_transformers import SentenceTransformer, util

model = SentenceTransformer("all-MiniLM-L6-v2")

sentences = ["A man is eating food.", "A man is eating a piece of bread.", "A monkey is playing drums."]
embeddings = model.encode(sentences, convert_to_tensor=True)
scores = util.cos_sim(embeddings, embeddings)
for i in range(len(sentences)):
    for j in range(i + 1, len(sentences)):
        print(f"{sentences[i]} <> {sentences[j]}: {scores[i][j]:.4f}")
