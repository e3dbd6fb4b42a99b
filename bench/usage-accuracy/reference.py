#!/usr/bin/env python3
"""Independent reference for hfmine's usage-accuracy benchmark. Not part of the product.

Written apart from hfmine's extractor, on CPython's own `ast`, to check it on real code:
for every call of a file it gives the callee as imported (`transformers.pipeline`,
`spacy.load`) and every string that static analysis can see reaching any of its arguments (but
the keywords naming a folder, file or revision inside a repository, NOT_A_REPOSITORY).
It is deliberately permissive (a superset): a name bound to several strings gives all of them,
a loop over a literal list gives each element (a tuple target `for name, path in ...` each name
any element's member at its place; `name, path = VALUE` each name the member at its place of any
literal tuple VALUE may be, a table's entries too), a subscript of a literal dict or list
(a table of tables too) gives every member whatever the key, both branches of `a if c else b` count, and a
function's parameter holds what every call of that name in the file passes it (and, for a
click command, its @click.option's default and click.Choice list), and a name (or `a.b`) read in
the body of an `if` whose test compares it with strings (`x == "a"`, `x in ("a", "b")`) may
hold those strings too; a package's own `load()` (`import en_core_web_sm` then
`en_core_web_sm.load()`) has the package's name; a method called on a name that holds
an imported class (`model_class.from_pretrained`) counts as that class's, for every import in
any value bound to the name. The
benchmark uses it two ways: an id PeaTMOSS found is "statically knowable" when it reaches a
call of the same API here; an id hfmine resolved is "confirmed" when it reaches a call of the
same library on the same line here.

Only `self.x` and `cls.x` in a method are scoped, as Python's attribute lookup would find them:
for the method's class and each subclass of it in the file, the first class of its resolution
order (the file's classes) that binds `x` in its body or as `self.x = ...` / `cls.x = ...` in its
methods; another class's `x` is never the object's. Other `a.x` take every class's `x` in the file.

Input: file paths on stdin, one a line. Output: one JSON object a line:
  {"file": PATH, "parsed": true|false,
   "calls": [{"line": N, "callee": "a.b", "values": [...], "pretrained": "true|false|absent|unknown"}],
   "strings": [...every string constant of the file that is not a docstring...]}
"""
import ast
import itertools
import json
import sys

LIMIT = 64  # most values kept for one expression, so products of f-string parts stay small (which ones
#            follows set order: the benchmark runs this with PYTHONHASHSEED=0, so every run keeps the same)
CALL_SITES = 32  # most calls of one function whose arguments a parameter takes
# Keywords of the Hub libraries' loaders whose strings name a folder, file, revision or setting
# inside or beside a repository, never the repository: `subfolder="step-2/unet"` is Hub-shaped
# but loads nothing of its own; nor is TF's `load_weight_prefix="a/b"` (a scope for the weights' names).
NOT_A_REPOSITORY = {'subfolder', 'cache_dir', 'cache_folder', 'revision', 'local_dir', 'filename',
                    'data_dir', 'data_files', 'split', 'variant', 'weight_name', 'token',
                    'use_auth_token', 'device', 'device_map', 'torch_dtype', 'output_dir',
                    'load_weight_prefix'}


