import argparse

from pixelforge.pipelines import load_sd15, load_sdxl


def main():
    parser = argparse.ArgumentParser(description="Generate images from a prompt")
    parser.add_argument("prompt")
    parser.add_argument("--model", choices=["sd15", "sdxl"], default="sd15",
                        help="sd15 = runwayml/stable-diffusion-v1-5, sdxl = stabilityai/stable-diffusion-xl-base-1.0")
    parser.add_argument("--steps", type=int, default=25)
    parser.add_argument("--lcm", action="store_true", help="use the LCM LoRA for 4-step sampling")
    parser.add_argument("--out", default="out.png")
    args = parser.parse_args()
    pipe = load_sdxl() if args.model == "sdxl" else load_sd15(lcm=args.lcm)
    steps = 4 if args.lcm else args.steps
    image = pipe(args.prompt, num_inference_steps=steps, guidance_scale=1.0 if args.lcm else 7.5).images[0]
    image.save(args.out)


if __name__ == "__main__":
    main()
