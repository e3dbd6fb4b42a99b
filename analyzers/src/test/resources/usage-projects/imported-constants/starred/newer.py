DECODER = "acme/newer-decoder"
