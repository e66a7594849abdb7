/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The plan library: plans stored and read back exactly, the trash, and a
 * library that is corrupt, newer or locked never written to. */

#include "config.h"

#include <glib/gstdio.h>

#include "pp-generate.h"
#include "pp-library.h"
#include "pp-plan-io.h"
#include "pp-test-util.h"

static char *
library_path (const char *name)
{
  g_autofree char *file = g_strconcat (name, ".sqlite", NULL);
  return pp_test_tmp_path (file);
}

static char *
checksum_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static char *
export_text (PpPlan *plan)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pp_test_tmp_path ("export.xml");
  char *text = NULL;

  g_assert_true (pp_plan_write_file (plan, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static void
assert_round_trip (PpLibrary *library,
                   PpPlan    *plan)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPlan) loaded = NULL;
  g_autofree char *before = export_text (plan);
  g_autofree char *after = NULL;
  gint64 id;

  id = pp_library_add_plan (library, plan, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  loaded = pp_library_load_plan (library, id, &error);
  g_assert_no_error (error);
  after = export_text (loaded);
  g_assert_cmpstr (before, ==, after);
}

/* Adding a plan turns the foreign-key checks off for its bulk insert:
 * they must be on again after it, and the rows it wrote must pass them. */
static void
assert_foreign_keys_hold (PpLibrary *library)
{
  g_autoptr(GError) error = NULL;
  PpSqliteConnection *connection = pp_library_get_connection (library);
  gint64 on = 0;
  g_autofree char *violation = NULL;

  g_assert_true (pp_sqlite_connection_query_int64 (connection, "PRAGMA foreign_keys", &on, &error));
  g_assert_cmpint (on, ==, 1);
  violation = pp_sqlite_connection_query_text (connection, "PRAGMA foreign_key_check", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (violation, ==, "");
}

static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = library_path ("round-trip");
  g_autoptr(PpLibrary) library = pp_library_open (path, &error);
  g_autofree char *sample = g_build_filename (g_getenv ("POSTPLAN_DATADIR"), "samples", "chifeng-sample.xml", NULL);
  g_autoptr(PpPlan) from_file = NULL;
  g_autoptr(PpPlan) generated = pp_generate_plan (300, 5000, 9);
  g_autoptr(PpPlan) tiny = pp_test_plan_new ();

  g_assert_no_error (error);
  g_assert_false (pp_library_is_read_only (library));
  g_assert_cmpstr (pp_library_get_journal_mode (library), ==, "wal");

  from_file = pp_plan_read_file (sample, &error);
  g_assert_no_error (error);
  assert_round_trip (library, from_file);
  assert_round_trip (library, generated);
  /* An empty plan without a date or policy. */
  assert_round_trip (library, tiny);

  /* error may be NULL: a caller that does not want it still gets the plan. */
  {
    gint64 id = pp_library_add_plan (library, from_file, &error);
    g_autoptr(PpPlan) loaded = NULL;

    g_assert_no_error (error);
    loaded = pp_library_load_plan (library, id, NULL);
    g_assert_nonnull (loaded);
    g_assert_cmpuint (pp_plan_get_n_posts (loaded), ==, pp_plan_get_n_posts (from_file));
  }
  assert_foreign_keys_hold (library);
}

static void
test_staff_names_stay (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = library_path ("names");
  g_autoptr(PpLibrary) library = pp_library_open (path, &error);
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  g_autoptr(PpPlan) loaded = NULL;
  PpUnit *unit = pp_test_unit (plan, NULL, PP_UNIT_CHILD_WELFARE, 0);
  g_autofree char *post = g_strdup (pp_test_post (plan, unit, PP_CATEGORY_PROFESSIONAL, 9, 1, 1, PP_POST_SOCIAL_WORK));
  g_autofree char *text = NULL;
  gint64 id;

  pp_staff_set_name (plan, pp_test_staff (plan, unit, post, PP_CERT_INTERMEDIATE), "王小明");
  id = pp_library_add_plan (library, plan, &error);
  g_assert_no_error (error);
  loaded = pp_library_load_plan (library, id, &error);
  g_assert_no_error (error);

  unit = g_ptr_array_index (pp_plan_get_units (loaded), 0);
  g_assert_cmpstr (unit->staff[0].name, ==, "王小明");
  /* Personal data is never exported. */
  text = export_text (loaded);
  g_assert_null (strstr (text, "王小明"));
}

static void
test_manage_plans (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = library_path ("manage");
  g_autoptr(PpLibrary) library = pp_library_open (path, &error);
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(PpPlanInfo) info = NULL;
  gint64 id, copy;

  pp_test_unit (plan, NULL, PP_UNIT_SCHOOL, 0);
  id = pp_library_add_plan (library, plan, &error);
  g_assert_no_error (error);

  g_assert_true (pp_library_rename_plan (library, id, "新的名称", &error));
  info = pp_library_get_plan_info (library, id, &error);
  g_assert_cmpstr (info->title, ==, "新的名称");
  g_assert_cmpint (info->n_units, ==, 1);
  g_clear_pointer (&info, pp_plan_info_free);

  copy = pp_library_duplicate_plan (library, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (copy, !=, id);
  info = pp_library_get_plan_info (library, copy, &error);
  g_assert_cmpstr (info->title, ==, "新的名称 (copy)");
  g_clear_pointer (&info, pp_plan_info_free);

  /* Delete moves to the trash; restore brings it back. */
  g_assert_true (pp_library_delete_plan (library, id, &error));
  plans = pp_library_list_plans (library, FALSE, &error);
  g_assert_cmpuint (plans->len, ==, 1);
  g_clear_pointer (&plans, g_ptr_array_unref);
  plans = pp_library_list_plans (library, TRUE, &error);
  g_assert_cmpuint (plans->len, ==, 2);
  g_clear_pointer (&plans, g_ptr_array_unref);

  /* A plan in the trash cannot be renamed, and a live one not purged. */
  g_assert_false (pp_library_rename_plan (library, id, "x", &error));
  g_assert_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (pp_library_purge_plan (library, copy, &error));
  g_clear_error (&error);

  g_assert_true (pp_library_restore_plan (library, id, &error));
  plans = pp_library_list_plans (library, FALSE, &error);
  g_assert_cmpuint (plans->len, ==, 2);
  g_clear_pointer (&plans, g_ptr_array_unref);

  g_assert_true (pp_library_delete_plan (library, copy, &error));
  g_assert_true (pp_library_purge_plan (library, copy, &error));
  g_assert_null (pp_library_load_plan (library, copy, &error));
  g_assert_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Purging removed every row of the plan. */
  {
    gint64 n;
    g_assert_true (pp_sqlite_connection_query_int64 (pp_library_get_connection (library),
                                                     "SELECT count (*) FROM units", &n, &error));
    g_assert_cmpint (n, ==, 1);
  }
}

static void
assert_refused_untouched (const char *path,
                          const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = checksum_file (path);
  g_autofree char *after = NULL;
  g_autoptr(PpLibrary) library = pp_library_open (path, &error);

  g_assert_null (library);
  g_assert_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_CORRUPT);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, fragment));
  after = checksum_file (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_corrupt (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = library_path ("not-sqlite");
  g_autofree char *foreign = library_path ("foreign");
  g_autofree char *damaged = library_path ("damaged");
  g_autoptr(PpSqliteConnection) other = NULL;

  /* Not SQLite at all. */
  g_assert_true (g_file_set_contents (text, "this is a spreadsheet, honest", -1, NULL));
  assert_refused_untouched (text, "not a plan library");

  /* Another program's database. */
  other = pp_sqlite_connection_open (foreign, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (pp_sqlite_connection_execute (other, "PRAGMA application_id=12345;"
                                                      "CREATE TABLE t (x); INSERT INTO t VALUES (1);", &error));
  g_clear_object (&other);
  assert_refused_untouched (foreign, "another program");

  /* A library whose pages were damaged: quick_check fails. */
  {
    g_autoptr(PpLibrary) library = pp_library_open (damaged, &error);
    g_autoptr(PpPlan) plan = pp_generate_plan (50, 2000, 3);
    g_autofree char *contents = NULL;
    gsize length;

    g_assert_no_error (error);
    pp_library_add_plan (library, plan, &error);
    g_assert_no_error (error);
    g_assert_true (pp_sqlite_connection_execute (pp_library_get_connection (library),
                                                 "PRAGMA wal_checkpoint(TRUNCATE)", &error));
    g_clear_object (&library);

    g_assert_true (g_file_get_contents (damaged, &contents, &length, NULL));
    g_assert_cmpuint (length, >, 8192);
    /* Scribble over the second and later pages, keeping the header. */
    for (gsize i = 4096 + 100; i < length; i += 97)
      contents[i] ^= 0x5a;
    g_assert_true (g_file_set_contents (damaged, contents, length, NULL));
  }
  assert_refused_untouched (damaged, "");
}

static void
test_newer (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = library_path ("newer");
  g_autoptr(PpLibrary) library = pp_library_open (path, &error);
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  g_autofree char *before = NULL, *after = NULL;

  g_assert_no_error (error);
  g_assert_true (pp_sqlite_connection_execute (pp_library_get_connection (library),
                                               "PRAGMA user_version=99; PRAGMA journal_mode=DELETE", &error));
  g_clear_object (&library);
  before = checksum_file (path);

  library = pp_library_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (pp_library_is_read_only (library));
  g_assert_nonnull (strstr (pp_library_get_read_only_reason (library), "newer"));

  g_assert_cmpint (pp_library_add_plan (library, plan, &error), ==, 0);
  g_assert_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_READ_ONLY);
  g_clear_object (&library);

  after = checksum_file (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_locked (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = library_path ("locked");
  g_autoptr(PpLibrary) first = pp_library_open (path, &error);
  g_autoptr(PpLibrary) second = NULL;
  g_autoptr(PpPlan) plan = pp_test_plan_new ();
  g_autoptr(GPtrArray) plans = NULL;

  g_assert_no_error (error);
  pp_library_add_plan (first, plan, &error);
  g_assert_no_error (error);

  /* The first holds the write lock; the second gives up after its
   * timeout and opens read-only, saying why. */
  g_setenv ("POSTPLAN_BUSY_TIMEOUT_MS", "100", TRUE);
  g_assert_true (pp_sqlite_connection_execute (pp_library_get_connection (first), "BEGIN EXCLUSIVE", &error));
  second = pp_library_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (pp_library_is_read_only (second));
  g_assert_nonnull (strstr (pp_library_get_read_only_reason (second), "Another program"));
  g_assert_cmpint (pp_library_add_plan (second, plan, &error), ==, 0);
  g_assert_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_assert_true (pp_sqlite_connection_execute (pp_library_get_connection (first), "COMMIT", &error));
  plans = pp_library_list_plans (second, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plans->len, ==, 1);
  g_unsetenv ("POSTPLAN_BUSY_TIMEOUT_MS");
}

static void
test_two_writers (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = library_path ("two-writers");
  g_autoptr(PpLibrary) a = pp_library_open (path, &error);
  g_autoptr(PpLibrary) b = pp_library_open (path, &error);
  g_autoptr(GPtrArray) plans = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(PpPlan) plan = pp_generate_plan (10, 50, i);
      g_assert_cmpint (pp_library_add_plan (i % 2 ? a : b, plan, &error), >, 0);
      g_assert_no_error (error);
    }
  plans = pp_library_list_plans (a, FALSE, &error);
  g_assert_cmpuint (plans->len, ==, 20);
}

static void
test_first_version_fixture (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = library_path ("v1");
  g_autofree char *sql_path = g_build_filename (g_getenv ("POSTPLAN_TESTS_DIR"), "fixtures", "library-v1.sql", NULL);
  g_autofree char *xml_path = g_build_filename (g_getenv ("POSTPLAN_TESTS_DIR"), "fixtures", "library-v1-plan.xml",
                                                NULL);
  g_autofree char *sql = NULL, *expected = NULL, *actual = NULL;
  g_autoptr(PpSqliteConnection) writer = NULL;
  g_autoptr(PpLibrary) library = NULL;
  g_autoptr(PpPlan) plan = NULL;

  g_assert_true (g_file_get_contents (sql_path, &sql, NULL, NULL));
  writer = pp_sqlite_connection_open (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (pp_sqlite_connection_execute (writer, sql, &error));

  /* Locked by another program, it opens read-only, stays at version 1,
   * and still lists its plans, as not checked. */
  {
    g_autoptr(PpLibrary) locked = NULL;
    g_autoptr(GPtrArray) plans = NULL;

    g_setenv ("POSTPLAN_BUSY_TIMEOUT_MS", "100", TRUE);
    g_assert_true (pp_sqlite_connection_execute (writer, "BEGIN IMMEDIATE", &error));
    locked = pp_library_open (path, &error);
    g_assert_no_error (error);
    g_assert_true (pp_library_is_read_only (locked));
    plans = pp_library_list_plans (locked, FALSE, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (plans->len, ==, 1);
    g_assert_false (((PpPlanInfo *) plans->pdata[0])->checked);
    g_assert_true (pp_sqlite_connection_execute (writer, "COMMIT", &error));
    g_unsetenv ("POSTPLAN_BUSY_TIMEOUT_MS");
  }
  g_clear_object (&writer);

  library = pp_library_open (path, &error);
  g_assert_no_error (error);
  g_assert_false (pp_library_is_read_only (library));
  plan = pp_library_load_plan (library, 1, &error);
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (xml_path, &expected, NULL, NULL));
  actual = export_text (plan);
  g_assert_cmpstr (actual, ==, expected);

  /* Upgraded in place: a plan stored before summaries is "not checked". */
  {
    g_autoptr(PpPlanInfo) info = pp_library_get_plan_info (library, 1, &error);
    gint64 version = 0;

    g_assert_no_error (error);
    g_assert_false (info->checked);
    g_assert_true (pp_sqlite_connection_query_int64 (pp_library_get_connection (library), "PRAGMA user_version",
                                                     &version, &error));
    g_assert_cmpint (version, ==, PP_LIBRARY_VERSION);
  }
}

static void
test_check_summary (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = library_path ("summary");
  g_autoptr(PpLibrary) library = pp_library_open (path, &error);
  g_autoptr(PpPlan) plan = pp_generate_plan (5, 10, 3);
  g_autoptr(PpPlanInfo) before = NULL, after = NULL, copy = NULL;
  gint64 id, copy_id;

  g_assert_no_error (error);
  id = pp_library_add_plan (library, plan, &error);
  before = pp_library_get_plan_info (library, id, &error);
  g_assert_false (before->checked);

  g_assert_true (pp_library_set_plan_summary (library, id, 2, 5, &error));
  g_assert_no_error (error);
  after = pp_library_get_plan_info (library, id, &error);
  g_assert_true (after->checked);
  g_assert_cmpint (after->n_fail, ==, 2);
  g_assert_cmpint (after->n_warn, ==, 5);
  /* Checking is not a change of the plan. */
  g_assert_cmpstr (after->modified, ==, before->modified);

  /* A copy checks as its original does. */
  copy_id = pp_library_duplicate_plan (library, id, &error);
  g_assert_no_error (error);
  copy = pp_library_get_plan_info (library, copy_id, &error);
  g_assert_true (copy->checked);
  g_assert_cmpint (copy->n_fail, ==, 2);
  g_assert_cmpint (copy->n_warn, ==, 5);

  g_assert_false (pp_library_set_plan_summary (library, 9999, 0, 0, &error));
  g_assert_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_NOT_FOUND);
}

static void
test_disk_full (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = library_path ("full");
  g_autoptr(PpLibrary) library = pp_library_open (path, &error);
  g_autoptr(PpPlan) small = pp_generate_plan (5, 10, 1);
  g_autoptr(PpPlan) big = pp_generate_plan (200, 5000, 2);
  g_autoptr(GPtrArray) plans = NULL;
  g_autofree char *limit = NULL;
  gint64 pages;

  g_assert_cmpint (pp_library_add_plan (library, small, &error), >, 0);
  g_assert_true (pp_sqlite_connection_query_int64 (pp_library_get_connection (library), "PRAGMA page_count",
                                                   &pages, &error));
  /* SQLite's page limit stands in for a full disk. */
  limit = g_strdup_printf ("PRAGMA max_page_count=%" G_GINT64_FORMAT, pages + 2);
  g_assert_true (pp_sqlite_connection_execute (pp_library_get_connection (library), limit, &error));

  g_assert_cmpint (pp_library_add_plan (library, big, &error), ==, 0);
  g_assert_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "full"));
  g_clear_error (&error);
  assert_foreign_keys_hold (library);

  /* Rolled back whole: the library holds what it held. */
  plans = pp_library_list_plans (library, TRUE, &error);
  g_assert_cmpuint (plans->len, ==, 1);
  {
    gint64 units;
    g_assert_true (pp_sqlite_connection_query_int64 (pp_library_get_connection (library),
                                                     "SELECT count (*) FROM units", &units, &error));
    g_assert_cmpint (units, ==, pp_plan_get_units (small)->len);
  }
}

