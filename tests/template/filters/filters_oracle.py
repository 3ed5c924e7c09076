#!/usr/bin/env python3
"""Compute the expectations of the filter/test case tables with reference Jinja2.

The tables live in tests/template/filters/filters_*_test.cc and tests_builtin_test.cc, one case
per line (see filters_harness.h):

    {"round", R"~(2.5)~", R"~([1])~", R"~({"method": "ceil"})~", kPlain, "3.0"},

filters_render_test.cc holds whole templates instead (name, source, context, output;
"!error" when Jinja2 raises), rendered with the generator's environment settings:

    {R"~(main.html)~", R"~({{ x|e }})~", R"~({"x": "<"})~", "&lt;"},

Usage:
  filters_oracle.py [--write] FILE...   print cases whose expectation differs from
                                        Jinja2's; --write rewrites the expectations
Cases flagged kByHand are deliberate deviations and are skipped.
"""
import argparse
import json
import re
import sys
import types

import jinja2
from markupsafe import Markup

ROW = re.compile(
    r'^(?P<head>\s*\{"(?P<name>[^"]+)", R"~\((?P<input>.*?)\)~", R"~\((?P<args>.*?)\)~", '
    r'R"~\((?P<kwargs>.*?)\)~", (?P<flags>[\w |]+), )(?P<expected>"(?:[^"\\]|\\.)*")'
    r'(?P<tail>\},?\s*(//.*)?)$'
)
# filters_render_test.cc: whole templates through the engine.
RENDER_ROW = re.compile(
    r'^(?P<head>\s*\{R"~\((?P<tname>.*?)\)~", R"~\((?P<source>.*?)\)~", '
    r'R"~\((?P<context>.*?)\)~", )(?P<expected>"(?:[^"\\]|\\.)*")(?P<tail>\},?\s*(//.*)?)$'
)
IDENT = re.compile(r"^[A-Za-z_]\w*$")


def convert(j):
    if isinstance(j, dict) and len(j) == 1:
        if "$safe" in j:
            return Markup(j["$safe"])
        if "$undefined" in j:
            return jinja2.StrictUndefined(name=j["$undefined"])
        if "$tuple" in j:
            return tuple(convert(x) for x in j["$tuple"])
    if isinstance(j, list):
        return [convert(x) for x in j]
    if isinstance(j, dict):
        return {k: convert(v) for k, v in j.items()}
    return j


def finalize(x):
    if isinstance(x, types.GeneratorType) or type(x).__name__ in ("reversed", "map", "filter") or type(x).__name__.endswith("iterator"):
        return list(x)
    return x


def error_text(e):
    name = type(e).__name__
    if name in ("FilterArgumentError", "TemplateRuntimeError", "AssertionError"):
        name = "TemplateRuntimeError"
    message = re.sub(r"\b(?:sync_)?do_(\w+)\(\)", r"\1()", str(e))
    message = message.replace("_operator.", "")
    return f"!{name}: {message}"


def expect(name, input_json, args_json, kwargs_json, autoescape, is_test):
    env = jinja2.Environment(
        undefined=jinja2.StrictUndefined, autoescape=autoescape, finalize=finalize
    )
    raw = json.loads(input_json)
    context = {"a": convert(json.loads(args_json)), "k": convert(json.loads(kwargs_json))}
    if isinstance(raw, dict) and list(raw) == ["$undefined"]:
        subject = raw["$undefined"]
    else:
        subject = "v"
        context["v"] = convert(raw)
    if not is_test:
        source = "{{ %s|%s(*a, **k) }}" % (subject, name)
    elif IDENT.match(name):
        source = "{{ %s is %s(*a, **k) }}" % (subject, name)
    else:  # '==', '<'...: only reachable through select()
        source = "{{ ([%s]|select(%r, *a, **k)|list|length) == 1 }}" % (subject, name)
    try:
        return env.from_string(source).render(context)
    except Exception as e:  # noqa: BLE001 - the error is the expectation
        return error_text(e)


def expect_render(name, source, context_json):
    env = jinja2.Environment(
        loader=jinja2.DictLoader({name: source}),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(["html", "htm", "xml", "svg"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    try:
        return env.get_template(name).render(json.loads(context_json))
    except Exception as e:  # noqa: BLE001 - the error is the expectation
        return "!error"


def c_literal(s):
    out = ['"']
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\%03o" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true")
    parser.add_argument("files", nargs="+")
    opts = parser.parse_args()
    differences = 0
    for path in opts.files:
        is_test = path.endswith("tests_builtin_test.cc")
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        for i, line in enumerate(lines):
            m = ROW.match(line)
            if m and "kByHand" not in m["flags"]:
                want = c_literal(
                    expect(m["name"], m["input"], m["args"], m["kwargs"],
                           "kAutoescape" in m["flags"], is_test)
                )
            elif not m and (m := RENDER_ROW.match(line)):
                want = c_literal(expect_render(m["tname"], m["source"], m["context"]))
            else:
                continue
            if want != m["expected"]:
                differences += 1
                print(f"{path}:{i + 1}: {m['expected']} -> {want}")
                lines[i] = m["head"] + want + m["tail"]
        if opts.write:
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(lines))
    print(f"{differences} expectation(s) differ from Jinja2", file=sys.stderr)
    return 1 if differences and not opts.write else 0


if __name__ == "__main__":
    sys.exit(main())
