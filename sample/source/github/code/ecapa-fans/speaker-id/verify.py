import argparse

from speechbrain.inference.speaker import SpeakerRecognition


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("enrol")
    parser.add_argument("test")
    parser.add_argument("--source", default="speechbrain/spkrec-ecapa-voxceleb")
    args = parser.parse_args()
    verification = SpeakerRecognition.from_hparams(source=args.source, savedir="tmp_model")
    score, same = verification.verify_files(args.enrol, args.test)
    print(f"score={float(score):.3f} same_speaker={bool(same)}")


if __name__ == "__main__":
    main()