class File:
    def __init__(self, tree):
        self.tree = tree
        self.parent = {}
        for node in ast.walk(tree):
            for child in ast.iter_child_nodes(node):
                self.parent[child] = node
        self.imports = {}
        self.star = []
        self.argparse = {}
        self.scopes = {}
        self.memo = {}
        self.calls_by_name = None
        self.attributes = {}
        self.classes = []
        self.class_tables = {}
        self.class_names = None
        self.class_bases = {}
        self.lookup_orders = {}
        # The class whose object `self` is while a binding reached through `self.x` is worked out.
        self.runtime = None
        # An import inside a function binds its names in that function (and those nested in it)
        # only, as Python scopes it; the rest count for the whole file.
        self.function_imports = {}
        self.class_values = None
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                owner = self.enclosing_function(node)
                table = self.imports if owner is None else self.function_imports.setdefault(owner, {})
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname:
                        table[alias.asname] = alias.name
                    else:
                        head = alias.name.split('.')[0]
                        table[head] = head
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                for alias in node.names:
                    if alias.name == '*':
                        self.star.append(node.module)
                    else:
                        table[alias.asname or alias.name] = node.module + '.' + alias.name
            elif isinstance(node, ast.ClassDef):
                self.classes.append(node)
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                if node.func.attr == 'add_argument':
                    self.add_argument(node)
                elif node.func.attr == 'set_defaults':
                    for keyword in node.keywords:
                        if keyword.arg:
                            self.argparse.setdefault(keyword.arg, []).append(keyword.value)

    def add_argument(self, call):
        names = [a.value for a in call.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        dest = None
        for name in names:
            if name.startswith('--'):
                dest = name[2:].replace('-', '_')
                break
        if dest is None:
            for name in names:
                if not name.startswith('-'):
                    dest = name
                elif dest is None:
                    dest = name.lstrip('-').replace('-', '_')
        for keyword in call.keywords:
            if keyword.arg == 'dest' and isinstance(keyword.value, ast.Constant):
                dest = keyword.value.value
        for keyword in call.keywords:
            if keyword.arg in ('default', 'const') and dest:
                self.argparse.setdefault(dest, []).append(keyword.value)
            if keyword.arg == 'choices' and dest:
                self.argparse.setdefault(dest, []).append(('elements', keyword.value))

    # ------------------------------------------------------------------ scopes
    def enclosing_function(self, node):
        """The innermost function around a node, unless a class body comes first."""
        current = self.parent.get(node)
        while current is not None:
            if isinstance(current, (ast.FunctionDef, ast.AsyncFunctionDef)):
                return current
            if isinstance(current, ast.ClassDef):
                return None
            current = self.parent.get(current)
        return None

    def imported(self, head, node):
        """What `head` is imported as at `node`: the functions around it first, then the file."""
        current = self.parent.get(node)
        while current is not None:
            table = self.function_imports.get(current)
            if table is not None and head in table:
                return table[head]
            current = self.parent.get(current)
        return self.imports.get(head)

    def scope_of(self, node):
        current = self.parent.get(node)
        while current is not None and not isinstance(current, (ast.FunctionDef, ast.AsyncFunctionDef,
                                                                ast.ClassDef, ast.Lambda, ast.Module)):
            current = self.parent.get(current)
        return current

    def bindings(self, scope):
        if scope in self.scopes:
            return self.scopes[scope]
        table = {}

        def bind(target, value):
            if isinstance(target, ast.Name):
                table.setdefault(target.id, []).append(value)
            elif isinstance(target, (ast.Tuple, ast.List)):
                if value is not None and flat_names(target):
                    # a, b = TABLE[key] (or = "x", "y"): each name any literal tuple's member at its place
                    for place, element in enumerate(target.elts):
                        table.setdefault(element.id, []).append(('member', value, place))
                else:
                    for element in target.elts:
                        bind(element, None)

        if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            arguments = scope.args
            positional = arguments.posonlyargs + arguments.args
            for argument, default in zip(positional[len(positional) - len(arguments.defaults):], arguments.defaults):
                table.setdefault(argument.arg, []).append(default)
            for argument, default in zip(arguments.kwonlyargs, arguments.kw_defaults):
                if default is not None:
                    table.setdefault(argument.arg, []).append(default)
            if not isinstance(scope, ast.Lambda):
                for parameter, passed in self.call_site_arguments(scope):
                    table.setdefault(parameter, []).append(passed)
                for parameter, given in self.click_options(scope):
                    table.setdefault(parameter, []).append(given)
        body = scope.body if isinstance(scope.body, list) else [scope.body]
        stack = list(body)
        while stack:
            node = stack.pop()
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                table.setdefault(node.name, []).append(None)
                continue
            if isinstance(node, ast.Lambda) or isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp,
                                                                  ast.GeneratorExp)):
                continue
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    bind(target, node.value)
            elif isinstance(node, (ast.AnnAssign, ast.AugAssign)) and node.value is not None:
                bind(node.target, node.value if isinstance(node, ast.AnnAssign) else None)
            elif isinstance(node, ast.NamedExpr):
                bind(node.target, node.value)
            elif isinstance(node, (ast.For, ast.AsyncFor)):
                if isinstance(node.target, ast.Name):
                    table.setdefault(node.target.id, []).append(('elements', node.iter))
                elif flat_names(node.target):
                    # for name, path in [(a, b), ...]: each name any element's member at its place
                    for place, element in enumerate(node.target.elts):
                        table.setdefault(element.id, []).append(('place', node.iter, place))
                else:
                    bind(node.target, None)
            stack.extend(ast.iter_child_nodes(node))
        self.scopes[scope] = table
        return table

    def click_options(self, function):
        """A click command's parameters: the default (and the Choice list) of each @click.option/argument."""
        out = []
        for decorator in function.decorator_list:
            if not isinstance(decorator, ast.Call):
                continue
            head, _, rest = (dotted(decorator.func) or '').partition('.')
            target = self.imported(head, decorator) if head else None
            qualified = target + ('.' + rest if rest else '') if target else ''
            if qualified not in ('click.option', 'click.argument', 'click.decorators.option', 'click.decorators.argument'):
                continue
            # click names the parameter by an undashed declaration, else the first long option, else the first short one
            declared = [a.value.split('/')[0].strip() for a in decorator.args
                        if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            chosen = ([d for d in declared if not d.startswith('-')] + [d[2:] for d in declared if d.startswith('--')]
                      + [d[1:] for d in declared if d.startswith('-') and not d.startswith('--')])
            if not chosen:
                continue
            parameter = chosen[0].replace('-', '_').lower()
            for keyword in decorator.keywords:
                if keyword.arg == 'default':
                    out.append((parameter, keyword.value))
                elif (keyword.arg == 'type' and isinstance(keyword.value, ast.Call) and keyword.value.args
                      and (dotted(keyword.value.func) or '').endswith('Choice')):
                    out.append((parameter, ('elements', keyword.value.args[0])))
        return out

    # ------------------------------------------------------------------ evaluation
    def values(self, node, depth=0):
        # What an expression may hold depends on the expression and the depth left only, so it is
        # worked out once per pair: a name rebound many times (`x = x + ...`) would otherwise be
        # walked once per path through its bindings, exponentially.
        key = (id(node[1]), node[0], node[2:], depth, self.runtime) if isinstance(node, tuple) \
            else (id(node), None, (), depth, self.runtime)
        if key not in self.memo:
            self.memo[key] = self.evaluate(node, depth)
        return self.memo[key]

    def evaluate(self, node, depth):
        if depth > 12 or node is None:
            return set()
        if isinstance(node, tuple):
            if node[0] == 'place':
                return self.members_at(node[1], node[2], depth + 1)
            if node[0] == 'member':
                out = set()
                for container in self.containers(node[1], depth + 1):
                    if isinstance(container, (ast.List, ast.Tuple)) and node[2] < len(container.elts):
                        out |= self.values(container.elts[node[2]], depth + 1)
                return limit(out)
            return self.elements(node[1], depth + 1)
        if isinstance(node, ast.Constant):
            return {node.value} if isinstance(node.value, str) else set()
        if isinstance(node, ast.Name):
            return limit(self.name(node, node.id, depth) | self.pinned(node))
        if isinstance(node, ast.Attribute):
            return limit(self.attribute(node, depth) | self.pinned(node))
        if isinstance(node, ast.Subscript):
            container = node.value
            out = set()
            for found in self.containers(container, depth + 1):
                if isinstance(found, ast.Dict):
                    for value in found.values:
                        out |= self.values(value, depth + 1)
                elif isinstance(found, (ast.List, ast.Tuple)):
                    for value in found.elts:
                        out |= self.values(value, depth + 1)
            return limit(out)
        if isinstance(node, ast.JoinedStr):
            parts = []
            for part in node.values:
                if isinstance(part, ast.Constant):
                    parts.append({part.value})
                else:
                    found = self.values(part.value, depth + 1)
                    if not found:
                        return set()
                    parts.append(found)
            return limit({''.join(p) for p in itertools.islice(itertools.product(*parts), LIMIT)})
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = self.values(node.left, depth + 1), self.values(node.right, depth + 1)
            return limit({a + b for a in left for b in right})
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
            out = set()
            arguments = node.right.elts if isinstance(node.right, ast.Tuple) else [node.right]
            choices = [self.values(a, depth + 1) for a in arguments]
            for template in self.values(node.left, depth + 1):
                for combination in itertools.islice(itertools.product(*choices), LIMIT):
                    try:
                        out.add(template % combination)
                    except (TypeError, ValueError):
                        pass
            return limit(out)
        if isinstance(node, ast.IfExp):
            return self.values(node.body, depth + 1) | self.values(node.orelse, depth + 1)
        if isinstance(node, ast.BoolOp):
            out = set()
            for value in node.values:
                out |= self.values(value, depth + 1)
            return out
        if isinstance(node, ast.NamedExpr):
            return self.values(node.value, depth + 1)
        if isinstance(node, ast.Call):
            return self.call(node, depth)
        return set()

    def call(self, node, depth):
        func = node.func
        name = dotted(func) or ''
        if name.endswith('getenv') or name.endswith('environ.get') or name.endswith('.get'):
            if len(node.args) > 1:
                return self.values(node.args[1], depth + 1)
            for keyword in node.keywords:
                if keyword.arg == 'default':
                    return self.values(keyword.value, depth + 1)
            return set()
        if name in ('str', 'field', 'dataclasses.field') or name.endswith('.strip') or name.endswith('.lower'):
            out = set()
            target = func.value if isinstance(func, ast.Attribute) and name.endswith(('.strip', '.lower')) else None
            if target is not None:
                return self.values(target, depth + 1)
            for argument in node.args:
                out |= self.values(argument, depth + 1)
            for keyword in node.keywords:
                if keyword.arg == 'default':
                    out |= self.values(keyword.value, depth + 1)
            return out
        if isinstance(func, ast.Attribute) and func.attr == 'format':
            out = set()
            positional = [self.values(a, depth + 1) for a in node.args]
            named = {k.arg: self.values(k.value, depth + 1) for k in node.keywords if k.arg}
            for template in self.values(func.value, depth + 1):
                keys = list(named)
                for combination in itertools.islice(itertools.product(*positional), LIMIT):
                    for chosen in itertools.islice(itertools.product(*[named[k] for k in keys]), LIMIT):
                        try:
                            out.add(template.format(*combination, **dict(zip(keys, chosen))))
                        except (IndexError, KeyError, ValueError):
                            pass
            return limit(out)
        if isinstance(func, ast.Attribute) and func.attr == 'join':
            out = set()
            for argument in node.args:
                for separator in self.values(func.value, depth + 1):
                    if isinstance(argument, (ast.List, ast.Tuple)):
                        parts = [self.values(e, depth + 1) for e in argument.elts]
                        out |= {separator.join(p) for p in itertools.islice(itertools.product(*parts), LIMIT)}
            return limit(out)
        return set()

    def elements(self, node, depth):
        out = set()
        for container in self.containers(node, depth):
            if isinstance(container, (ast.List, ast.Tuple, ast.Set)):
                for element in container.elts:
                    out |= self.values(element, depth + 1)
            elif isinstance(container, ast.Dict):
                for key in container.keys:
                    out |= self.values(key, depth + 1)
        return limit(out)

    def members_at(self, node, place, depth):
        """What a loop's tuple target takes at `place`: that member of every element of the literals
        it walks that is itself a literal tuple or list long enough (a dict's items: key or value)."""
        out = set()
        for container in self.containers(node, depth):
            if isinstance(container, ast.Dict):
                members = container.keys if place == 0 else container.values if place == 1 else []
                for member in members:
                    out |= self.values(member, depth + 1)
                continue
            for element in getattr(container, 'elts', []):
                for inner in self.containers(element, depth + 1):
                    if isinstance(inner, (ast.List, ast.Tuple)) and place < len(inner.elts):
                        out |= self.values(inner.elts[place], depth + 1)
        return limit(out)

    def containers(self, node, depth):
        """The list, tuple, set or dict literals an expression may be, each once; worked out once
        per expression and depth, as values are, since a table of tables multiplies the ways."""
        key = ('containers', id(node), depth, self.runtime)
        if key not in self.memo:
            self.memo[key] = list({id(found): found for found in self.find_containers(node, depth)}.values())
        return self.memo[key]

    def find_containers(self, node, depth):
        if depth > 12:
            return []
        if isinstance(node, (ast.List, ast.Tuple, ast.Set, ast.Dict)):
            return [node]
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp)):
            # walking a comprehension gives its element expression, which takes each value its own
            # generators walk (any `if` filter ignored: a string it may let through counts)
            key = ('comprehension', id(node))
            if key not in self.memo:
                self.memo[key] = ast.List(elts=[node.elt], ctx=ast.Load())
            return [self.memo[key]]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ('items', 'keys',
                                                                                                     'values'):
            return self.containers(node.func.value, depth + 1)
        if isinstance(node, ast.Call) and dotted(node.func) in ('enumerate', 'list', 'tuple', 'sorted', 'set'):
            return self.containers(node.args[0], depth + 1) if node.args else []
        if isinstance(node, ast.Name):
            out = []
            for value in self.lookup(node, node.id):
                if value is not None and not isinstance(value, tuple):
                    out.extend(self.containers(value, depth + 1))
            return out
        if isinstance(node, ast.Attribute):
            out = []
            for value in self.attribute_nodes(node):
                if value is not None and not isinstance(value, tuple):
                    out.extend(self.containers(value, depth + 1))
            return out
        if isinstance(node, ast.IfExp):
            return self.containers(node.body, depth + 1) + self.containers(node.orelse, depth + 1)
        if isinstance(node, ast.Subscript):
            # a table of tables, MODELS[kind]["checkpoint"]: any member, whatever the key
            out = []
            for found in self.containers(node.value, depth + 1):
                members = found.values if isinstance(found, ast.Dict) else getattr(found, 'elts', [])
                for member in members:
                    out.extend(self.containers(member, depth + 1))
            return out
        return []

    def lookup(self, at, name):
        """Every value bound to `name` in the innermost scope (seen from `at`) that binds it."""
        for generator in self.comprehension_generators(at):
            if isinstance(generator.target, ast.Name) and generator.target.id == name:
                return [('elements', generator.iter)]
            if flat_names(generator.target):
                places = [place for place, element in enumerate(generator.target.elts) if element.id == name]
                if places:
                    return [('place', generator.iter, places[0])]
        scope = self.scope_of(at)
        first = True
        while scope is not None:
            if first or not isinstance(scope, ast.ClassDef):
                table = self.bindings(scope)
                if name in table:
                    return table[name]
            first = False
            scope = self.scope_of(scope)
        return []

    def call_site_arguments(self, function):
        """(parameter, expression) for what the calls of `function` in this file pass it: calls by
        its bare name, or as `self.name(...)` / `cls.name(...)` (the receiver then taking the first
        parameter of a method), and for `__init__` the calls of its class. Permissive, like the
        rest: any call spelled so counts, whatever scope it is in. At most CALL_SITES calls."""
        if self.calls_by_name is None:
            self.calls_by_name = {}
            for node in ast.walk(self.tree):
                if isinstance(node, ast.Call):
                    func = node.func
                    if isinstance(func, ast.Name):
                        self.calls_by_name.setdefault(func.id, []).append(node)
                    elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
                            and func.value.id in ('self', 'cls'):
                        self.calls_by_name.setdefault(func.attr, []).append(node)
        owner = self.parent.get(function)
        method = isinstance(owner, ast.ClassDef) and not any(
            dotted(d) == 'staticmethod' for d in function.decorator_list)
        name = owner.name if method and function.name == '__init__' else function.name
        positional = [a.arg for a in function.args.posonlyargs + function.args.args]
        keywords = set(positional) | {a.arg for a in function.args.kwonlyargs}
        out = []
        for call in self.calls_by_name.get(name, [])[:CALL_SITES]:
            skip = 1 if method and (function.name == '__init__' or isinstance(call.func, ast.Attribute)) else 0
            for index, passed in enumerate(call.args):
                if isinstance(passed, ast.Starred):
                    break
                if index + skip < len(positional):
                    out.append((positional[index + skip], passed))
            for keyword in call.keywords:
                if keyword.arg in keywords:
                    out.append((keyword.arg, keyword.value))
        return out

    def comprehension_generators(self, at):
        current = self.parent.get(at)
        while current is not None and not isinstance(current, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Module)):
            if isinstance(current, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
                yield from current.generators
            current = self.parent.get(current)

    def pinned(self, node):
        """The strings the test of an `if` (or `elif`) whose body holds `node` compares the same name
        with (`x == "a"`, `"a" == x`, `x in ("a", "b")`, anywhere in the test): there the name may
        hold them. Permissive: every comparison of every such test around it, in its scope."""
        text = ast.unparse(node)
        out = set()
        child, current = node, self.parent.get(node)
        while current is not None and not isinstance(current, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef,
                                                                ast.Lambda, ast.Module, ast.ListComp, ast.SetComp,
                                                                ast.DictComp, ast.GeneratorExp)):
            if isinstance(current, ast.If) and child in current.body:
                for compare in ast.walk(current.test):
                    if not isinstance(compare, ast.Compare) or len(compare.ops) != 1:
                        continue
                    left, right = compare.left, compare.comparators[0]
                    if isinstance(compare.ops[0], ast.Eq):
                        for mine, other in ((left, right), (right, left)):
                            if ast.unparse(mine) == text and isinstance(other, ast.Constant) \
                                    and isinstance(other.value, str):
                                out.add(other.value)
                    elif isinstance(compare.ops[0], ast.In) and ast.unparse(left) == text \
                            and isinstance(right, (ast.Tuple, ast.List, ast.Set)):
                        out |= {e.value for e in right.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)}
            child, current = current, self.parent.get(current)
        return out

    def name(self, at, name, depth):
        out = set()
        for value in self.lookup(at, name):
            out |= self.values(value, depth + 1)
        return limit(out)

    def attribute_nodes(self, node):
        """Values of `x.attr`. `self.attr` / `cls.attr` in a method: what Python's lookup finds for
        the objects `self` may be there (below); any other `x.attr`, or a `self.attr` that no class
        of the file in that lookup binds: class attributes and `self.attr = ...` of every class of
        the file, argparse and dataclass defaults."""
        attr = node.attr
        owner = self.method_class(node)
        if owner is not None:
            key = (owner, attr)
            if key not in self.attributes:
                self.attributes[key] = self.instance_values(owner, attr)
            if self.attributes[key] is not None:
                return self.attributes[key]
        if attr not in self.attributes:
            self.attributes[attr] = self.attribute_values(attr)
        return self.attributes[attr]

    # ------------------------------------------------------------------ self.x by class
    def method_class(self, node):
        """The class whose instance (or, in a classmethod, the class itself) `self` / `cls` is at
        `node`: the class around the innermost method around it, a function nested in a method
        seeing the method's `self`. None for another receiver, or outside any method."""
        if not isinstance(node.value, ast.Name) or node.value.id not in ('self', 'cls'):
            return None
        current = self.parent.get(node)
        inside_function = False
        while current is not None:
            if isinstance(current, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                inside_function = True
            elif isinstance(current, ast.ClassDef):
                return current if inside_function else None
            current = self.parent.get(current)
        return None

    def instance_values(self, owner, attr):
        """What `self.attr` may hold in a method of `owner`, as Python's attribute lookup finds
        it: `self` is an instance of `owner` or of any subclass of it in this file, and for each
        such class the first class of its method resolution order (this file's classes only) that
        binds `attr`, in its body or as `self.attr = ...` / `cls.attr = ...` in its methods, gives
        the values. None when no class of those orders binds it (the value then comes from
        outside this file's classes)."""
        found = []
        bound = False
        for order in self.runtime_orders(owner):
            for candidate in order:
                values = self.class_bindings(candidate).get(attr)
                if values is not None:
                    found.extend(values)
                    bound = True
                    break
        return found if bound else None

    def instance_strings(self, owner, attr, depth):
        """The strings `self.attr` may be in a method of `owner`, one class of object at a time:
        what a binding reads through `self` / `cls` is that same object's, so
        `f"acme/translate-{cls.src}-{cls.tgt}"` gives each subclass's own pair, never one class's `src`
        with another's `tgt`. Inside a binding being worked out for one class, `self` in a method
        of a class of its resolution order stays that class, and an attribute no class of that
        order binds is none of the file's strings (an abstract base's `cls.src`, set only by its
        subclasses, is not one of theirs when the base itself is the class). Otherwise None as
        `instance_values`."""
        if self.runtime is not None and owner in self.mro(self.runtime):
            orders = [(self.runtime, self.mro(self.runtime))]
            fixed = True
        else:
            fixed = False
            orders = list(zip([owner] + self.subclasses(owner), self.runtime_orders(owner)))
        out = set()
        bound = False
        for runtime, order in orders:
            for candidate in order:
                values = self.class_bindings(candidate).get(attr)
                if values is not None:
                    bound = True
                    outer, self.runtime = self.runtime, runtime
                    for value in values:
                        out |= self.values(value, depth + 1)
                    self.runtime = outer
                    break
        return limit(out) if bound or fixed else None

    def runtime_orders(self, owner):
        if owner not in self.lookup_orders:
            self.lookup_orders[owner] = [self.mro(runtime) for runtime in [owner] + self.subclasses(owner)]
        return self.lookup_orders[owner]

    def class_bindings(self, cls):
        """name -> values a class binds itself: its body's assignments, the functions and classes
        defined there (bound, to no string), and what its methods (and functions nested in them,
        not nested classes) assign to `self.name` or `cls.name`."""
        if cls in self.class_tables:
            return self.class_tables[cls]
        table = {}
        for statement in cls.body:
            if isinstance(statement, ast.Assign):
                for target in statement.targets:
                    if isinstance(target, ast.Name):
                        table.setdefault(target.id, []).append(statement.value)
                    elif flat_names(target):
                        # tokenizer_cls, tokenizer_id = AutoTokenizer, "a/b": each its member
                        for place, element in enumerate(target.elts):
                            table.setdefault(element.id, []).append(('member', statement.value, place))
            elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name) \
                    and statement.value is not None:
                table.setdefault(statement.target.id, []).append(statement.value)
            elif isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                table.setdefault(statement.name, []).append(None)
        stack = [s for s in cls.body if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef))]
        while stack:
            node = stack.pop()
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) \
                            and target.value.id in ('self', 'cls'):
                        table.setdefault(target.attr, []).append(node.value)
            stack.extend(child for child in ast.iter_child_nodes(node) if not isinstance(child, ast.ClassDef))
        self.class_tables[cls] = table
        return table

    def bases(self, cls):
        """The classes of this file a class names as its bases, in order (a base named by a
        class defined more than once gives each definition; a class never its own base, as in
        `class Config(Config)` over an imported one)."""
        if cls not in self.class_bases:
            out = []
            for base in cls.bases:
                if isinstance(base, ast.Name):
                    out.extend(c for c in self.classes_by_name().get(base.id, []) if c is not cls and c not in out)
            self.class_bases[cls] = out
        return self.class_bases[cls]

    def classes_by_name(self):
        if self.class_names is None:
            self.class_names = {}
            for cls in self.classes:
                self.class_names.setdefault(cls.name, []).append(cls)
        return self.class_names

    def mro(self, cls, seen=()):
        """Python's C3 method resolution order over this file's classes; when the bases admit
        none (Python would refuse the class), depth first and left to right."""
        if cls in seen:
            return []
        seen = seen + (cls,)
        sequences = [self.mro(base, seen) for base in self.bases(cls)] + [self.bases(cls)]
        order = [cls]
        sequences = [list(s) for s in sequences if s]
        while sequences:
            for sequence in sequences:
                head = sequence[0]
                if not any(head in other[1:] for other in sequences):
                    break
            else:
                for base in self.bases(cls):
                    for later in self.mro(base, seen):
                        if later not in order:
                            order.append(later)
                return order
            order.append(head)
            sequences = [[c for c in s if c is not head] for s in sequences]
            sequences = [s for s in sequences if s]
        return order

    def subclasses(self, cls):
        """Every class of this file that has `cls` in its bases, directly or further down."""
        out = []
        stack = [cls]
        while stack:
            current = stack.pop()
            for other in self.classes:
                if other is not cls and other not in out and current in self.bases(other):
                    out.append(other)
                    stack.append(other)
        return out

    def attribute_values(self, attr):
        found = list(self.argparse.get(attr, []))
        for cls in self.classes:
            for statement in cls.body:
                if isinstance(statement, ast.Assign):
                    for target in statement.targets:
                        if isinstance(target, ast.Name) and target.id == attr:
                            found.append(statement.value)
                elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name) \
                        and statement.target.id == attr and statement.value is not None:
                    found.append(statement.value)
            for child in ast.walk(cls):
                if isinstance(child, ast.Assign):
                    for target in child.targets:
                        if isinstance(target, ast.Attribute) and target.attr == attr \
                                and isinstance(target.value, ast.Name) and target.value.id == 'self':
                            found.append(child.value)
        return found

    def attribute(self, node, depth):
        owner = self.method_class(node)
        if owner is not None:
            found = self.instance_strings(owner, node.attr, depth)
            if found is not None:
                return found
        out = set()
        for value in self.attribute_nodes(node):
            out |= self.values(value, depth + 1)
        return limit(out)

    def booleans(self, node, depth=0):
        """The truth values a flag expression may have; an empty set when unknown."""
        if depth > 12 or node is None or isinstance(node, tuple):
            return set()
        if isinstance(node, ast.Constant):
            return {bool(node.value)}
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            inner = self.booleans(node.operand, depth + 1)
            return {not v for v in inner}
        values = []
        if isinstance(node, ast.Name):
            values = self.lookup(node, node.id)
        elif isinstance(node, ast.Attribute):
            values = self.attribute_nodes(node)
        out = set()
        for value in values:
            found = self.booleans(value, depth + 1)
            if not found:
                return set()
            out |= found
        return out

    def pretrained(self, call):
        node = None
        for keyword in call.keywords:
            if keyword.arg == 'pretrained':
                node = keyword.value
        if node is None and len(call.args) > 1:
            node = call.args[1]
        if node is None:
            return 'unknown' if any(k.arg is None for k in call.keywords) else 'absent'
        found = self.booleans(node)
        return 'true' if found == {True} else 'false' if found == {False} else 'unknown'

    def class_callees(self, func):
        """A call of a method on a name (or `self.x` / `cls.x`, or a lookup in either, or a
        conditional expression) that is no import, such as
        `model_class.from_pretrained(...)`: for every imported name inside any value the file binds
        to that name (an assignment anywhere, a loop's iterable, a tuple unpacked whole, and the
        table a subscript reads), that import's callee. Permissive, like the rest: it does not ask
        which binding reaches the call or which key a table is read with."""
        if not isinstance(func, ast.Attribute):
            return []
        holder = func.value
        while isinstance(holder, ast.Subscript):
            # `TABLE[key]["model"].from_pretrained(...)`: whatever the table holds, at any key
            holder = holder.value
        if isinstance(holder, ast.IfExp):
            # `(AutoModel if c else OtherModel).from_pretrained(...)`: every imported name in it
            callees = []
            self.add_imported_callees(ast.walk(holder), func, callees)
            return callees[:LIMIT]
        if isinstance(holder, ast.Name):
            name = holder.id
        elif (isinstance(holder, ast.Attribute) and isinstance(holder.value, ast.Name)
              and holder.value.id in ('self', 'cls')):
            name = holder.attr
        else:
            return []
        if self.class_values is None:
            self.class_values = {}
            for node in ast.walk(self.tree):
                if isinstance(node, ast.Assign):
                    for target in node.targets:
                        for bound in assigned_names(target):
                            self.class_values.setdefault(bound, []).append(node.value)
                elif isinstance(node, (ast.For, ast.AsyncFor)):
                    for bound in assigned_names(node.target):
                        self.class_values.setdefault(bound, []).append(node.iter)
        callees = []
        for value in self.class_values.get(name, []):
            tables = [value]
            table_name = value.value if isinstance(value, ast.Subscript) else value
            if isinstance(table_name, ast.Name):
                # the table a subscript reads or a loop walks, bound to a name of its own
                tables += self.class_values.get(table_name.id, [])
            elif (isinstance(table_name, ast.Attribute) and isinstance(table_name.value, ast.Name)
                  and table_name.value.id in ('self', 'cls')):
                # or to a class attribute read through self (self.all_model_classes)
                tables += self.class_values.get(table_name.attr, [])
            for table in tables:
                self.add_imported_callees(walk_but_tests(table), func, callees)
        return callees[:LIMIT]

    def add_imported_callees(self, nodes, func, callees):
        """Adds to `callees`, once each, the method `func` names on every imported name among `nodes`."""
        for node in nodes:
            if isinstance(node, ast.Name):
                target = self.imported(node.id, func)
                if target is not None and target + '.' + func.attr not in callees:
                    callees.append(target + '.' + func.attr)

    def imports_head(self, func):
        """Whether an import (not a star import's guess) binds the first name of a callee."""
        name = dotted(func)
        return name is not None and self.imported(name.partition('.')[0], func) is not None

    def callee(self, func):
        name = dotted(func)
        if name is None:
            return None
        head, _, rest = name.partition('.')
        target = self.imported(head, func)
        if target is not None:
            return target + ('.' + rest if rest else '')
        for module in self.star:
            return module + '.' + name
        return None


