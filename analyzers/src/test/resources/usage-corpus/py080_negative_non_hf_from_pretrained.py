from mylib.vision import ResNetClassifier

clf = ResNetClassifier.from_pretrained("resnet50-imagenet")
