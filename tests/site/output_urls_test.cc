#include <catch2/catch.hpp>

#include "site/output_urls.h"

using namespace rapportage;

namespace {

std::string found_in(std::string_view html) {
  std::string out;
  for (const site::UnsafeOutputUrl& u : site::find_unsafe_output_urls(html))
    out += std::to_string(u.offset) + " <" + u.element + " " + u.attribute + "> " + u.url + "\n";
  return out;
}

}  // namespace

TEST_CASE("unsafe URLs in a page's attributes are found, safe ones are not", "[site][safe]") {
  CHECK(found_in("<a href=\"https://x.nl\">a</a> <a href='../b/'>b</a> <img src=x.png> <a href=\"#c\" "
                 "title=\"javascript:x\">c</a> <a href=\"mailto:a@b.nl\">d</a>") == "");
  CHECK(found_in("<a href=\"javascript:alert(1)\">x</a>") == "9 <a href> javascript:alert(1)\n");
  CHECK(found_in("<A HREF = 'JavaScript:x'>") == "11 <a href> JavaScript:x\n");
  CHECK(found_in("<img src=data:image/png;base64,AAAA alt=x>") == "9 <img src> data:image/png;base64,AAAA\n");
  // As the browser reads the value: character references and ignored characters.
  CHECK(found_in("<a href=\"java&#115;cript&colon;x\">") == "9 <a href> java&#115;cript&colon;x\n");
  CHECK(found_in("<a href=\"java&#x09;script:x\">") == "9 <a href> java&#x09;script:x\n");
  // Every URL attribute, on any element; data only on <object>.
  CHECK(found_in("<form action=\"vbscript:x\"><button formaction=javascript:y><video poster='data:x'>"
                 "<svg><use xlink:href=\"javascript:z\"/></svg><object data=\"javascript:o\"></object>"
                 "<div data=\"javascript:not-a-url\"></div>") ==
        "14 <form action> vbscript:x\n"
        "45 <button formaction> javascript:y\n"
        "73 <video poster> data:x\n"
        "103 <use xlink:href> javascript:z\n"
        "138 <object data> javascript:o\n");
  CHECK(found_in("<img srcset=\"a.png 1x, javascript:b 2x\"><img srcset=\"a.png 1x, b.png 2x\">") ==
        "13 <img srcset> a.png 1x, javascript:b 2x\n");
  CHECK(found_in("<a href=x ping=\"https://a.nl javascript:b\">") == "16 <a ping> https://a.nl javascript:b\n");
}

TEST_CASE("comments and raw-text elements are not read as markup", "[site][safe]") {
  CHECK(found_in("<!-- <a href=\"javascript:x\"> --><script>var s = '<a href=\"javascript:y\">';</script>"
                 "<style>a[href=\"javascript:z\"]{}</style><textarea><a href=javascript:t></textarea>"
                 "<title><a href=javascript:u></title>") == "");
  // After a raw-text element ends, markup is read again; an unclosed one runs to the end.
  CHECK(found_in("<SCRIPT>x</Script><a href=javascript:v>") == "26 <a href> javascript:v\n");
  CHECK(found_in("<script><a href=javascript:w>") == "");
  // Broken markup ends the scan without a finding or a crash.
  CHECK(found_in("<a href=\"javascript:x") == "9 <a href> javascript:x\n");
  CHECK(found_in("<a href=") == "");
  CHECK(found_in("<") == "");
  CHECK(found_in("< a href=javascript:x>") == "");  // not a tag: text
}
