/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Plan XML: round trips, and every kind of bad input refused with a
 * message that names the file, line and column. */

#include "config.h"

#include <glib/gstdio.h>

#include "pp-generate.h"
#include "pp-plan-io.h"
#include "pp-bad-plans.h"
#include "pp-test-util.h"



#define tmp_path pp_test_tmp_path

static char *
write_text (const char *name,
            const char *text,
            gssize      length)
{
  char *path = tmp_path (name);

  g_assert_true (g_file_set_contents (path, text, length, NULL));
  return path;
}

static char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* What xmllint says of a file against data/schema/plan.xsd: the reader
 * enforces that schema itself, and must agree with it. */
static gboolean
schema_accepts (const char *path)
{
  g_autofree char *schema = g_build_filename (g_getenv ("POSTPLAN_DATADIR"), "schema", "plan.xsd", NULL);
  const char *argv[] = { "xmllint", "--noout", "--nonet", "--schema", schema, path, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL,
                               G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  return g_spawn_check_wait_status (status, NULL);
}

/* export → import → export gives the same bytes. */
static void
assert_round_trip (PpPlan *plan)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = tmp_path ("first.xml");
  g_autofree char *second = tmp_path ("second.xml");
  g_autofree char *a = NULL, *b = NULL;
  g_autoptr(PpPlan) again = NULL;

  g_assert_true (pp_plan_write_file (plan, first, &error));
  g_assert_no_error (error);
  again = pp_plan_read_file (first, &error);
  g_assert_no_error (error);
  g_assert_true (pp_plan_write_file (again, second, &error));
  g_assert_no_error (error);

  a = read_text (first);
  b = read_text (second);
  g_assert_cmpstr (a, ==, b);
  g_assert_true (schema_accepts (first));
}

static void
test_round_trip_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sample = g_build_filename (g_getenv ("POSTPLAN_DATADIR"), "samples",
                                              "chifeng-sample.xml", NULL);
  g_autoptr(PpPlan) plan = pp_plan_read_file (sample, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (pp_plan_get_units (plan)->len, >=, 10);
  assert_round_trip (plan);
}

static void
test_round_trip_generated (void)
{
  g_autoptr(PpPlan) plan = pp_generate_plan (200, 3000, 3);

  assert_round_trip (plan);
}

static void
test_round_trip_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  g_autoptr(PpPlan) again = NULL;
  g_autofree char *path = tmp_path ("text.xml");
  PpUnit *city, *unit;
  PpStaff *staff;
  const char *mongolian = "ᠬᠥᠬᠡᠬᠣᠲᠠ ᠶᠢᠨ ᠨᠡᠢᠭᠡᠮ ᠤᠨ ᠠᠵᠢᠯ";

  pp_plan_set_title (plan, "赤峰市 \"岗位\" <规划> & ᠮᠣᠩᠭᠣᠯ");
  pp_plan_add_override (plan, "national.band-structure", "caps", "1-13:1-7<=3/20");
  city = pp_test_region (plan, NULL, PP_REGION_CITY, "赤峰市");
  unit = pp_plan_add_unit (plan, city, "人民-1", PP_UNIT_SOCIAL_ORG, mongolian, NULL);
  pp_plan_add_post (plan, unit, "岗位'1'", "社会工作师\t一级", NULL)->flags = PP_POST_SOCIAL_WORK;
  staff = pp_plan_add_staff (plan, unit, "s-1", "岗位'1'", NULL);
  pp_staff_set_directed_city (plan, staff, "赤峰市");

  g_assert_true (pp_plan_write_file (plan, path, &error));
  again = pp_plan_read_file (path, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (pp_plan_get_title (again), ==, pp_plan_get_title (plan));
  unit = pp_plan_find_unit (again, "人民-1");
  g_assert_nonnull (unit);
  g_assert_cmpstr (unit->name, ==, mongolian);
  g_assert_cmpstr (unit->posts[0].title, ==, "社会工作师\t一级");
  g_assert_cmpstr (unit->staff[0].directed_city, ==, "赤峰市");
  g_assert_cmpstr (((PpOverride *) pp_plan_get_overrides (again)->pdata[0])->value, ==, "1-13:1-7<=3/20");
  assert_round_trip (again);
}

/* The exact bytes of an export of a file written without indentation:
 * the declaration, two-space indentation,
 * empty elements closed in place, and attribute values escaped as
 * xmlTextWriter, which wrote earlier versions' files, escaped them (tab,
 * newline and carriage return as references; the apostrophe as it is). */
