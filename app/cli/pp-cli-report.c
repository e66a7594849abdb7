/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "postplan-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-check.h"
#include "pp-cli.h"
#include "pp-report-writers.h"

int
pp_cli_report (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PpCheck) check = NULL;
  g_auto(PpCliCheckOptions) options = { 0 };
  g_autoptr(PpReport) report = NULL;
  g_autofree char *unit_id = NULL;
  g_autofree char *output = NULL;
  g_autofree char *encoding_name = NULL;
  g_autofree char *table = NULL;
  gboolean rollup_only = FALSE;
  PpCsvEncoding encoding = PP_CSV_UTF8_BOM;
  PpUnit *unit = NULL;
  PpReportFileFormat format;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the report to this file: .pdf, .xlsx or .csv"), N_("FILE") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit_id,
      N_("Report on this unit, or on the units under this region, instead of the whole plan"), N_("ID") },
    { "rollup-only", 0, 0, G_OPTION_ARG_NONE, &rollup_only,
      N_("For a plan or region: the roll-up table of its units alone"), NULL },
    { "table", 0, 0, G_OPTION_ARG_STRING, &table,
      N_("CSV: this table alone (rollup, structure, levels, shares, social-work, coverage, results) "
         "instead of every table"), N_("NAME") },
    { "encoding", 0, 0, G_OPTION_ARG_STRING, &encoding_name,
      N_("CSV: utf-8-bom (the default, for WPS and Excel), utf-8, or gb18030 for older Excel"),
      N_("ENCODING") },
    { NULL }
  };

  context = g_option_context_new (_("PLAN -o FILE — write the post-setting report of a plan or unit"));
  g_option_context_set_summary (context,
                                _("PLAN is a plan XML file, or @ID for a plan in the library. The report "
                                  "(岗位设置方案表) is written as PDF, XLSX or CSV, by the file’s extension; "
                                  "nothing is written on error.\nExit status: 0 when no rule the report "
                                  "covers fails, 1 when some rule fails, 2 on bad input."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  pp_cli_check_options_add (context, &options);
  if (!pp_cli_parse_options (context, &argc, &argv))
    return PP_EXIT_INPUT;

  if (argc != 2)
    {
      pp_cli_error (_("report needs exactly one plan. Run “postplan-cli report --help” for usage."));
      return PP_EXIT_INPUT;
    }
  if (output == NULL)
    {
      pp_cli_error (_("report needs an output file: add -o REPORT.pdf, .xlsx or .csv."));
      return PP_EXIT_INPUT;
    }
  if (!pp_report_file_format_from_name (output, &format))
    {
      pp_cli_error (_("%s: the report is written as .pdf, .xlsx or .csv; name the file with one of these."),
                    output);
      return PP_EXIT_INPUT;
    }
  if ((table != NULL || encoding_name != NULL) && format != PP_REPORT_FILE_CSV)
    {
      pp_cli_error (_("--table and --encoding are for CSV reports only: write to a .csv file or leave them out."));
      return PP_EXIT_INPUT;
    }
  if (encoding_name != NULL && !pp_csv_encoding_from_string (encoding_name, &encoding))
    {
      pp_cli_error (_("--encoding must be utf-8-bom, utf-8 or gb18030, not “%s”."), encoding_name);
      return PP_EXIT_INPUT;
    }

  if (!(check = pp_cli_check_options_run (&options, argv[1])))
    return PP_EXIT_INPUT;

  if (unit_id != NULL && !(unit = pp_plan_find_unit (pp_check_get_plan (check), unit_id)))
    {
      pp_cli_error (_("%s has no unit “%s”: give the id of one of its units."), argv[1], unit_id);
      return PP_EXIT_INPUT;
    }
  report = pp_report_new (check, unit, rollup_only ? PP_REPORT_ROLLUP_ONLY : PP_REPORT_DEFAULT);

  if (!pp_report_write_file (report, format, table, encoding, output, &error))
    {
      pp_cli_error ("%s", error->message);
      return PP_EXIT_INPUT;
    }

  return pp_report_get_status (report) == PP_STATUS_FAIL ? PP_EXIT_FAIL : PP_EXIT_OK;
}