static gboolean
chattr (const char *flag,
        const char *path)
{
  const char *argv[] = { "chattr", flag, path, NULL };
  int status;

  return g_spawn_sync (NULL, (char **) argv, NULL,
                       G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                       NULL, NULL, NULL, NULL, &status, NULL) &&
         g_spawn_check_wait_status (status, NULL);
}

static void
test_read_only_directory (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = pp_test_tmp_path ("read-only-dir");
  g_autofree char *path = g_build_filename (dir, "library.sqlite", NULL);
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(PpLibrary) library = NULL;
  g_autoptr(PpPlan) plan = pp_generate_plan (5, 10, 1);
  g_autoptr(GPtrArray) plans = NULL;

  library = pp_library_open (path, &error);
  g_assert_no_error (error);
  pp_library_add_plan (library, plan, &error);
  g_assert_no_error (error);
  g_clear_object (&library);

  /* Permission bits do not stop root; the immutable attribute does. */
  if (!chattr ("+i", dir))
    {
      g_test_skip ("an immutable directory needs chattr, root and a filesystem that has the attribute");
      return;
    }

  before = checksum_file (path);
  library = pp_library_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (pp_library_is_read_only (library));
  g_assert_nonnull (strstr (pp_library_get_read_only_reason (library), "folder"));
  plans = pp_library_list_plans (library, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plans->len, ==, 1);
  g_assert_cmpint (pp_library_add_plan (library, plan, &error), ==, 0);
  g_assert_error (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_READ_ONLY);
  g_clear_object (&library);
  after = checksum_file (path);
  g_assert_true (chattr ("-i", dir));
  g_assert_cmpstr (before, ==, after);
}

