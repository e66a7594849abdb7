/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "postplan-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-cli.h"
#include "pp-generate.h"
#include "pp-plan-io.h"

int
pp_cli_generate (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PpPlan) plan = NULL;
  g_autofree char *output = NULL;
  int units = -1, posts = -1, seed = 1;
  const GOptionEntry entries[] = {
    { "units", 0, 0, G_OPTION_ARG_INT, &units, N_("Number of units (at least 3)"), N_("N") },
    { "posts", 0, 0, G_OPTION_ARG_INT, &posts, N_("Number of post lines in all"), N_("M") },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, N_("Seed: the same seed gives the same plan"), N_("S") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the plan to this file"), N_("OUT.xml") },
    { NULL }
  };

  context = g_option_context_new (_("— write a synthetic plan"));
  g_option_context_set_summary (context, _("Writes a plan of N units and M post lines, for benchmarks "
                                           "and tests."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!pp_cli_parse_options (context, &argc, &argv))
    return PP_EXIT_INPUT;

  if (argc != 1 || output == NULL || units < 3 || posts < 0)
    {
      pp_cli_error (_("generate needs --units N (3 or more), --posts M (0 or more) and -o OUT.xml. "
                      "Run “postplan-cli generate --help” for usage."));
      return PP_EXIT_INPUT;
    }

  plan = pp_generate_plan (units, posts, seed);
  if (!pp_plan_write_file (plan, output, &error))
    {
      pp_cli_error ("%s", error->message);
      return PP_EXIT_INPUT;
    }
  return PP_EXIT_OK;
}
