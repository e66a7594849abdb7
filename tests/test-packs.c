/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The shipped policy packs: each loads, every rule of rules.md is in its
 * pack, and a broken pack is reported with its file, rule and problem. */

#include "config.h"

#include <glib/gstdio.h>

#include "pp-pack.h"
#include "pp-test-util.h"

/* rules.md §2, in order. */
static const char * const rule_ids[] = {
  "chifeng-2022.welfare-professional-share", "chifeng-2022.sw-principal",
  "chifeng-2022.sw-posts-present", "chifeng-2022.township-coverage",
  "chifeng-2022.community-graduates", "chifeng-2022.sw-level-names",
  "chifeng-2022.sw-qualification", "chifeng-2022.training-hours",
  "chongqing.community-staffing", "chongqing.union-quota", "chongqing.private-sw-share",
  "chongqing.welfare-sw-principal", "chongqing.sw-posts-present", "chongqing.recipient-ratio",
  "chongqing.qualification",
  "shenzhen-2020.project-sw-share", "shenzhen-2020.project-labour-share",
  "shenzhen-2020.project-overhead-share", "shenzhen-2020.project-package",
  "shenzhen-2020.supervision-budget", "shenzhen-2020.certified", "shenzhen-2020.cpd-hours",
  "shenzhen-2020.purchase-cycle", "shenzhen-2020.community-staffing",
  "guangxi-2019.directed-certificate", "guangxi-2019.qualification",
  "guangxi-2019.township-special-posts",
  "jilin-2010.certified-total", "jilin-2010.pilot-per-city", "jilin-2010.civil-affairs-pilots",
  "jilin-2010.sw-posts-present",
  "national.professional-share", "national.band-structure", "national.level-structure",
  "national.levels-valid", "national.filled-within-count", "national.staff-records",
};

static void
test_all_rules_present (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *directory = pp_pack_get_directory ();
  g_autoptr(GPtrArray) packs = pp_pack_load_all (directory, &error);
  guint total = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (packs->len, ==, 6);
  g_assert_cmpuint (G_N_ELEMENTS (rule_ids), ==, 37);

  for (guint i = 0; i < packs->len; i++)
    total += ((PpPack *) g_ptr_array_index (packs, i))->rules->len;
  g_assert_cmpuint (total, ==, 37);

  for (guint r = 0; r < G_N_ELEMENTS (rule_ids); r++)
    {
      g_autofree char *pack_id = g_strndup (rule_ids[r], strchr (rule_ids[r], '.') - rule_ids[r]);
      gboolean found = FALSE;

      for (guint i = 0; i < packs->len; i++)
        {
          PpPack *pack = g_ptr_array_index (packs, i);
          PpRule *rule;

          if (strcmp (pack->id, pack_id) != 0)
            continue;
          rule = pp_pack_find_rule (pack, rule_ids[r]);
          g_assert_nonnull (rule);
          g_assert_cmpstr (rule->clause, !=, "");
          g_assert_cmpstr (rule->title, !=, "");
          g_assert_cmpuint (rule->n_scopes, >, 0);
          /* Each city's and province's rule quotes its clause (shown on
           * demand); the national guidance has no source text here. */
          if (strcmp (pack_id, "national") != 0)
            {
              g_assert_nonnull (rule->quote);
              g_assert_cmpstr (rule->quote, !=, "");
              g_assert_true (g_utf8_validate (rule->quote, -1, NULL));
            }
          found = TRUE;
        }
      g_assert_true (found);
    }
}

static void
test_windows (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *directory = pp_pack_get_directory ();
  g_autoptr(PpPack) shenzhen = pp_pack_load_by_id (directory, "shenzhen-2020", &error);
  GDate date;

  g_assert_no_error (error);
  g_date_set_dmy (&date, 11, 11, 2025);
  g_assert_false (pp_pack_is_expired (shenzhen, &date));
  g_date_add_days (&date, 1);
  g_assert_true (pp_pack_is_expired (shenzhen, &date));
}

