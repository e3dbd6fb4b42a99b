OUTSIDE = ["vit_huge_patch14_224"]
