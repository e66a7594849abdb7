/* SPDX-License-Identifier: GPL-3.0-or-later */
/* File errors in PostPlan's words: never GLib's own text, which under
 * LANGUAGE=mn_CN would come from Debian's Cyrillic catalog. */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "pp-file-error.h"
#include "pp-test-util.h"

#define GLIB_TEXT "GLib's own words"

static char *
describe (GQuark       domain,
          int          code,
          PpFileAccess access)
{
  g_autoptr(GError) error = g_error_new_literal (domain, code, GLIB_TEXT);
  char *text = pp_file_error_describe ("/plans/赤峰.xml", access, error);

  g_assert_nonnull (strstr (text, "/plans/赤峰.xml"));
  g_assert_null (strstr (text, GLIB_TEXT));
  return text;
}

static void
test_codes (void)
{
  static const struct { GQuark (*domain) (void); int code; const char *says; } cases[] = {
    { g_file_error_quark, G_FILE_ERROR_NOENT, "does not exist" },
    { g_file_error_quark, G_FILE_ERROR_ACCES, "may not be" },
    { g_file_error_quark, G_FILE_ERROR_PERM, "may not be" },
    { g_file_error_quark, G_FILE_ERROR_ISDIR, "is a folder" },
    { g_file_error_quark, G_FILE_ERROR_NOTDIR, "not a folder" },
    { g_file_error_quark, G_FILE_ERROR_NOSPC, "disk is full" },
    { g_file_error_quark, G_FILE_ERROR_ROFS, "cannot be written: choose" },
    { g_file_error_quark, G_FILE_ERROR_NAMETOOLONG, "too long" },
    { g_file_error_quark, G_FILE_ERROR_IO, "check the disk" },
    { g_io_error_quark, G_IO_ERROR_NOT_FOUND, "does not exist" },
    { g_io_error_quark, G_IO_ERROR_PERMISSION_DENIED, "may not be" },
    { g_io_error_quark, G_IO_ERROR_IS_DIRECTORY, "is a folder" },
    { g_io_error_quark, G_IO_ERROR_NOT_DIRECTORY, "not a folder" },
    { g_io_error_quark, G_IO_ERROR_NO_SPACE, "disk is full" },
    { g_io_error_quark, G_IO_ERROR_READ_ONLY, "cannot be written: choose" },
    { g_io_error_quark, G_IO_ERROR_FILENAME_TOO_LONG, "too long" },
    { g_io_error_quark, G_IO_ERROR_FAILED, "check the disk" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = describe (cases[i].domain (), cases[i].code, PP_FILE_READING);

      g_test_message ("%s", text);
      g_assert_nonnull (strstr (text, cases[i].says));
    }
}

/* Reading and writing are told apart where what to do differs. */
static void
test_access (void)
{
  g_autofree char *read_denied = describe (G_FILE_ERROR, G_FILE_ERROR_ACCES, PP_FILE_READING);
  g_autofree char *write_denied = describe (G_FILE_ERROR, G_FILE_ERROR_ACCES, PP_FILE_WRITING);
  g_autofree char *read_other = describe (G_FILE_ERROR, G_FILE_ERROR_FAILED, PP_FILE_READING);
  g_autofree char *write_other = describe (G_FILE_ERROR, G_FILE_ERROR_FAILED, PP_FILE_WRITING);

  g_assert_nonnull (strstr (read_denied, "may not be read"));
  g_assert_nonnull (strstr (write_denied, "may not be written"));
  g_assert_nonnull (strstr (read_other, "cannot be read"));
  g_assert_nonnull (strstr (write_other, "cannot be written"));
}

/* Another domain, or no error at all: the general sentence. */
static void
test_other_domains (void)
{
  g_autofree char *markup = describe (G_MARKUP_ERROR, G_MARKUP_ERROR_PARSE, PP_FILE_READING);
  g_autofree char *none = pp_file_error_describe ("/plans/a.xml", PP_FILE_WRITING, NULL);

  g_assert_nonnull (strstr (markup, "cannot be read"));
  g_assert_nonnull (strstr (none, "cannot be written"));
}

/* What GLib really says about a missing file and a folder reads as ours. */
static void
test_real_errors (void)
{
  g_autoptr(GError) missing = NULL;
  g_autoptr(GError) folder = NULL;
  g_autofree char *dir = pp_test_tmp_path ("a-folder");
  g_autofree char *absent = pp_test_tmp_path ("no-such-plan.xml");
  g_autofree char *contents = NULL;
  g_autofree char *missing_text = NULL;
  g_autofree char *folder_text = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_false (g_file_get_contents (absent, &contents, NULL, &missing));
  missing_text = pp_file_error_describe (absent, PP_FILE_READING, missing);
  g_assert_nonnull (strstr (missing_text, "does not exist"));

  g_assert_false (g_file_set_contents (dir, "x", 1, &folder));
  folder_text = pp_file_error_describe (dir, PP_FILE_WRITING, folder);
  g_assert_null (strstr (folder_text, folder->message));
  g_assert_nonnull (strstr (folder_text, dir));
}

int
main (int    argc,
      char **argv)
{
  pp_test_init (&argc, &argv);
  g_test_add_func ("/file-error/codes", test_codes);
  g_test_add_func ("/file-error/access", test_access);
  g_test_add_func ("/file-error/other-domains", test_other_domains);
  g_test_add_func ("/file-error/real-errors", test_real_errors);
  return g_test_run ();
}
