SMALL_NETS = ["mobilenetv3_small_100"]
