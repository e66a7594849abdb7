/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-bad-plans.h: every kind of bad plan file, shared by the reader's
 * tests and the command line's (import of each must store nothing). */

#pragma once

#include <glib.h>

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
#define OPEN "<plan xmlns=\"urn:postplan:plan:1\" version=\"1\" title=\"t\" policy=\"chifeng-2022\" date=\"2026-11-22\">\n"
#define CLOSE "</plan>\n"

typedef struct
{
  const char *name;
  const char *text;
  gssize      length;
  const char *expected;   /* a fragment of the message */
  gboolean    beyond_schema;  /* a rule plan.xsd cannot express (ids,
                               * references, DOCTYPEs, policies) */
} BadInput;

static const BadInput bad_inputs[] = {
  { "malformed", HEAD OPEN "  <unit id=\"u\" type=\"school\" name=\"n\">\n" CLOSE, -1, "" },
  { "truncated", HEAD OPEN "  <unit id=\"u\" type=\"school\" na", -1, "" },
  { "empty", "", 0, "empty" },
  { "junk", "\x89PNG\r\n\x1a\n\x00\x01\x02\xff\xfe binary", 20, "" },
  { "doctype-external", HEAD "<!DOCTYPE plan SYSTEM \"http://example.com/evil.dtd\">\n" OPEN CLOSE, -1, "DOCTYPE", TRUE },
  { "doctype-entities", HEAD "<!DOCTYPE plan [\n"
      "<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n"
      "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
      "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
      "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
      "]>\n<plan xmlns=\"urn:postplan:plan:1\" version=\"1\" title=\"&d;\"/>\n", -1, "DOCTYPE", TRUE },
  { "doctype-file", HEAD "<!DOCTYPE plan [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
      "<plan xmlns=\"urn:postplan:plan:1\" version=\"1\" title=\"&x;\"/>\n", -1, "DOCTYPE", TRUE },
  { "wrong-namespace", HEAD "<plan xmlns=\"urn:postplan:plan:2\" version=\"1\"/>\n", -1, "namespace" },
  { "no-namespace", HEAD "<plan version=\"1\"/>\n", -1, "namespace" },
  { "unknown-element", HEAD OPEN "  <unit id=\"u\" type=\"school\" name=\"n\"><budget/></unit>\n" CLOSE, -1, "budget" },
  { "unknown-attribute", HEAD OPEN "  <unit id=\"u\" type=\"school\" name=\"n\" colour=\"red\"/>\n" CLOSE, -1, "colour" },
  /* An attribute of posts, on a unit after a post: each element knows its own. */
  { "attribute-of-another-element", HEAD OPEN "  <unit id=\"u\" type=\"school\" name=\"n\">\n"
      "    <post id=\"p\" title=\"t\" count=\"1\" filled=\"0\"/>\n  </unit>\n"
      "  <unit id=\"v\" type=\"school\" name=\"m\" title=\"t\"/>\n" CLOSE, -1, "title" },
  { "negative", HEAD OPEN "  <unit id=\"u\" type=\"union\" name=\"n\" workers=\"-5\"/>\n" CLOSE, -1, "workers" },
  { "too-large", HEAD OPEN "  <unit id=\"u\" type=\"school\" name=\"n\">\n"
      "    <post id=\"p\" title=\"t\" count=\"2147483648\" filled=\"0\"/>\n  </unit>\n" CLOSE, -1, "count" },
  { "bad-enum", HEAD OPEN "  <unit id=\"u\" type=\"spaceport\" name=\"n\"/>\n" CLOSE, -1, "spaceport" },
  { "bad-flag", HEAD OPEN "  <unit id=\"u\" type=\"school\" name=\"n\" pilot=\"yes\"/>\n" CLOSE, -1, "pilot" },
  { "duplicate-id", HEAD OPEN "  <unit id=\"u\" type=\"school\" name=\"n\">\n"
      "    <post id=\"u\" title=\"t\" count=\"1\" filled=\"0\"/>\n  </unit>\n" CLOSE, -1, "twice", TRUE },
  { "dangling", HEAD OPEN "  <unit id=\"u\" type=\"school\" name=\"n\">\n"
      "    <post id=\"p\" title=\"t\" count=\"1\" filled=\"0\"/>\n"
      "    <staff id=\"s\" post=\"q\"/>\n  </unit>\n" CLOSE, -1, "“q”", TRUE },
  { "other-unit-post", HEAD OPEN "  <unit id=\"u\" type=\"school\" name=\"n\">\n"
      "    <post id=\"p\" title=\"t\" count=\"1\" filled=\"0\"/>\n  </unit>\n"
      "  <unit id=\"v\" type=\"school\" name=\"m\">\n    <staff id=\"s\" post=\"p\"/>\n  </unit>\n" CLOSE, -1, "“p”", TRUE },
  { "unknown-policy", HEAD "<plan xmlns=\"urn:postplan:plan:1\" version=\"1\" policy=\"atlantis\"/>\n", -1, "atlantis", TRUE },
  { "region-without-level", HEAD OPEN "  <unit id=\"u\" type=\"region\" name=\"n\"/>\n" CLOSE, -1, "level", TRUE },
  { "project-outside", HEAD OPEN "  <unit id=\"u\" type=\"school\" name=\"n\"><project funds=\"1\"/></unit>\n" CLOSE, -1, "purchased", TRUE },
  { "reserved-over-count", HEAD OPEN "  <unit id=\"u\" type=\"school\" name=\"n\">\n"
      "    <post id=\"p\" title=\"t\" count=\"1\" filled=\"0\" graduate-reserved=\"2\"/>\n  </unit>\n" CLOSE, -1, "reserve", TRUE },
  { "bad-date", HEAD "<plan xmlns=\"urn:postplan:plan:1\" version=\"1\" date=\"2026-02-30\"/>\n", -1, "date" },
  { "training-outside", HEAD OPEN "  <unit id=\"u\" type=\"school\" name=\"n\"><training year=\"2020\" hours=\"1\"/></unit>\n" CLOSE, -1, "training" },
  { "text-after", HEAD OPEN CLOSE "<plan/>\n", -1, "" },
  { "missing-required", HEAD OPEN "  <unit id=\"u\" name=\"n\"/>\n" CLOSE, -1, "“type”" },
  { "missing-version", HEAD "<plan xmlns=\"urn:postplan:plan:1\"/>\n", -1, "version" },
  { "newer-version", HEAD "<plan xmlns=\"urn:postplan:plan:1\" version=\"2\"/>\n", -1, "version" },
  { "text-content", HEAD OPEN "  <unit id=\"u\" type=\"school\" name=\"n\">hello</unit>\n" CLOSE, -1, "text" },
  { "post-in-plan", HEAD OPEN "  <post id=\"p\" title=\"t\" count=\"1\" filled=\"0\"/>\n" CLOSE, -1, "post" },
  { "child-of-post", HEAD OPEN "  <unit id=\"u\" type=\"school\" name=\"n\">\n"
      "    <post id=\"p\" title=\"t\" count=\"1\" filled=\"0\"><unit id=\"v\" type=\"school\" name=\"m\"/></post>\n"
      "  </unit>\n" CLOSE, -1, "unit" },
  { "posts-after-staff", HEAD OPEN "  <unit id=\"u\" type=\"school\" name=\"n\">\n"
      "    <post id=\"p\" title=\"t\" count=\"1\" filled=\"0\"/>\n    <staff id=\"s\" post=\"p\"/>\n"
      "    <post id=\"q\" title=\"t\" count=\"1\" filled=\"0\"/>\n  </unit>\n" CLOSE, -1, "list posts first" },
  { "empty-id", HEAD OPEN "  <unit id=\"\" type=\"school\" name=\"n\"/>\n" CLOSE, -1, "id" },
  { "foreign-element", HEAD OPEN "  <x:extra xmlns:x=\"urn:example\"/>\n" CLOSE, -1, "extra" },
  { "level-too-high", HEAD OPEN "  <unit id=\"u\" type=\"school\" name=\"n\">\n"
      "    <post id=\"p\" title=\"t\" level=\"14\" count=\"1\" filled=\"0\"/>\n  </unit>\n" CLOSE, -1, "14" },
  { "loose-date", HEAD "<plan xmlns=\"urn:postplan:plan:1\" version=\"1\" date=\" 202-01-05\"/>\n", -1, "date" },
  { "signed-date", HEAD "<plan xmlns=\"urn:postplan:plan:1\" version=\"1\" date=\"2026-+1-05\"/>\n", -1, "date" },
  { "zoned-date", HEAD "<plan xmlns=\"urn:postplan:plan:1\" version=\"1\" date=\"2026-11-22Z\"/>\n", -1, "date" },
  { "signed-count", HEAD OPEN "  <unit id=\"u\" type=\"union\" name=\"n\" workers=\"+3\"/>\n" CLOSE, -1, "workers" },
  { "plan-namespace-attribute", HEAD OPEN "  <unit xmlns:p=\"urn:postplan:plan:1\" id=\"u\" type=\"school\" name=\"n\" p:bogus=\"1\"/>\n"
      CLOSE, -1, "bogus" },
  { "unit-total", HEAD OPEN "  <unit id=\"u\" type=\"school\" name=\"n\">\n"
      "    <post id=\"p\" title=\"t\" count=\"2147483647\" filled=\"0\"/>\n"
      "    <post id=\"q\" title=\"t\" count=\"1\" filled=\"0\"/>\n  </unit>\n" CLOSE, -1, "more than", TRUE },
  { "utf16", "\xff\xfe<\0p\0l\0a\0n\0/\0>\0", 16, "" },
  { "post-after-empty-unit", HEAD OPEN "  <unit id=\"r\" type=\"region\" level=\"city\" name=\"n\">\n"
      "    <unit id=\"a\" type=\"school\" name=\"a\"/>\n"
      "    <post id=\"p\" title=\"t\" count=\"1\" filled=\"0\"/>\n  </unit>\n" CLOSE, -1, "list posts first" },
  { "money-too-large", HEAD OPEN "  <unit id=\"u\" type=\"purchased-project\" name=\"n\">\n"
      "    <project funds=\"1000000000000\"/>\n  </unit>\n" CLOSE, -1, "funds" },
};
