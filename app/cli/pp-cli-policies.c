/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "postplan-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-cli.h"
#include "pp-date.h"
#include "pp-pack.h"

static void
format_window (PpPack  *pack,
               GString *out)
{
  g_autofree char *from = pp_date_format_display (&pack->in_force_from);
  g_autofree char *until = pp_date_format_display (&pack->in_force_until);
  GDate today;

  g_date_set_time_t (&today, time (NULL));

  if (g_date_valid (&pack->in_force_from) && g_date_valid (&pack->in_force_until))
    /* TRANSLATORS: the first and last day a policy is in force */
    g_string_append_printf (out, _("in force %s to %s"), from, until);
  else if (g_date_valid (&pack->in_force_from))
    g_string_append_printf (out, _("in force from %s"), from);
  else if (g_date_valid (&pack->in_force_until))
    g_string_append_printf (out, _("in force until %s"), until);
  else
    g_string_append (out, _("no in-force dates given"));

  if (pp_pack_is_expired (pack, &today))
    g_string_append_printf (out, " (%s)", _("expired"));
}

int
pp_cli_policies (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) packs = NULL;
  g_autofree char *directory = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  context = g_option_context_new (_("— list the policy packs"));
  g_option_context_set_summary (context, _("Lists every policy pack: its id, title and in-force window."));
  if (!pp_cli_parse_options (context, &argc, &argv))
    return PP_EXIT_INPUT;

  if (argc != 1)
    {
      pp_cli_error (_("policies takes no arguments. Run “postplan-cli policies --help” for usage."));
      return PP_EXIT_INPUT;
    }

  directory = pp_pack_get_directory ();
  if (!(packs = pp_pack_load_all (directory, &error)))
    {
      pp_cli_error ("%s", error->message);
      return PP_EXIT_INPUT;
    }

  for (guint i = 0; i < packs->len; i++)
    {
      PpPack *pack = g_ptr_array_index (packs, i);

      g_string_append_printf (out, "%-14s %s\n%-14s %s", pack->id, pp_pack_get_title (pack), "",
                              pack->document);
      if (pack->number != NULL && pack->number[0] != '\0')
        g_string_append_printf (out, " %s", pack->number);
      g_string_append_printf (out, "\n%-14s ", "");
      format_window (pack, out);
      g_string_append (out, "\n");
    }

  return pp_cli_write_stdout (out->str) ? PP_EXIT_OK : PP_EXIT_INPUT;
}