static char *
write_pack (const char *name,
            const char *rule_xml)
{
  g_autofree char *dir = pp_test_tmp_path ("packs");
  g_autofree char *file = g_strconcat (name, ".xml", NULL);
  char *path = g_build_filename (dir, file, NULL);
  g_autofree char *xml = g_strdup_printf (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<pack xmlns=\"urn:postplan:pack:1\" id=\"%s\" version=\"1\">\n"
    "  <title>Broken</title>\n"
    "  <source document=\"doc\"/>\n"
    "  <in-force/>\n"
    "%s"
    "</pack>\n", name, rule_xml);

  g_mkdir_with_parents (dir, 0700);
  g_assert_true (g_file_set_contents (path, xml, -1, NULL));
  return path;
}

static void
assert_pack_error (const char *rule_xml,
                   const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = write_pack ("broken", rule_xml);
  g_autoptr(PpPack) pack = pp_pack_load (path, &error);

  g_assert_null (pack);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, expected));
}

static void
test_broken_packs (void)
{
  /* An unknown parameter, named with its rule. */
  assert_pack_error ("  <rule id=\"broken.a\" clause=\"1\" severity=\"mandatory\" kind=\"share\">\n"
                     "    <title>t</title><scope/>\n"
                     "    <param name=\"treshold\" value=\"7/10\"/>\n"
                     "    <message>m</message>\n"
                     "  </rule>\n",
                     "broken.a");
  /* A bad value. */
  assert_pack_error ("  <rule id=\"broken.b\" clause=\"1\" severity=\"mandatory\" kind=\"share\">\n"
                     "    <title>t</title><scope/>\n"
                     "    <param name=\"threshold\" value=\"0.7\"/>\n"
                     "    <message>m</message>\n"
                     "  </rule>\n",
                     "0.7");
  /* A target without a due date. */
  assert_pack_error ("  <rule id=\"broken.c\" clause=\"1\" severity=\"target\" kind=\"presence\">\n"
                     "    <title>t</title><scope/>\n"
                     "    <message>m</message>\n"
                     "  </rule>\n",
                     "due");
  /* An unknown kind: the schema names it, with the line. */
  assert_pack_error ("  <rule id=\"broken.d\" clause=\"1\" severity=\"mandatory\" kind=\"magic\">\n"
                     "    <title>t</title><scope/>\n"
                     "    <message>m</message>\n"
                     "  </rule>\n",
                     ":6:");
  /* A rule id outside the pack's namespace. */
  assert_pack_error ("  <rule id=\"other.e\" clause=\"1\" severity=\"mandatory\" kind=\"presence\">\n"
                     "    <title>t</title><scope types=\"school\"/>\n"
                     "    <message>m</message>\n"
                     "  </rule>\n",
                     "other.e");
  /* A scope naming a type that does not exist. */
  assert_pack_error ("  <rule id=\"broken.f\" clause=\"1\" severity=\"mandatory\" kind=\"presence\">\n"
                     "    <title>t</title><scope types=\"spaceport\"/>\n"
                     "    <message>m</message>\n"
                     "  </rule>\n",
                     "spaceport");
}

static void
test_broken_pack_fails_listing (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = write_pack ("broken", "<rule/>");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GPtrArray) packs = pp_pack_load_all (dir, &error);

  g_assert_null (packs);
  g_assert_nonnull (error);
}

int
main (int    argc,
      char **argv)
{
  pp_test_init (&argc, &argv);

  g_test_add_func ("/data/packs/all-rules-present", test_all_rules_present);
  g_test_add_func ("/data/packs/windows", test_windows);
  g_test_add_func ("/data/packs/broken", test_broken_packs);
  g_test_add_func ("/data/packs/broken-fails-listing", test_broken_pack_fails_listing);

  return g_test_run ();
}