static void
test_layout (void)
{
  static const char input[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<plan xmlns=\"urn:postplan:plan:1\" version=\"1\" title=\"A &amp; B &lt;c&gt; &quot;d&quot; 'e' 社工&#9;tab&#10;nl&#13;cr\" policy=\"shenzhen-2020\" date=\"2024-01-01\">\n"
    "<override rule=\"national.band-structure\" param=\"caps\" value=\"1-13:1-7&lt;=1/5\"/>\n"
    "<unit id=\"p\" type=\"purchased-project\" name=\"项目 &gt; x\" county-seat=\"true\">\n"
    "<post id=\"a\" title=\"社工 &amp; 督导 ½ é 𝄞\" social-work=\"true\" count=\"3\" filled=\"2\" new=\"true\" graduate-reserved=\"1\"/>\n"
    "<post id=\"b\" title=\"plain 普通\" count=\"0\" filled=\"0\"/>\n"
    "<staff id=\"s\" post=\"a\" certificate=\"assistant\" directed-city=\"深圳&quot;市\"><training year=\"2024\" hours=\"80\"/></staff>\n"
    "<project funds=\"500000\" labour=\"425000\" overhead=\"50000\" supervision=\"25000\" field=\"mental-health\" cycle-years=\"3\"/>\n"
    "</unit>\n"
    "<unit id=\"q\" type=\"region\" level=\"city\" name=\"空\">\n"
    "</unit>\n"
    "</plan>\n";
  static const char expected[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<plan xmlns=\"urn:postplan:plan:1\" version=\"1\" title=\"A &amp; B &lt;c&gt; &quot;d&quot; 'e' 社工&#9;tab&#10;nl&#13;cr\" policy=\"shenzhen-2020\" date=\"2024-01-01\">\n"
    "  <override rule=\"national.band-structure\" param=\"caps\" value=\"1-13:1-7&lt;=1/5\"/>\n"
    "  <unit id=\"p\" type=\"purchased-project\" name=\"项目 &gt; x\" county-seat=\"true\">\n"
    "    <post id=\"a\" title=\"社工 &amp; 督导 ½ é 𝄞\" social-work=\"true\" count=\"3\" filled=\"2\" new=\"true\" graduate-reserved=\"1\"/>\n"
    "    <post id=\"b\" title=\"plain 普通\" count=\"0\" filled=\"0\"/>\n"
    "    <staff id=\"s\" post=\"a\" certificate=\"assistant\" directed-city=\"深圳&quot;市\">\n"
    "      <training year=\"2024\" hours=\"80\"/>\n"
    "    </staff>\n"
    "    <project funds=\"500000\" labour=\"425000\" overhead=\"50000\" supervision=\"25000\" field=\"mental-health\" cycle-years=\"3\"/>\n"
    "  </unit>\n"
    "  <unit id=\"q\" type=\"region\" level=\"city\" name=\"空\"/>\n"
    "</plan>\n";
  g_autoptr(GError) error = NULL;
  g_autofree char *in = tmp_path ("layout-in.xml");
  g_autofree char *out = tmp_path ("layout-out.xml");
  g_autofree char *text = NULL;
  g_autoptr(PpPlan) plan = NULL;

  g_assert_true (g_file_set_contents (in, input, -1, &error));
  plan = pp_plan_read_file (in, &error);
  g_assert_no_error (error);
  g_assert_true (pp_plan_write_file (plan, out, &error));
  g_assert_no_error (error);
  text = read_text (out);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_empty_units (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = write_text ("empty-units.xml",
    HEAD OPEN
    "  <unit id=\"r\" type=\"region\" level=\"city\" name=\"n\">\n"
    "    <unit id=\"a\" type=\"school\" name=\"a\"/>\n"
    "    <unit id=\"b\" type=\"school\" name=\"b\"/>\n"
    "  </unit>\n"
    "  <unit id=\"c\" type=\"school\" name=\"c\"/>\n" CLOSE, -1);
  g_autoptr(PpPlan) plan = pp_plan_read_file (path, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (pp_plan_get_n_roots (plan), ==, 2);
  g_assert_true (pp_plan_find_unit (plan, "b")->parent == pp_plan_find_unit (plan, "r"));
  g_assert_null (pp_plan_find_unit (plan, "c")->parent);
  assert_round_trip (plan);
}

static void
test_foreign_attribute_accepted (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = write_text ("foreign.xml",
    HEAD "<plan xmlns=\"urn:postplan:plan:1\" xmlns:x=\"urn:example\" version=\"1\" x:note=\"a\">\n"
    "  <unit id=\"u\" type=\"school\" name=\"n\" x:colour=\"red\"/>\n"
    CLOSE, -1);
  g_autoptr(PpPlan) plan = pp_plan_read_file (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (pp_plan_find_unit (plan, "u"));
  g_assert_true (schema_accepts (path));
}

static void
test_defaults (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = write_text ("defaults.xml",
    HEAD OPEN
    "  <unit id=\"u\" type=\"school\" name=\"n\">\n"
    "    <post id=\"p\" title=\"t\" count=\"2\" filled=\"1\"/>\n"
    "    <staff id=\"s\" post=\"p\"/>\n"
    "  </unit>\n" CLOSE, -1);
  g_autoptr(PpPlan) plan = pp_plan_read_file (path, &error);
  PpUnit *unit;

  g_assert_no_error (error);
  g_assert_true (schema_accepts (path));
  unit = pp_plan_find_unit (plan, "u");
  g_assert_cmpuint (unit->flags, ==, 0);
  g_assert_cmpuint (unit->drivers[PP_DRIVER_WORKERS], ==, 0);
  g_assert_cmpint (unit->posts[0].level, ==, -1);
  g_assert_cmpuint (unit->posts[0].category, ==, PP_CATEGORY_NONE);
  g_assert_cmpuint (unit->posts[0].flags, ==, 0);
  g_assert_cmpuint (unit->staff[0].certificate, ==, PP_CERT_NONE);
  g_assert_null (unit->staff[0].directed_city);
}


static void
test_bad_input (gconstpointer data)
{
  const BadInput *bad = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strconcat (bad->name, ".xml", NULL);
  g_autofree char *path = write_text (name, bad->text, bad->length);
  g_autoptr(PpPlan) plan = pp_plan_read_file (path, &error);
  g_autoptr(GRegex) location = NULL;
  g_autofree char *pattern = NULL;
  g_autofree char *escaped = g_regex_escape_string (path, -1);

  g_assert_null (plan);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);

  /* FILE:LINE:COLUMN: and some words. */
  pattern = g_strdup_printf ("^%s:[1-9][0-9]*:[0-9]+: .{8,}", escaped);
  location = g_regex_new (pattern, 0, 0, NULL);
  g_assert_true (g_regex_match (location, error->message, 0, NULL));
  g_assert_nonnull (strstr (error->message, bad->expected));

  /* Read from memory, the same words. */
  {
    g_autoptr(GError) memory_error = NULL;
    g_autoptr(PpPlan) from_memory = pp_plan_read_memory (bad->text, bad->length < 0 ? strlen (bad->text)
                                                                                    : (gsize) bad->length,
                                                         path, &memory_error);
    g_assert_null (from_memory);
    g_assert_nonnull (memory_error);
    g_assert_cmpstr (memory_error->message, ==, error->message);
  }

  /* The published schema refuses it too, unless it is beyond a schema. */
  if (!bad->beyond_schema)
    g_assert_false (schema_accepts (path));
}

static void
test_lenient_where_the_schema_is (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) id = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;
  g_autoptr(PpPlan) plan = NULL;

  /* 100 characters is within the 200 allowed, though 300 bytes. */
  for (guint i = 0; i < 100; i++)
    g_string_append (id, "岗");
  text = g_strdup_printf (HEAD OPEN "  <unit id=\"%s\" type=\"union\" name=\"n\" workers=\" 3000 \"/>\n" CLOSE,
                          id->str);
  path = write_text ("lenient.xml", text, -1);
  plan = pp_plan_read_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pp_plan_find_unit (plan, id->str)->drivers[PP_DRIVER_WORKERS], ==, 3000);
  g_assert_true (schema_accepts (path));
}

static void
test_export_refuses_control_characters (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  g_autofree char *path = tmp_path ("control.xml");

  pp_plan_set_title (plan, "bad\001title");
  g_assert_false (pp_plan_write_file (plan, path, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "bad?title"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_deep_nesting (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (HEAD OPEN);
  g_autofree char *path = NULL;
  g_autoptr(PpPlan) plan = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (text, "<unit id=\"u%u\" type=\"other\" name=\"n\">", i);
  for (guint i = 0; i < 100000; i++)
    g_string_append (text, "</unit>");
  g_string_append (text, CLOSE);

  path = write_text ("deep.xml", text->str, text->len);
  plan = pp_plan_read_file (path, &error);
  g_assert_null (plan);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, path));
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPlan) plan = pp_plan_read_file ("/nonexistent/plan.xml", &error);

  g_assert_null (plan);
  g_assert_nonnull (strstr (error->message, "/nonexistent/plan.xml"));
}

static void
test_write_failure_leaves_nothing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPlan) plan = pp_test_plan_new ();

  g_assert_false (pp_plan_write_file (plan, "/nonexistent/dir/out.xml", &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test ("/nonexistent/dir/out.xml", G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  pp_test_init (&argc, &argv);

  g_test_add_func ("/core/plan-xml/round-trip/sample", test_round_trip_sample);
  g_test_add_func ("/core/plan-xml/round-trip/generated", test_round_trip_generated);
  g_test_add_func ("/core/plan-xml/round-trip/text", test_round_trip_text);
  g_test_add_func ("/core/plan-xml/layout", test_layout);
  g_test_add_func ("/core/plan-xml/foreign-attribute", test_foreign_attribute_accepted);
  g_test_add_func ("/core/plan-xml/empty-units", test_empty_units);
  g_test_add_func ("/core/plan-xml/defaults", test_defaults);
  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      g_autofree char *path = g_strconcat ("/core/plan-xml/bad/", bad_inputs[i].name, NULL);
      g_test_add_data_func (path, &bad_inputs[i], test_bad_input);
    }
  g_test_add_func ("/core/plan-xml/bad/deep-nesting", test_deep_nesting);
  g_test_add_func ("/core/plan-xml/lenient-where-the-schema-is", test_lenient_where_the_schema_is);
  g_test_add_func ("/core/plan-xml/export-refuses-control-characters", test_export_refuses_control_characters);
  g_test_add_func ("/core/plan-xml/bad/missing-file", test_missing_file);
  g_test_add_func ("/core/plan-xml/write-failure", test_write_failure_leaves_nothing);

  return g_test_run ();
}
