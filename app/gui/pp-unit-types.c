/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-unit-types.c: the unit types a user picks from a list. */

#include "config.h"

#include <gtk/gtk.h>

#include "pp-unit-types.h"

GListModel *
pp_unit_types_new_model (void)
{
  GtkStringList *labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < PP_N_UNIT_TYPES - 1; i++)
    gtk_string_list_append (labels, pp_unit_type_get_label (pp_unit_types_at (i)));
  return G_LIST_MODEL (labels);
}

PpUnitType
pp_unit_types_at (guint position)
{
  return position >= PP_UNIT_REGION ? position + 1 : position;
}

guint
pp_unit_types_position_of (PpUnitType type)
{
  if (type == PP_UNIT_REGION || type >= PP_N_UNIT_TYPES)
    return GTK_INVALID_LIST_POSITION;
  return type > PP_UNIT_REGION ? type - 1 : type;
}
