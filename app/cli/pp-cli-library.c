/* SPDX-License-Identifier: GPL-3.0-or-later */
/* import, export and list: the command line's way into the plan library. */

#define G_LOG_DOMAIN "postplan-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <unistd.h>

#include "pp-cli.h"
#include "pp-library.h"
#include "pp-plan-io.h"

PpLibrary *
pp_cli_open_library (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *default_path = NULL;
  PpLibrary *library;

  if (path == NULL)
    path = default_path = pp_library_get_default_path ();

  library = pp_library_open (path, &error);
  if (library == NULL)
    pp_cli_error ("%s", error->message);
  return library;
}

PpPlan *
pp_cli_load_plan (const char *reference,
                  const char *library_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpLibrary) library = NULL;
  PpPlan *plan;
  gint64 id;

  if (reference[0] != '@')
    {
      plan = pp_plan_read_file (reference, &error);
      if (plan == NULL)
        pp_cli_error ("%s", error->message);
      return plan;
    }

  if (!pp_library_parse_reference (reference, &id))
    {
      pp_cli_error (_("“%s” is not a plan reference: write @ and the plan’s number, as “postplan-cli list” "
                      "shows it"), reference);
      return NULL;
    }

  if (!(library = pp_cli_open_library (library_path)))
    return NULL;
  plan = pp_library_load_plan (library, id, &error);
  if (plan == NULL)
    pp_cli_error ("%s", error->message);
  return plan;
}

int
pp_cli_import (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPlan) plan = NULL;
  g_autoptr(PpLibrary) library = NULL;
  g_autofree char *library_path = NULL;
  g_autofree char *out = NULL;
  gint64 id;
  const GOptionEntry entries[] = {
    { "library", 0, 0, G_OPTION_ARG_FILENAME, &library_path, N_("Use this plan library"), N_("PATH") },
    { NULL }
  };

  context = g_option_context_new (_("FILE.xml — store a plan file in the library"));
  g_option_context_set_summary (context, _("Validates the plan file and stores it in the plan library as a new "
                                           "plan; prints its reference (@ID). A bad file stores nothing."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!pp_cli_parse_options (context, &argc, &argv))
    return PP_EXIT_INPUT;

  if (argc != 2)
    {
      pp_cli_error (_("import needs exactly one plan file. Run “postplan-cli import --help” for usage."));
      return PP_EXIT_INPUT;
    }

  /* The file is read and checked whole before the library is touched. */
  if (!(plan = pp_plan_read_file (argv[1], &error)))
    {
      pp_cli_error ("%s", error->message);
      return PP_EXIT_INPUT;
    }

  if (!(library = pp_cli_open_library (library_path)))
    return PP_EXIT_INPUT;

  if (!(id = pp_library_add_plan (library, plan, &error)))
    {
      pp_cli_error ("%s", error->message);
      return PP_EXIT_INPUT;
    }

  out = g_strdup_printf ("@%" G_GINT64_FORMAT "\n", id);
  return pp_cli_write_stdout (out) ? PP_EXIT_OK : PP_EXIT_INPUT;
}

int
pp_cli_export (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPlan) plan = NULL;
  g_autofree char *library_path = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the plan to this file"), N_("OUT.xml") },
    { "library", 0, 0, G_OPTION_ARG_FILENAME, &library_path, N_("Use this plan library"), N_("PATH") },
    { NULL }
  };

  context = g_option_context_new (_("@ID — write a plan of the library as a plan file"));
  g_option_context_set_summary (context, _("Writes the plan as plan XML. Staff names stay in the library. "
                                           "The file appears whole or not at all."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!pp_cli_parse_options (context, &argc, &argv))
    return PP_EXIT_INPUT;

  if (argc != 2 || output == NULL)
    {
      pp_cli_error (_("export needs a plan reference and -o OUT.xml. Run “postplan-cli export --help” for usage."));
      return PP_EXIT_INPUT;
    }

  if (argv[1][0] != '@')
    {
      pp_cli_error (_("“%s” is not a plan reference: write @ and the plan’s number, as “postplan-cli list” "
                      "shows it"), argv[1]);
      return PP_EXIT_INPUT;
    }

  if (!(plan = pp_cli_load_plan (argv[1], library_path)))
    return PP_EXIT_INPUT;

  if (!pp_plan_write_file (plan, output, &error))
    {
      pp_cli_error ("%s", error->message);
      return PP_EXIT_INPUT;
    }
  return PP_EXIT_OK;
}

int
pp_cli_list (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PpLibrary) library = NULL;
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *library_path = NULL;
  gboolean trash = FALSE;
  const GOptionEntry entries[] = {
    { "library", 0, 0, G_OPTION_ARG_FILENAME, &library_path, N_("Use this plan library"), N_("PATH") },
    { "trash", 0, 0, G_OPTION_ARG_NONE, &trash, N_("Also list plans in the trash"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("— list the plans in the library"));
  g_option_context_set_summary (context, _("One plan a line, newest change first: reference, title, policy, "
                                           "plan date and last change, separated by tabs."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!pp_cli_parse_options (context, &argc, &argv))
    return PP_EXIT_INPUT;

  if (argc != 1)
    {
      pp_cli_error (_("list takes no arguments. Run “postplan-cli list --help” for usage."));
      return PP_EXIT_INPUT;
    }

  if (!(library = pp_cli_open_library (library_path)))
    return PP_EXIT_INPUT;
  if (!(plans = pp_library_list_plans (library, trash, &error)))
    {
      pp_cli_error ("%s", error->message);
      return PP_EXIT_INPUT;
    }

  if (isatty (STDOUT_FILENO))
    g_string_append_printf (out, "%s\t%s\t%s\t%s\t%s\n", _("Plan"), _("Title"), _("Policy"), _("Date"),
                            _("Last change"));
  for (guint i = 0; i < plans->len; i++)
    {
      PpPlanInfo *info = g_ptr_array_index (plans, i);

      g_string_append_printf (out, "@%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s", info->id, info->title,
                              info->policy, info->date, info->modified);
      if (info->deleted != NULL)
        g_string_append_printf (out, "\t%s", _("in the trash"));
      g_string_append_c (out, '\n');
    }

  return pp_cli_write_stdout (out->str) ? PP_EXIT_OK : PP_EXIT_INPUT;
}
