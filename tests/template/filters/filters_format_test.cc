// tojson and pprint against Jinja2 3.1 (expectations from filters_oracle.py).
#include "filters_harness.h"

namespace rapportage::tmpl::testing {
namespace {

TEST_CASE("filters: tojson", "[template][filters]") {
  static const FilterCase cases[] = {
    {"tojson", R"~({"b": 1, "a": [1, 2.5, null, true, "x"]})~", R"~([])~", R"~({})~", kPlain, "{\"a\": [1, 2.5, null, true, \"x\"], \"b\": 1}"},
    {"tojson", R"~("<a href='x'>&</a>")~", R"~([])~", R"~({})~", kPlain, "\"\\u003ca href=\\u0027x\\u0027\\u003e\\u0026\\u003c/a\\u003e\""},
    {"tojson", R"~("é ü € 😀 \u0001 \u007f \n\t\"\\")~", R"~([])~", R"~({})~", kPlain, "\"\\u00e9 \\u00fc \\u20ac \\ud83d\\ude00 \\u0001 \\u007f \\n\\t\\\"\\\\\""},
    {"tojson", R"~({"b": {"d": 1, "c": 2}, "a": []})~", R"~([2])~", R"~({})~", kPlain, "{\n  \"a\": [],\n  \"b\": {\n    \"c\": 2,\n    \"d\": 1\n  }\n}"},
    {"tojson", R"~([1, [2, {}], {"x": []}])~", R"~([])~", R"~({"indent": 1})~", kPlain, "[\n 1,\n [\n  2,\n  {}\n ],\n {\n  \"x\": []\n }\n]"},
    {"tojson", R"~([1])~", R"~([0])~", R"~({})~", kPlain, "[\n1\n]"},
    {"tojson", R"~({"a": 1})~", R"~(["\t"])~", R"~({})~", kPlain, "{\n\t\"a\": 1\n}"},
    {"tojson", R"~({"$tuple": [1, "a"]})~", R"~([])~", R"~({})~", kPlain, "[1, \"a\"]"},
    {"tojson", R"~(1e16)~", R"~([])~", R"~({})~", kPlain, "1e+16"},
    {"tojson", R"~(1.0)~", R"~([])~", R"~({})~", kPlain, "1.0"},
    {"tojson", R"~(-0.0)~", R"~([])~", R"~({})~", kPlain, "-0.0"},
    {"tojson", R"~(1e-7)~", R"~([])~", R"~({})~", kPlain, "1e-07"},
    // Deliberate: an undefined value raises its UndefinedError (Jinja: not JSON serializable).
    {"tojson", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kByHand, "!UndefinedError: 'missing' is undefined"},
    // Deliberate: an undefined value raises its UndefinedError (Jinja: not JSON serializable).
    {"tojson", R"~({"a": {"$undefined": "x"}})~", R"~([])~", R"~({})~", kByHand, "!UndefinedError: 'x' is undefined"},
    {"tojson", R"~({"$safe": "<b>"})~", R"~([])~", R"~({})~", kAutoescape, "\"\\u003cb\\u003e\""},
    {"tojson", R"~("<b>")~", R"~([])~", R"~({})~", kAutoescape, "\"\\u003cb\\u003e\""},
    {"tojson", R"~([])~", R"~([])~", R"~({})~", kPlain, "[]"},
    {"tojson", R"~({})~", R"~([])~", R"~({})~", kPlain, "{}"},
    {"tojson", R"~({})~", R"~([2])~", R"~({})~", kPlain, "{}"},
    {"tojson", R"~(null)~", R"~([])~", R"~({})~", kPlain, "null"},
    {"tojson", R"~(9223372036854775807)~", R"~([])~", R"~({})~", kPlain, "9223372036854775807"},
    {"tojson", R"~([1])~", R"~([-1])~", R"~({})~", kPlain, "[\n1\n]"},
    {"tojson", R"~({"<": "'"})~", R"~([])~", R"~({})~", kPlain, "{\"\\u003c\": \"\\u0027\"}"},
    {"tojson", R"~(1)~", R"~([1.5])~", R"~({})~", kPlain, "!TypeError: can't multiply sequence by non-int of type 'float'"},
  };
  check_filters(cases);
}

TEST_CASE("filters: pprint", "[template][filters]") {
  static const FilterCase cases[] = {
    {"pprint", R"~({"b": 1, "a": [1, 2]})~", R"~([])~", R"~({})~", kPlain, "{'a': [1, 2], 'b': 1}"},
    {"pprint", R"~("x")~", R"~([])~", R"~({})~", kPlain, "'x'"},
    {"pprint", R"~({"$safe": "<b>"})~", R"~([])~", R"~({})~", kAutoescape, "Markup(&#39;&lt;b&gt;&#39;)"},
    {"pprint", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kPlain, "Undefined"},
    {"pprint", R"~([1.0, null, true])~", R"~([])~", R"~({})~", kPlain, "[1.0, None, True]"},
    {"pprint", R"~(["item number 0", "item number 1", "item number 2", "item number 3", "item number 4", "item number 5", "item number 6", "item number 7"])~", R"~([])~", R"~({})~", kPlain, "['item number 0',\n 'item number 1',\n 'item number 2',\n 'item number 3',\n 'item number 4',\n 'item number 5',\n 'item number 6',\n 'item number 7']"},
    {"pprint", R"~({"key0": ["value 0", 0], "key1": ["value 1", 1], "key2": ["value 2", 2], "key3": ["value 3", 3], "key4": ["value 4", 4], "key5": ["value 5", 5]})~", R"~([])~", R"~({})~", kPlain, "{'key0': ['value 0', 0],\n 'key1': ['value 1', 1],\n 'key2': ['value 2', 2],\n 'key3': ['value 3', 3],\n 'key4': ['value 4', 4],\n 'key5': ['value 5', 5]}"},
    {"pprint", R"~("word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23 word24 word25 word26 word27 word28 word29")~", R"~([])~", R"~({})~", kPlain, "('word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 '\n 'word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 '\n 'word23 word24 word25 word26 word27 word28 word29')"},
    {"pprint", R"~(["word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23 word24 word25 word26 word27 word28 word29"])~", R"~([])~", R"~({})~", kPlain, "['word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 '\n 'word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 '\n 'word23 word24 word25 word26 word27 word28 word29']"},
    {"pprint", R"~("line one\nline two xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n")~", R"~([])~", R"~({})~", kPlain, "('line one\\n'\n 'line two '\n 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\n')"},
    {"pprint", R"~({"$tuple": ["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"]})~", R"~([])~", R"~({})~", kPlain, "('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',)"},
    {"pprint", R"~({"$tuple": [0, 1000000, 2000000, 3000000, 4000000, 5000000, 6000000, 7000000, 8000000, 9000000, 10000000, 11000000, 12000000, 13000000]})~", R"~([])~", R"~({})~", kPlain, "(0,\n 1000000,\n 2000000,\n 3000000,\n 4000000,\n 5000000,\n 6000000,\n 7000000,\n 8000000,\n 9000000,\n 10000000,\n 11000000,\n 12000000,\n 13000000)"},
    {"pprint", R"~({"z": {"deep": ["vvvvvvvvvv", "vvvvvvvvvv", "vvvvvvvvvv", "vvvvvvvvvv", "vvvvvvvvvv", "vvvvvvvvvv", "vvvvvvvvvv", "vvvvvvvvvv"], "b": 1}, "a": "short"})~", R"~([])~", R"~({})~", kPlain, "{'a': 'short',\n 'z': {'b': 1,\n       'deep': ['vvvvvvvvvv',\n                'vvvvvvvvvv',\n                'vvvvvvvvvv',\n                'vvvvvvvvvv',\n                'vvvvvvvvvv',\n                'vvvvvvvvvv',\n                'vvvvvvvvvv',\n                'vvvvvvvvvv']}}"},
    {"pprint", R"~([[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29]])~", R"~([])~", R"~({})~", kPlain, "[[0,\n  1,\n  2,\n  3,\n  4,\n  5,\n  6,\n  7,\n  8,\n  9,\n  10,\n  11,\n  12,\n  13,\n  14,\n  15,\n  16,\n  17,\n  18,\n  19,\n  20,\n  21,\n  22,\n  23,\n  24,\n  25,\n  26,\n  27,\n  28,\n  29]]"},
    {"pprint", R"~("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")~", R"~([])~", R"~({})~", kPlain, "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'"},
    {"pprint", R"~("")~", R"~([])~", R"~({})~", kPlain, "''"},
    {"pprint", R"~({"$tuple": []})~", R"~([])~", R"~({})~", kPlain, "()"},
    {"pprint", R"~([{"$safe": "mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm"}])~", R"~([])~", R"~({})~", kPlain, "[Markup('mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm')]"},
    {"pprint", R"~({"é": "üöööööööööööööööööööööööööööööööööööööööööööööööööööööööööööööööööööööööööööööööö"})~", R"~([])~", R"~({})~", kPlain, "{'é': 'üöööööööööööööööööööööööööööööööööööööööööööööööööööööööööööööööööööööööööööööööö'}"},
  };
  check_filters(cases);
}

}  // namespace
}  // namespace rapportage::tmpl::testing
