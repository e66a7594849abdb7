/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-cell-tip.c: tooltips for the cells of a table, set without asking
 * the display anything. */

#include "config.h"

#include "pp-cell-tip.h"

#define TIP_KEY "pp-cell-tip"

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip,
                  gpointer    data)
{
  const char *text = pp_cell_tip_get (widget);

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

void
pp_cell_tip_set (GtkWidget  *widget,
                 const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (text != NULL && *text == '\0')
    text = NULL;
  if (g_strcmp0 (pp_cell_tip_get (widget), text) == 0)
    return;
  if (g_object_get_data (G_OBJECT (widget), TIP_KEY "-handled") == NULL)
    {
      g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
      g_object_set_data (G_OBJECT (widget), TIP_KEY "-handled", GUINT_TO_POINTER (TRUE));
    }
  g_object_set_data_full (G_OBJECT (widget), TIP_KEY, g_strdup (text), g_free);
  gtk_widget_set_has_tooltip (widget, text != NULL);
  /* What gtk_widget_set_tooltip_text () tells assistive technologies. */
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

const char *
pp_cell_tip_get (GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  return g_object_get_data (G_OBJECT (widget), TIP_KEY);
}

void
pp_cell_tip_show (GtkWidget  *widget,
                  const char *text)
{
  pp_cell_tip_set (widget, text);
  if (text != NULL && gtk_widget_get_mapped (widget))
    gtk_widget_trigger_tooltip_query (widget);
}
