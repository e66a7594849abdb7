/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "postplan-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <locale.h>
#include <stdio.h>

#include "pp-cli.h"
#include "pp-data.h"

typedef struct
{
  const char *name;
  int       (*run) (int argc, char **argv);
  const char *summary;
} Command;

static const Command commands[] = {
  { "check", pp_cli_check, N_("Check a plan against the policy in force") },
  { "report", pp_cli_report, N_("Write the post-setting report of a plan or unit as PDF, XLSX or CSV") },
  { "policies", pp_cli_policies, N_("List the policy packs") },
  { "import", pp_cli_import, N_("Store a plan file in the plan library") },
  { "export", pp_cli_export, N_("Write a plan of the library as a plan file") },
  { "list", pp_cli_list, N_("List the plans in the library") },
  { "generate", pp_cli_generate, N_("Write a synthetic plan for tests and benchmarks") },
};

void
pp_cli_error (const char *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* One line: a message from a library may carry a newline. */
  g_strdelimit (message, "\n", ' ');
  fprintf (stderr, "postplan-cli: %s\n", message);
}

gboolean
pp_cli_parse_options (GOptionContext  *context,
                      int             *argc,
                      char          ***argv)
{
  g_autoptr(GError) error = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      pp_cli_error (_("%s. Run with --help to see the options."), error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
pp_cli_write_stdout (const char *text)
{
  gsize length = strlen (text);

  if (fwrite (text, 1, length, stdout) != length || fflush (stdout) != 0)
    {
      pp_cli_error (_("Cannot write the output: %s"), g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n  postplan-cli %s\n\n%s\n", _("Usage:"), _("COMMAND [OPTION…]"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (stream, "\n%s\n", _("Run “postplan-cli COMMAND --help” for the options of a command."));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, pp_data_get_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    {
      print_usage (stderr);
      return PP_EXIT_INPUT;
    }

  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 || strcmp (argv[1], "help") == 0)
    {
      print_usage (stdout);
      return PP_EXIT_OK;
    }

  if (strcmp (argv[1], "--version") == 0)
    {
      printf ("postplan-cli %s\n", PACKAGE_VERSION);
      return PP_EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (argv[1], commands[i].name) == 0)
      return commands[i].run (argc - 1, argv + 1);

  pp_cli_error (_("“%s” is not a command. Run “postplan-cli --help” to list the commands."), argv[1]);
  return PP_EXIT_INPUT;
}
