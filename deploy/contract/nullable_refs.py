#!/usr/bin/env python3
"""Spells every "this schema or null" of the contract the way OpenAPI 3.0.3 means it.

OpenAPI 3.0 cannot mark a `$ref` nullable. The contract used to write a nullable reference as

    nullable: true
    allOf:
    - $ref: '#/components/schemas/X'

which 3.0.3 does not read as "X or null": `nullable` only adds null to a `type` given in the same schema, and with
no `type` it has no effect (Spectral: '"nullable" cannot be used without "type"'); adding `type: object` does not
help either, since the `allOf` branch (X) still refuses null. This script rewrites each such schema to

    anyOf:
    - $ref: '#/components/schemas/X'
    - $ref: '#/components/schemas/NullValue'

where `NullValue` is `{enum: [null]}`, the schema whose only value is null (added to components/schemas when
missing). It is the spelling that Spectral, SmallRye OpenAPI (which serves it unchanged at /q/openapi) and the
generators read as "X or null"; docs/contract.md gives the measurements. Other keys of the schema (description,
readOnly, ...) stay. Run it from the repository's root after adding schemas; it edits the file line by line, so
comments, order and wrapping stay as written, and checks the result against a rewrite of the parsed tree.

    python3 deploy/contract/nullable_refs.py            rewrite openapi/openapi.yaml
    python3 deploy/contract/nullable_refs.py --check    fail (exit 1) if a schema still needs the rewrite
"""
import copy
import re
import sys

import yaml

NULL_NAME = 'NullValue'
NULL_REF = '#/components/schemas/' + NULL_NAME
NULL_SCHEMA = [
    NULL_NAME + ':',
    '  description: No value, JSON `null`. The second branch of `anyOf` for a property that holds a record or null',
    '    (OpenAPI 3.0 cannot mark a `$ref` nullable).',
    '  enum:',
    '  - null',
]
KEY = re.compile(r"^(\s*)([A-Za-z0-9_.$-]+|'[^']*'|\"[^\"]*\"):(\s.*)?$")
REF_ITEM = re.compile(r"^(\s*)- \$ref: ('[^']*'|\"[^\"]*\"|\S+)\s*$")


def indent_of(line):
    return len(line) - len(line.lstrip(' '))


def siblings(lines, start, indent):
    """The keys of the block mapping at `indent` that holds lines[start]: name -> (first line, end line).
    Block sequences are written unindented (`allOf:` then `- $ref: ...` at the same indent), so a `- ` line at the
    mapping's indent belongs to the key above it."""
    first = start
    while first > 0:
        prev = lines[first - 1]
        if prev.strip() and indent_of(prev) < indent:
            break
        first -= 1
    last = start + 1
    while last < len(lines) and (not lines[last].strip() or indent_of(lines[last]) >= indent):
        last += 1
    keys = {}
    i = first
    while i < last:
        m = KEY.match(lines[i])
        if m and len(m.group(1)) == indent:
            end = i + 1
            while end < last:
                n = KEY.match(lines[end])
                if n and len(n.group(1)) == indent:
                    break
                end += 1
            keys[m.group(2)] = (i, end)
            i = end
        else:
            i += 1
    return keys


def rewrite_lines(lines):
    out = list(lines)
    count = 0
    i = 0
    while i < len(out):
        line = out[i]
        if line.strip() == 'nullable: true':
            indent = indent_of(line)
            keys = siblings(out, i, indent)
            if 'allOf' in keys and 'type' not in keys and 'anyOf' not in keys and 'oneOf' not in keys:
                a, b = keys['allOf']
                items = [l for l in out[a + 1:b] if l.strip()]
                if out[a].strip() == 'allOf:' and len(items) == 1 and REF_ITEM.match(items[0]) \
                        and indent_of(items[0]) == indent:
                    quote = "'" if "'" in items[0] else ''
                    ref_line = ' ' * indent + '- $ref: ' + quote + NULL_REF + quote
                    out[a] = ' ' * indent + 'anyOf:'
                    last = max(k for k in range(a + 1, b) if out[k].strip())
                    out.insert(last + 1, ref_line)
                    del out[i + 1 if last + 1 <= i else i]
                    count += 1
                    continue
        i += 1
    return out, count


def ensure_null_schema(lines):
    text = '\n'.join(lines)
    tree = yaml.safe_load(text)
    if NULL_NAME in tree.get('components', {}).get('schemas', {}):
        return lines
    if NULL_REF not in text:
        return lines
    # Insert it as the first schema of components/schemas.
    in_components = False
    for i, line in enumerate(lines):
        if line.rstrip() == 'components:':
            in_components = True
        elif in_components and line.rstrip() == '  schemas:':
            j = i + 1
            while not lines[j].strip():
                j += 1
            pad = ' ' * indent_of(lines[j])
            return lines[:j] + [pad + l for l in NULL_SCHEMA] + lines[j:]
    raise SystemExit('no components/schemas in the contract')


def rewrite_tree(node):
    """The same rewrite on the parsed tree: what the line edit must produce."""
    if isinstance(node, dict):
        if node.get('nullable') is True and 'type' not in node and 'anyOf' not in node and 'oneOf' not in node \
                and isinstance(node.get('allOf'), list) and len(node['allOf']) == 1 \
                and set(node['allOf'][0]) == {'$ref'}:
            rebuilt = {}
            for k, v in node.items():
                if k == 'nullable':
                    continue
                if k == 'allOf':
                    rebuilt['anyOf'] = [v[0], {'$ref': NULL_REF}]
                else:
                    rebuilt[k] = v
            node.clear()
            node.update(rebuilt)
        for v in node.values():
            rewrite_tree(v)
    elif isinstance(node, list):
        for v in node:
            rewrite_tree(v)


def main(argv):
    path = 'openapi/openapi.yaml'
    args = [a for a in argv if not a.startswith('--')]
    if args:
        path = args[0]
    with open(path, encoding='utf-8') as f:
        original = f.read()
    lines, count = rewrite_lines(original.split('\n'))
    lines = ensure_null_schema(lines)
    result = '\n'.join(lines)
    if '--check' in argv:
        if result != original:
            print('%s: %d nullable reference(s) spelled `nullable` + `allOf`; run python3 %s' % (path, count, argv_0()))
            return 1
        return 0
    expected = yaml.safe_load(original)
    rewrite_tree(expected)
    got = yaml.safe_load(result)
    if count:
        expected.setdefault('components', {}).setdefault('schemas', {})
        if NULL_NAME not in expected['components']['schemas']:
            expected['components']['schemas'][NULL_NAME] = got['components']['schemas'].get(NULL_NAME)
    if got != expected:
        raise SystemExit('the line edit does not match the rewrite of the parsed contract; nothing written')
    if result != original:
        with open(path, 'w', encoding='utf-8') as f:
            f.write(result)
    print('%s: %d nullable reference(s) rewritten to anyOf [$ref, %s]' % (path, count, NULL_NAME))
    return 0


def argv_0():
    return 'deploy/contract/nullable_refs.py'


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
