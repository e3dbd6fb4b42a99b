-- usages: the values of loading arguments, and the condition of a load known only at run time

ALTER TABLE usages ADD COLUMN keyword_values VARCHAR[]; -- value of each of keyword_args, in the same order: Python source, or a string resolved from names written in double quotes ("v2"); null for rows extracted before this column existed
ALTER TABLE usages ADD COLUMN condition VARCHAR; -- null when the call loads whenever it runs; else the argument that decides it at run time (pretrained=args.pretrained)