static void
test_default_path (void)
{
  g_autofree char *path = NULL;

  g_setenv ("POSTPLAN_LIBRARY", "/somewhere/else.sqlite", TRUE);
  path = pp_library_get_default_path ();
  g_assert_cmpstr (path, ==, "/somewhere/else.sqlite");
  g_unsetenv ("POSTPLAN_LIBRARY");
  g_clear_pointer (&path, g_free);

  path = pp_library_get_default_path ();
  g_assert_true (g_str_has_prefix (path, g_get_user_data_dir ()));
  g_assert_true (g_str_has_suffix (path, "postplan/library.sqlite"));
}

static void
test_references (void)
{
  gint64 id;

  g_assert_true (pp_library_parse_reference ("@12", &id));
  g_assert_cmpint (id, ==, 12);
  g_assert_false (pp_library_parse_reference ("@", &id));
  g_assert_false (pp_library_parse_reference ("@0", &id));
  g_assert_false (pp_library_parse_reference ("@-3", &id));
  g_assert_false (pp_library_parse_reference ("@3x", &id));
}

int
main (int    argc,
      char **argv)
{
  pp_test_init (&argc, &argv);

  g_test_add_func ("/core/library/round-trip", test_round_trip);
  g_test_add_func ("/core/library/staff-names-stay", test_staff_names_stay);
  g_test_add_func ("/core/library/manage-plans", test_manage_plans);
  g_test_add_func ("/core/library/corrupt", test_corrupt);
  g_test_add_func ("/core/library/newer", test_newer);
  g_test_add_func ("/core/library/locked", test_locked);
  g_test_add_func ("/core/library/two-writers", test_two_writers);
  g_test_add_func ("/core/library/default-path", test_default_path);
  g_test_add_func ("/core/library/first-version-fixture", test_first_version_fixture);
  g_test_add_func ("/core/library/check-summary", test_check_summary);
  g_test_add_func ("/core/library/disk-full", test_disk_full);
  g_test_add_func ("/core/library/read-only-directory", test_read_only_directory);
  g_test_add_func ("/core/library/references", test_references);

  return g_test_run ();
}
