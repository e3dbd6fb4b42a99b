#!/usr/bin/env python3
"""Regenerates config/timm-default-tags.yaml from a timm source tree.

timm registers pretrained weights as "<architecture>.<tag>" keys of the dict given to
generate_default_cfgs(...) in timm/models/*.py, and create_model(name, pretrained=True) loads the
architecture's default tag (from the Hub repository timm/<architecture>.<tag>). The default is
not simply the first tag listed: generate_default_cfgs puts first a tag marked with a trailing
"*" (the first such), else the first tag whose config has weights (a url, a file or a Hub id),
so an architecture whose first tags are "untrained" placeholders defaults to a later tag. The
file is read with Python's ast module, so the dict's layout (a line break after the call's
parenthesis, a dict bound to a name first) does not matter. Names timm renamed are kept by
register_model_deprecations(__name__, {...}): create_model of an old name builds the current
architecture with the tag given there (or its default tag when none is); an old name mapped to
None was removed, and is left out. An architecture none of whose tags has weights (only an
"untrained" placeholder) is listed apart: pretrained=True loads nothing for it.

Usage: pip download timm --no-deps -d /tmp/timm && unzip -q /tmp/timm/timm-*.whl -d /tmp/timm/src
       scripts/timm-default-tags.py /tmp/timm/src > config/timm-default-tags.yaml
"""
import ast
import pathlib
import re
import sys

WEIGHT_FIELDS = ("url", "file", "hf_hub_id")


def text(node):
    """A string constant's value, else None."""
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def has_weights(config):
    """Whether a config expression names weights: a non-empty url, file or Hub id. A config the
    file builds in a way this script cannot read (a name, a splat, a computed value) counts as
    having weights, as most of timm's configs do."""
    if isinstance(config, ast.Dict):
        fields = {text(key): value for key, value in zip(config.keys, config.values) if key is not None}
        if None in fields:
            return True
    elif isinstance(config, ast.Call):
        fields = {keyword.arg: keyword.value for keyword in config.keywords}
        if None in fields:
            return True
        if config.args:
            fields.setdefault("url", config.args[0])
    else:
        return True
    for field in WEIGHT_FIELDS:
        value = fields.get(field)
        if value is not None:
            written = text(value)
            if written is None or written:
                return True
    return False


def default_tags(registry):
    """Each architecture's default tag in one generate_default_cfgs dict, by timm's ordering."""
    ordered = {}
    starred = set()
    weighted = set()
    for key, config in zip(registry.keys, registry.values):
        name = text(key) if key is not None else None
        if name is None:
            continue
        arch, _, tag = name.partition(".")
        weights = has_weights(config)
        first = (weights and not tag) or (tag.endswith("*") and arch not in starred)
        tag = tag.rstrip("*")
        tags = ordered.setdefault(arch, [])
        if first:
            tags.insert(0, tag)
            starred.add(arch)
        elif weights and arch not in weighted:
            tags.insert(0, tag)
        else:
            tags.append(tag)
        if weights:
            weighted.add(arch)
    return {arch: (tags[0], arch in weighted) for arch, tags in ordered.items()}


def registries(tree):
    """The dicts a module hands to generate_default_cfgs, directly or through a module-level name."""
    named = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    named[target.id] = node.value
    for node in ast.walk(tree):
        function = node.func if isinstance(node, ast.Call) else None
        called = function.id if isinstance(function, ast.Name) else getattr(function, "attr", None)
        if called == "generate_default_cfgs" and node.args:
            registry = node.args[0]
            registry = named.get(registry.id) if isinstance(registry, ast.Name) else registry
            if isinstance(registry, ast.Dict):
                yield registry


def deprecations(tree):
    """Old name to current <architecture>[.<tag>] of register_model_deprecations(__name__, {...})."""
    for node in ast.walk(tree):
        function = node.func if isinstance(node, ast.Call) else None
        called = function.id if isinstance(function, ast.Name) else getattr(function, "attr", None)
        if called == "register_model_deprecations" and len(node.args) > 1 and isinstance(node.args[1], ast.Dict):
            for old, current in zip(node.args[1].keys, node.args[1].values):
                if text(old) and text(current):
                    yield text(old), text(current)


root = pathlib.Path(sys.argv[1])
version = "unknown"
version_file = root / "timm" / "version.py"
if version_file.exists():
    match = re.search(r"__version__\s*=\s*['\"]([^'\"]+)", version_file.read_text())
    version = match.group(1) if match else version

defaults = {}
untrained = set()
deprecated = {}
for source in sorted((root / "timm" / "models").glob("*.py")):
    tree = ast.parse(source.read_text(encoding="utf-8"))
    for registry in registries(tree):
        for arch, (tag, weights) in default_tags(registry).items():
            if not weights:
                # Only placeholders ("untrained"): pretrained=True loads nothing, timm warns and
                # initialises at random.
                untrained.add(arch)
            elif tag:
                # A tag-less default is weights from a URL, not a timm/<arch>.<tag> Hub repository.
                defaults.setdefault(arch, tag)
    for old, current in deprecations(tree):
        deprecated.setdefault(old, current)
untrained -= set(defaults)

print("# timm's default pretrained tag per architecture: create_model(\"<arch>\", pretrained=True)")
print("# loads the Hub model timm/<arch>.<tag>. Generated by scripts/timm-default-tags.py from")
print(f"# timm {version}'s generate_default_cfgs registries (a starred tag, else the first tag with weights).")
print("# Refresh: see the script's docstring. Architectures whose weights are not on the Hub map to ids the")
print("# catalog does not know, and then get no canonical id when a catalog is loaded.")
print("default-tags:")
for arch in sorted(defaults):
    print(f"  {arch}: {defaults[arch]}")
print("# Old names create_model still accepts, each with the current <architecture>[.<tag>] it builds")
print("# (register_model_deprecations); without a tag the architecture's default tag above applies.")
print("deprecated-names:")
for old in sorted(deprecated):
    print(f"  {old}: {deprecated[old]}")
print("# Architectures timm registers with no weights at all (each tag a placeholder such as")
print("# \"untrained\"): create_model(\"<arch>\", pretrained=True) downloads nothing, so it is no Hub usage.")
print("untrained:")
for arch in sorted(untrained):
    print(f"  - {arch}")