def assigned_names(target):
    """The names an assignment target binds: a name, each name of a tuple or list, an attribute's name."""
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, ast.Attribute):
        return [target.attr]
    if isinstance(target, (ast.Tuple, ast.List)):
        return [name for element in target.elts for name in assigned_names(element)]
    if isinstance(target, ast.Starred):
        return assigned_names(target.value)
    return []


def flat_names(target):
    """Whether a loop target is a tuple or list of plain names (`for name, path in ...`)."""
    return isinstance(target, (ast.Tuple, ast.List)) and target.elts and all(
        isinstance(element, ast.Name) for element in target.elts)


def dotted(node):
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return '.'.join(reversed(parts))
    if isinstance(node, ast.Call):
        inner = dotted(node.func)
        return inner + '().' + '.'.join(reversed(parts)) if inner and parts else None
    return None


def limit(values):
    return set(itertools.islice(values, LIMIT)) if len(values) > LIMIT else values


def docstrings(tree):
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                out.add(id(first.value))
    return out


def analyse(path):
    with open(path, 'rb') as handle:
        source = handle.read()
    partial = False
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        tree = parse_parts(source)
        if tree is None:
            return {'file': path, 'parsed': False, 'calls': [], 'strings': []}
        partial = True
    file = File(tree)
    skip = docstrings(tree)
    strings = sorted({n.value for n in ast.walk(tree)
                      if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in skip
                      and len(n.value) < 300})
    calls = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            callee = file.callee(node.func)
            callees = [callee] if callee is not None else []
            if callee is None or not file.imports_head(node.func):
                # a name no import binds (a star import's guess at most) may hold a class
                callees += [c for c in file.class_callees(node.func) if c not in callees]
            if not callees:
                continue
            values = set()
            for argument in node.args:
                values |= file.values(argument)
            for keyword in node.keywords:
                if keyword.arg is not None and keyword.arg not in NOT_A_REPOSITORY:
                    values |= file.values(keyword.value)
            module, _, attribute = (callee or '').partition('.')
            if attribute == 'load' and not node.args:
                # `import en_core_web_sm; en_core_web_sm.load()`: a package's own load() loads what
                # the package holds, so the package's name is what reaches the call.
                values.add(module)
            for callee in callees:
                calls.append({'line': node.lineno, 'callee': callee, 'values': sorted(values),
                              'pretrained': file.pretrained(node)})
    return {'file': path, 'parsed': True, 'partial': partial, 'calls': calls, 'strings': strings}


