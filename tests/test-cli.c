/* SPDX-License-Identifier: GPL-3.0-or-later */
/* postplan-cli as a user runs it: exit codes, --help, reports, and no
 * output at all on bad input. */

#include "config.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "pp-bad-plans.h"
#include "pp-test-util.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_cli (Run        *run,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int wait_status;
  va_list ap;

  g_ptr_array_add (args, (gpointer) g_getenv ("POSTPLAN_CLI"));
  va_start (ap, first);
  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) a);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) args->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &run->out, &run->err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static char *
sample_path (void)
{
  return g_build_filename (g_getenv ("POSTPLAN_DATADIR"), "samples", "chifeng-sample.xml", NULL);
}

static void
test_usage (void)
{
  g_auto(Run) none = { 0 }, help = { 0 }, unknown = { 0 };

  run_cli (&none, NULL);
  g_assert_cmpint (none.status, ==, 2);

  run_cli (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "check"));
  g_assert_nonnull (strstr (help.out, "policies"));
  g_assert_nonnull (strstr (help.out, "generate"));

  run_cli (&unknown, "frobnicate", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_cmpstr (unknown.out, ==, "");
  g_assert_nonnull (strstr (unknown.err, "frobnicate"));
}

static void
test_command_help (gconstpointer data)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, data, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, data));
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_check_text (void)
{
  g_autofree char *sample = sample_path ();
  g_auto(Run) run = { 0 };

  run_cli (&run, "check", sample, NULL);
  /* The sample fails some rules on purpose. */
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_nonnull (strstr (run.out, "FAIL  chifeng-2022.welfare-professional-share  [三(一)1 第二段]"));
  g_assert_nonnull (strstr (run.out, "To comply: add 10 new professional-technical posts, or convert 3"));
  g_assert_nonnull (strstr (run.out, "WARN  "));
  g_assert_nonnull (strstr (run.out, "N/A   "));
  g_assert_nonnull (strstr (run.out, "PASS  "));
  /* Worst first: the first unit listed has a failure. */
  g_assert_true (strstr (run.out, "FAIL") < strstr (run.out, "PASS"));
  /* No colour codes when the output is not a terminal. */
  g_assert_null (strchr (run.out, '\033'));
}

static guint
count_elements (xmlNode    *root,
                const char *name,
                const char *status)
{
  guint n = 0;

  for (xmlNode *node = root->children; node != NULL; node = node->next)
    {
      g_autofree xmlChar *value = NULL;

      if (node->type != XML_ELEMENT_NODE || strcmp ((const char *) node->name, name) != 0)
        continue;
      value = xmlGetProp (node, (const xmlChar *) "status");
      if (status == NULL || g_strcmp0 ((const char *) value, status) == 0)
        n++;
    }
  return n;
}

static guint
count_attribute (xmlNode    *root,
                 const char *name)
{
  xmlChar *value = xmlGetProp (root, (const xmlChar *) name);
  guint n = (guint) g_ascii_strtoull ((const char *) value, NULL, 10);

  xmlFree (value);
  return n;
}

static void
test_check_xml (void)
{
  g_autofree char *sample = sample_path ();
  g_auto(Run) run = { 0 };
  xmlDoc *doc;
  xmlNode *root;
  const char *statuses[] = { "pass", "fail", "warn", "na" };

  run_cli (&run, "check", sample, "--format", "xml", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "");

  doc = xmlReadMemory (run.out, strlen (run.out), "report.xml", NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  root = xmlDocGetRootElement (doc);
  g_assert_cmpstr ((const char *) root->name, ==, "report");
  g_assert_cmpstr ((const char *) root->ns->href, ==, "urn:postplan:report:1");

  /* The counts on the root agree with the results listed. */
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_assert_cmpuint (count_attribute (root, statuses[i]), ==, count_elements (root, "result", statuses[i]));
      g_assert_cmpuint (count_attribute (root, statuses[i]), >, 0);
    }

  g_assert_nonnull (strstr (run.out, "rule=\"chifeng-2022.welfare-professional-share\" unit=\"cf-shfly\" "
                                     "status=\"fail\" actual=\"18/30\" required=\"&gt;= 70%\" add=\"10\" "
                                     "convert=\"3\">"));
  /* Plan-level results name no unit. */
  g_assert_nonnull (strstr (run.out, "rule=\"chifeng-2022.township-coverage\" unit=\"\""));
  xmlFreeDoc (doc);
}

static void
test_check_expired (void)
{
  g_autofree char *sample = sample_path ();
  g_auto(Run) run = { 0 };

  run_cli (&run, "check", sample, "--policy", "shenzhen-2020", "--format", "xml", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "<notice kind=\"policy-expired\" pack=\"shenzhen-2020\" last-day=\"2025-11-11\""));
}

