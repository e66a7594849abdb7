/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-cli.h: the commands of postplan-cli (interfaces.md §3). */

#pragma once

#include "pp-check.h"
#include "pp-library.h"
#include "pp-plan.h"

G_BEGIN_DECLS

/* Exit codes of every command. */
enum
{
  PP_EXIT_OK = 0,
  PP_EXIT_FAIL = 1,    /* check: some rule fails */
  PP_EXIT_INPUT = 2,   /* bad input or usage */
};

int  pp_cli_check    (int    argc,
                      char **argv);
int  pp_cli_report   (int    argc,
                      char **argv);
int  pp_cli_policies (int    argc,
                      char **argv);
int  pp_cli_generate (int    argc,
                      char **argv);
int  pp_cli_import   (int    argc,
                      char **argv);
int  pp_cli_export   (int    argc,
                      char **argv);
int  pp_cli_list     (int    argc,
                      char **argv);

/* Prints "postplan-cli: MESSAGE" on stderr, on one line. */
void pp_cli_error    (const char *format,
                      ...) G_GNUC_PRINTF (1, 2);
/* Parses a command's options; on error prints it and returns FALSE. */
gboolean pp_cli_parse_options (GOptionContext  *context,
                               int             *argc,
                               char          ***argv);
/* Writes all of text to stdout, or says why not. */
gboolean pp_cli_write_stdout  (const char      *text);

/* The options of every command that checks a plan: --policy, --date and
 * --library. */
typedef struct
{
  char *policy;
  char *date;
  char *library;
} PpCliCheckOptions;

void       pp_cli_check_options_add   (GOptionContext    *context,
                                       PpCliCheckOptions *options);
void       pp_cli_check_options_clear (PpCliCheckOptions *options);
/* Loads the plan reference names and checks it as the options say; on
 * failure the error has been printed. */
PpCheck   *pp_cli_check_options_run   (PpCliCheckOptions *options,
                                       const char        *reference);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PpCliCheckOptions, pp_cli_check_options_clear)

/* A plan from a file path, or from the library for "@ID"; on failure the
 * error has been printed. */
PpPlan    *pp_cli_load_plan    (const char *reference,
                                const char *library_path);
/* The library at path (NULL: the default); on failure the error has been
 * printed. */
PpLibrary *pp_cli_open_library (const char *path);

G_END_DECLS