def parse_parts(source):
    """A file CPython cannot parse whole (an unfinished statement, Python 2 prints), read as the
    top-level statements it can parse: each one that starts at column 0 (with its decorators and
    its else/except/finally clauses) is parsed alone at its own line numbers, and those that fail
    are left out. None when no statement parses."""
    try:
        text = source.decode('utf-8')
    except UnicodeDecodeError:
        text = source.decode('latin-1')
    lines = text.splitlines(keepends=True)
    continuing = ('else', 'elif', 'except', 'finally', ')', ']', '}')
    starts = []
    decorated = False
    for number, line in enumerate(lines):
        if not line.strip() or line[0] in ' \t#':
            continue
        if not decorated and not line.startswith(continuing):
            starts.append(number)
        decorated = line.startswith('@')
    body = []
    for start, end in zip(starts, starts[1:] + [len(lines)]):
        try:
            part = ast.parse('\n' * start + ''.join(lines[start:end]))
        except (SyntaxError, ValueError):
            continue
        body.extend(part.body)
    if not body:
        return None
    return ast.Module(body=body, type_ignores=[])


def walk_but_tests(node):
    """ast.walk, leaving out the test of every conditional expression: in `(A, B) if
    is_torch_available() else ()` the test's names are functions, not classes the value holds."""
    pending = [node]
    while pending:
        current = pending.pop()
        yield current
        for field, child in ast.iter_fields(current):
            if isinstance(current, ast.IfExp) and field == 'test':
                continue
            if isinstance(child, ast.AST):
                pending.append(child)
            elif isinstance(child, list):
                pending.extend(item for item in child if isinstance(item, ast.AST))


def main():
    sys.setrecursionlimit(10000)
    for line in sys.stdin:
        path = line.rstrip('\n')
        if not path:
            continue
        try:
            result = analyse(path)
        except RecursionError:
            result = {'file': path, 'parsed': False, 'calls': [], 'strings': []}
        sys.stdout.write(json.dumps(result) + '\n')


if __name__ == '__main__':
    main()