static void
test_check_passing (void)
{
  g_autofree char *path = pp_test_tmp_path ("passing.xml");
  g_auto(Run) run = { 0 };

  g_assert_true (g_file_set_contents (path,
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<plan xmlns=\"urn:postplan:plan:1\" version=\"1\" title=\"t\" policy=\"chifeng-2022\" date=\"2026-11-22\">\n"
    "  <unit id=\"u\" type=\"child-welfare\" name=\"n\" public-institution=\"true\">\n"
    "    <post id=\"p\" title=\"t\" category=\"professional\" level=\"11\" count=\"7\" filled=\"7\"/>\n"
    "    <post id=\"q\" title=\"t\" category=\"skilled\" level=\"3\" count=\"3\" filled=\"3\"/>\n"
    "  </unit>\n"
    "</plan>\n", -1, NULL));
  run_cli (&run, "check", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
}

static void
assert_bad_input (Run        *run,
                  const char *fragment)
{
  g_assert_cmpint (run->status, ==, 2);
  g_assert_cmpstr (run->out, ==, "");
  /* One line. */
  g_assert_cmpint (strlen (run->err), >, 0);
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
  g_assert_nonnull (strstr (run->err, fragment));
}

static void
test_check_bad_input (void)
{
  g_autofree char *path = pp_test_tmp_path ("bad.xml");
  g_autofree char *sample = sample_path ();
  g_auto(Run) doctype = { 0 }, format = { 0 }, date = { 0 }, policy = { 0 }, missing = { 0 }, two = { 0 };
  g_autofree char *location = NULL;

  g_assert_true (g_file_set_contents (path,
    "<?xml version=\"1.0\"?>\n<!DOCTYPE plan SYSTEM \"x.dtd\">\n<plan/>\n", -1, NULL));
  run_cli (&doctype, "check", path, NULL);
  location = g_strconcat (path, ":2:1: ", NULL);
  assert_bad_input (&doctype, location);

  run_cli (&format, "check", sample, "--format", "pdf", NULL);
  assert_bad_input (&format, "pdf");
  run_cli (&date, "check", sample, "--date", "22/11/2026", NULL);
  assert_bad_input (&date, "22/11/2026");
  run_cli (&policy, "check", sample, "--policy", "atlantis", NULL);
  assert_bad_input (&policy, "atlantis");
  run_cli (&missing, "check", "/nonexistent.xml", NULL);
  assert_bad_input (&missing, "/nonexistent.xml");
  run_cli (&two, "check", sample, sample, NULL);
  assert_bad_input (&two, "one plan");

  /* libxml2 says nothing of its own on stderr: one line, ours. */
  {
    g_auto(Run) encoding = { 0 };
    g_autofree char *wrong = pp_test_tmp_path ("utf16-declared.xml");

    g_assert_true (g_file_set_contents (wrong, "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<plan/>\n", -1, NULL));
    run_cli (&encoding, "check", wrong, NULL);
    assert_bad_input (&encoding, wrong);
  }
}

static void
test_policies (void)
{
  g_auto(Run) run = { 0 };
  const char *ids[] = { "national", "chifeng-2022", "chongqing", "shenzhen-2020", "guangxi-2019", "jilin-2010" };

  run_cli (&run, "policies", NULL);
  g_assert_cmpint (run.status, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_assert_nonnull (strstr (run.out, ids[i]));
  g_assert_nonnull (strstr (run.out, "2020-11-12 to 2025-11-11"));
}

static void
test_generate (void)
{
  g_autofree char *path = pp_test_tmp_path ("generated.xml");
  g_autofree char *again = pp_test_tmp_path ("generated-again.xml");
  g_auto(Run) ok = { 0 }, same = { 0 }, check = { 0 }, no_output = { 0 }, unwritable = { 0 };
  g_autofree char *a = NULL, *b = NULL;

  run_cli (&ok, "generate", "--units", "100", "--posts", "1000", "--seed", "5", "-o", path, NULL);
  g_assert_cmpint (ok.status, ==, 0);
  run_cli (&same, "generate", "--units", "100", "--posts", "1000", "--seed", "5", "-o", again, NULL);
  g_assert_true (g_file_get_contents (path, &a, NULL, NULL));
  g_assert_true (g_file_get_contents (again, &b, NULL, NULL));
  g_assert_cmpstr (a, ==, b);

  run_cli (&check, "check", path, NULL);
  g_assert_cmpint (check.status, <=, 1);
  g_assert_cmpstr (check.err, ==, "");

  run_cli (&no_output, "generate", "--units", "10", "--posts", "10", NULL);
  assert_bad_input (&no_output, "-o");
  run_cli (&unwritable, "generate", "--units", "10", "--posts", "10", "-o", "/nonexistent/x.xml", NULL);
  assert_bad_input (&unwritable, "/nonexistent");
  g_assert_false (g_file_test ("/nonexistent/x.xml", G_FILE_TEST_EXISTS));
}

static char *
checksum_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
test_library (void)
{
  g_autofree char *sample = sample_path ();
  g_autofree char *library = pp_test_tmp_path ("cli-library.sqlite");
  g_autofree char *original = pp_test_tmp_path ("original.xml");
  g_autofree char *exported = pp_test_tmp_path ("exported.xml");
  g_auto(Run) import = { 0 }, list = { 0 }, export = { 0 }, check = { 0 }, from_file = { 0 }, gen = { 0 };
  g_autofree char *a = NULL, *b = NULL;

  /* Export of the original, for comparison. */
  run_cli (&gen, "generate", "--units", "60", "--posts", "600", "-o", original, NULL);
  g_assert_cmpint (gen.status, ==, 0);

  run_cli (&import, "import", original, "--library", library, NULL);
  g_assert_cmpint (import.status, ==, 0);
  g_assert_cmpstr (import.out, ==, "@1\n");

  run_cli (&list, "list", "--library", library, NULL);
  g_assert_cmpint (list.status, ==, 0);
  g_assert_true (g_str_has_prefix (list.out, "@1\t合成岗位规划\tchifeng-2022\t2026-11-22\t"));

  run_cli (&export, "export", "@1", "-o", exported, "--library", library, NULL);
  g_assert_cmpint (export.status, ==, 0);
  g_assert_true (g_file_get_contents (original, &a, NULL, NULL));
  g_assert_true (g_file_get_contents (exported, &b, NULL, NULL));
  g_assert_cmpstr (a, ==, b);

  /* check @ID reads the library and reports the same as the file. */
  run_cli (&check, "check", "@1", "--library", library, NULL);
  run_cli (&from_file, "check", original, NULL);
  g_assert_cmpint (check.status, ==, from_file.status);
  g_assert_cmpstr (check.out, ==, from_file.out);
}

static void
test_library_bad_input (void)
{
  g_autofree char *library = pp_test_tmp_path ("cli-bad.sqlite");
  g_autofree char *bad = pp_test_tmp_path ("bad-import.xml");
  g_autofree char *sample = sample_path ();
  g_autofree char *before = NULL, *after = NULL;
  g_autofree char *out = pp_test_tmp_path ("never.xml");
  g_auto(Run) first = { 0 }, broken = { 0 }, missing = { 0 }, no_plan = { 0 }, not_ref = { 0 };
  g_auto(Run) corrupt = { 0 };

  run_cli (&first, "import", sample, "--library", library, NULL);
  g_assert_cmpint (first.status, ==, 0);
  before = checksum_file (library);

  /* A bad file stores nothing: the library stays byte for byte the same. */
  g_assert_true (g_file_set_contents (bad, "<?xml version=\"1.0\"?>\n<plan xmlns=\"urn:postplan:plan:1\" "
                                           "version=\"1\"><unit id=\"u\"/></plan>\n", -1, NULL));
  run_cli (&broken, "import", bad, "--library", library, NULL);
  assert_bad_input (&broken, "type");
  run_cli (&missing, "import", "/nonexistent.xml", "--library", library, NULL);
  assert_bad_input (&missing, "/nonexistent.xml");
  after = checksum_file (library);
  g_assert_cmpstr (before, ==, after);

  run_cli (&no_plan, "export", "@42", "-o", out, "--library", library, NULL);
  assert_bad_input (&no_plan, "@42");
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  run_cli (&not_ref, "export", "plan.xml", "-o", out, "--library", library, NULL);
  assert_bad_input (&not_ref, "plan.xml");

  run_cli (&corrupt, "list", "--library", bad, NULL);
  assert_bad_input (&corrupt, "not a plan library");

  /* Every bad plan of the reader's tests: refused, nothing stored. */
  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *name = g_strconcat ("import-", bad_inputs[i].name, ".xml", NULL);
      g_autofree char *file = pp_test_tmp_path (name);
      g_autofree char *now = NULL;

      g_assert_true (g_file_set_contents (file, bad_inputs[i].text, bad_inputs[i].length, NULL));
      run_cli (&run, "import", file, "--library", library, NULL);
      assert_bad_input (&run, file);
      now = checksum_file (library);
      g_assert_cmpstr (now, ==, before);
    }
}

/* Reports in the three formats; the exit status follows the rules the
 * report covers, as check's does. */
static void
test_report (void)
{
  g_autofree char *sample = sample_path ();
  g_autofree char *pdf = pp_test_tmp_path ("report.pdf");
  g_autofree char *xlsx = pp_test_tmp_path ("unit.xlsx");
  g_autofree char *csv = pp_test_tmp_path ("rollup.csv");
  g_autofree char *data = NULL;
  g_autofree char *text = NULL;
  gsize length;
  g_auto(Run) plan = { 0 }, unit = { 0 }, table = { 0 };

  run_cli (&plan, "report", sample, "-o", pdf, NULL);
  g_assert_cmpint (plan.status, ==, 1);
  g_assert_cmpstr (plan.out, ==, "");
  g_assert_cmpstr (plan.err, ==, "");
  g_assert_true (g_file_get_contents (pdf, &data, &length, NULL));
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  g_clear_pointer (&data, g_free);

  /* 赤峰市儿童福利院 passes every rule. */
  run_cli (&unit, "report", sample, "--unit", "cf-etfly", "-o", xlsx, NULL);
  g_assert_cmpint (unit.status, ==, 0);
  g_assert_true (g_file_get_contents (xlsx, &data, &length, NULL));
  g_assert_true (g_str_has_prefix (data, "PK"));

  run_cli (&table, "report", sample, "--unit", "blyq", "--rollup-only", "--table", "rollup",
           "--encoding", "gb18030", "-o", csv, NULL);
  g_assert_cmpint (table.status, ==, 1);
  g_clear_pointer (&data, g_free);
  g_assert_true (g_file_get_contents (csv, &data, &length, NULL));
  text = g_convert (data, length, "UTF-8", "GB18030", NULL, NULL, NULL);
  g_assert_nonnull (text);
  g_assert_true (g_str_has_prefix (text, "Unit,Type,Posts,"));
  g_assert_nonnull (strstr (text, "\r\nTotal,,157,"));
}

/* Bad input: exit 2, one line on stderr, nothing on stdout, no file. */
static void
test_report_bad_input (void)
{
  g_autofree char *sample = sample_path ();
  g_autofree char *dir = pp_test_tmp_path ("report-bad");
  g_autofree char *pdf = g_build_filename (dir, "out.pdf", NULL);
  g_autofree char *csv = g_build_filename (dir, "out.csv", NULL);
  g_autofree char *txt = g_build_filename (dir, "out.txt", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "out.pdf", NULL);
  const char *cases[][8] = {
    { "report", sample, "--unit", "no-such-unit", "-o", pdf, NULL },
    { "report", sample, "-o", txt, NULL },
    { "report", sample, NULL },
    { "report", sample, "--encoding", "gb18030", "-o", pdf, NULL },
    { "report", sample, "--encoding", "latin1", "-o", csv, NULL },
    { "report", sample, "--table", "no-such-table", "-o", csv, NULL },
    { "report", sample, "-o", missing, NULL },
    { "report", "no-such-plan.xml", "-o", pdf, NULL },
  };
  g_autoptr(GDir) listing = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };

      run_cli (&run, cases[i][0], cases[i][1], cases[i][2], cases[i][3], cases[i][4], cases[i][5],
               cases[i][6], NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_str_has_prefix (run.err, "postplan-cli: "));
      g_assert_cmpint (strchr (run.err, '\n') - run.err, ==, strlen (run.err) - 1);
    }
  listing = g_dir_open (dir, 0, NULL);
  g_assert_null (g_dir_read_name (listing));
}

