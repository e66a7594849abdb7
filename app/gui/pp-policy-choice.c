/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-policy-choice.c: policy packs offered against a plan date. */

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "pp-date.h"
#include "pp-policy-choice.h"

GListModel *
pp_policy_choice_labels (GPtrArray   *packs,
                         const GDate *date)
{
  GtkStringList *labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < packs->len; i++)
    {
      PpPack *pack = g_ptr_array_index (packs, i);

      if (pp_pack_is_expired (pack, date))
        {
          /* TRANSLATORS: a policy pack past its in-force window */
          g_autofree char *label = g_strdup_printf (_("%s (expired)"), pp_pack_get_title (pack));
          gtk_string_list_append (labels, label);
        }
      else
        gtk_string_list_append (labels, pp_pack_get_title (pack));
    }
  return G_LIST_MODEL (labels);
}

guint
pp_policy_choice_default (GPtrArray   *packs,
                          const GDate *date)
{
  for (guint i = 0; i < packs->len; i++)
    if (!pp_pack_is_expired (g_ptr_array_index (packs, i), date))
      return i;
  return 0;
}

guint
pp_policy_choice_find (GPtrArray  *packs,
                       const char *id)
{
  for (guint i = 0; i < packs->len; i++)
    if (g_strcmp0 (((PpPack *) g_ptr_array_index (packs, i))->id, id) == 0)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

char *
pp_policy_choice_describe (PpPack      *pack,
                           const GDate *date)
{
  g_autofree char *from = pp_date_format_display (&pack->in_force_from);
  g_autofree char *until = pp_date_format_display (&pack->in_force_until);

  if (pp_pack_is_expired (pack, date))
    /* TRANSLATORS: %s is the last day a policy was in force */
    return g_strdup_printf (_("Expired: in force until %s"), until);
  if (from[0] != '\0' && until[0] != '\0')
    /* TRANSLATORS: the first and the last day a policy is in force */
    return g_strdup_printf (_("In force from %s until %s"), from, until);
  if (from[0] != '\0')
    /* TRANSLATORS: %s is the day a policy came into force */
    return g_strdup_printf (_("In force from %s"), from);
  return g_strdup (_("The document gives no in-force dates"));
}
