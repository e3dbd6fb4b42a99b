#!/usr/bin/env python3
"""An OpenAI-compatible chat endpoint that records the requests hfmine sends, or replays answers
written for them. Not part of hfmine: it is how the llm method's held-out figures in the README
("Round 9 of the methods") were measured with answers written by model sessions, which have no
HTTP endpoint of their own.

Usage:
  answer_replay.py record DIR PORT
      answers every request with a placeholder (PTM: no) and writes its user message to
      DIR/prompts/SHA.txt and the system prompt to DIR/system.txt, SHA being the first 16 hex digits
      of the user message's SHA-256. Run the benchmark against it without --store (or with a
      throwaway copy): the placeholders are cached in the store like any answer.
  answer_replay.py replay ANSWERS.csv[,MORE.csv...] PORT
      answers a request whose user message's SHA is a row of one of the files (columns
      prompt_sha, ptm, subthemes, type) with that row's three lines, and any other with HTTP 503
      naming it.

Then, for example:
  bench/run issue-labelling --issues DIR/issues --methods llm --llm-model NAME \\
      --llm-endpoint http://127.0.0.1:PORT
"""
import csv
import hashlib
import json
import os
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PLACEHOLDER = "PTM: no\nSUBTHEMES: none\nTYPE: other"


def prompt_sha(user_message):
    return hashlib.sha256(user_message.encode("utf-8")).hexdigest()[:16]


def read_answers(path):
    answers = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            answers[row["prompt_sha"]] = "PTM: %s\nSUBTHEMES: %s\nTYPE: %s" % (
                row["ptm"], row["subthemes"] or "none", row["type"])
    return answers


def handler(mode, target, answers):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def send(self, code, payload):
            out = json.dumps(payload).encode("utf-8")
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(out)))
            # A fresh connection per request: kept-alive loopback connections answer late.
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(out)

        def do_POST(self):
            request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            messages = request["messages"]
            user = messages[-1]["content"]
            sha = prompt_sha(user)
            if mode == "record":
                # One system prompt per run: written by the first request only.
                system = os.path.join(target, "system.txt")
                if not os.path.exists(system):
                    with open(system, "w", encoding="utf-8") as f:
                        f.write(messages[0]["content"] if len(messages) > 1 else "")
                with open(os.path.join(target, "prompts", sha + ".txt"), "w", encoding="utf-8") as f:
                    f.write(user)
                answer = PLACEHOLDER
            elif sha in answers:
                answer = answers[sha]
            else:
                self.send(503, {"error": {"message": "no answer recorded for prompt " + sha}})
                return
            self.send(200, {"id": sha, "object": "chat.completion", "choices": [
                {"index": 0, "message": {"role": "assistant", "content": answer}, "finish_reason": "stop"}]})

    return Handler


def main(argv):
    if len(argv) != 4 or argv[1] not in ("record", "replay"):
        sys.exit(__doc__)
    mode, target, port = argv[1], argv[2], int(argv[3])
    answers = {}
    if mode == "record":
        os.makedirs(os.path.join(target, "prompts"), exist_ok=True)
    else:
        for path in target.split(","):
            answers.update(read_answers(path))
    ThreadingHTTPServer(("127.0.0.1", port), handler(mode, target, answers)).serve_forever()


if __name__ == "__main__":
    main(sys.argv)