int
main (int    argc,
      char **argv)
{
  pp_test_init (&argc, &argv);
  g_assert_nonnull (g_getenv ("POSTPLAN_CLI"));

  g_test_add_func ("/cli/usage", test_usage);
  g_test_add_data_func ("/cli/help/check", "check", test_command_help);
  g_test_add_data_func ("/cli/help/policies", "policies", test_command_help);
  g_test_add_data_func ("/cli/help/generate", "generate", test_command_help);
  g_test_add_func ("/cli/check/text", test_check_text);
  g_test_add_data_func ("/cli/help/report", "report", test_command_help);
  g_test_add_func ("/cli/report", test_report);
  g_test_add_func ("/cli/report/bad-input", test_report_bad_input);
  g_test_add_func ("/cli/check/xml", test_check_xml);
  g_test_add_func ("/cli/check/expired", test_check_expired);
  g_test_add_func ("/cli/check/passing", test_check_passing);
  g_test_add_func ("/cli/check/bad-input", test_check_bad_input);
  g_test_add_func ("/cli/policies", test_policies);
  g_test_add_func ("/cli/generate", test_generate);
  g_test_add_func ("/cli/library", test_library);
  g_test_add_func ("/cli/library/bad-input", test_library_bad_input);
  g_test_add_data_func ("/cli/help/import", "import", test_command_help);
  g_test_add_data_func ("/cli/help/export", "export", test_command_help);
  g_test_add_data_func ("/cli/help/list", "list", test_command_help);

  return g_test_run ();
}
