/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "postplan-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <unistd.h>

#include "pp-check.h"
#include "pp-cli.h"
#include "pp-date.h"
#include "pp-plan-io.h"
#include "pp-report.h"

void
pp_cli_check_options_add (GOptionContext    *context,
                          PpCliCheckOptions *options)
{
  const GOptionEntry entries[] = {
    { "policy", 0, 0, G_OPTION_ARG_STRING, &options->policy,
      N_("Check against this policy pack instead of the plan’s own"), N_("ID") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &options->date,
      N_("Check for this plan date instead of the plan’s own"), N_("YYYY-MM-DD") },
    { "library", 0, 0, G_OPTION_ARG_FILENAME, &options->library, N_("Use this plan library for @ID"), N_("PATH") },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
}

void
pp_cli_check_options_clear (PpCliCheckOptions *options)
{
  g_clear_pointer (&options->policy, g_free);
  g_clear_pointer (&options->date, g_free);
  g_clear_pointer (&options->library, g_free);
}

PpCheck *
pp_cli_check_options_run (PpCliCheckOptions *options,
                          const char        *reference)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPlan) plan = NULL;
  PpCheck *check;
  GDate date;

  g_date_clear (&date, 1);
  if (options->date != NULL && !pp_date_parse (options->date, &date))
    {
      pp_cli_error (_("--date “%s” is not a date: write it as YYYY-MM-DD."), options->date);
      return NULL;
    }

  if (!(plan = pp_cli_load_plan (reference, options->library)))
    return NULL;

  if (!(check = pp_check_new_for_plan (plan, options->policy, &date, &error)))
    {
      pp_cli_error ("%s", error->message);
      return NULL;
    }
  pp_check_run (check);
  return check;
}

int
pp_cli_check (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PpCheck) check = NULL;
  g_auto(PpCliCheckOptions) options = { 0 };
  g_autofree char *format = NULL;
  g_autofree char *report = NULL;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format,
      N_("Report format: text (the default) or xml"), N_("FORMAT") },
    { NULL }
  };

  context = g_option_context_new (_("PLAN — check a plan against the policy in force"));
  g_option_context_set_summary (context,
                                _("PLAN is a plan XML file, or @ID for a plan in the library. The report lists every rule result by unit, "
                                  "worst first.\nExit status: 0 when no rule fails, 1 when some rule fails, "
                                  "2 on bad input."));
  pp_cli_check_options_add (context, &options);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!pp_cli_parse_options (context, &argc, &argv))
    return PP_EXIT_INPUT;

  if (argc != 2)
    {
      pp_cli_error (_("check needs exactly one plan. Run “postplan-cli check --help” for usage."));
      return PP_EXIT_INPUT;
    }

  if (format != NULL && strcmp (format, "text") != 0 && strcmp (format, "xml") != 0)
    {
      pp_cli_error (_("--format must be text or xml, not “%s”."), format);
      return PP_EXIT_INPUT;
    }

  if (!(check = pp_cli_check_options_run (&options, argv[1])))
    return PP_EXIT_INPUT;

  if (format != NULL && strcmp (format, "xml") == 0)
    report = pp_report_format_xml (check, &error);
  else
    report = pp_report_format_text (check, isatty (STDOUT_FILENO) && !g_getenv ("NO_COLOR")
                                           ? PP_REPORT_TEXT_COLOR : PP_REPORT_TEXT_PLAIN);

  if (report == NULL)
    {
      pp_cli_error ("%s", error->message);
      return PP_EXIT_INPUT;
    }

  if (!pp_cli_write_stdout (report))
    return PP_EXIT_INPUT;

  return pp_check_get_count (check, PP_STATUS_FAIL) > 0 ? PP_EXIT_FAIL : PP_EXIT_OK;
}
