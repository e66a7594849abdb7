/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-gui-util.c: small things every part of the window does alike. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-gui-util.h"
#include "pp-library.h"

GSettings *
pp_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;

  return schema ? g_settings_new_full (schema, NULL, NULL) : NULL;
}

GtkWidget *
pp_empty_row_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  return label;
}

const char *
pp_status_css_class (PpStatus status)
{
  static const char * const classes[] = { "status-pass", "status-na", "status-warn", "status-fail" };

  g_return_val_if_fail (status < PP_N_STATUSES, NULL);
  return classes[status];
}

void
pp_refuse (GtkWidget  *widget,
           const char *reason)
{
  gtk_widget_error_bell (widget);
  gtk_widget_activate_action (widget, "win.show-message", "s", reason);
}

gint
pp_result_compare_worst_first (gconstpointer a,
                               gconstpointer b)
{
  const PpResult *ra = *(const PpResult **) a, *rb = *(const PpResult **) b;

  if (ra->status != rb->status)
    return ra->status > rb->status ? -1 : 1;
  return ra < rb ? -1 : ra > rb;
}

void
pp_refuse_error (GtkWidget    *widget,
                 const GError *error)
{
  const char *heading = NULL;

  if (g_error_matches (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_CORRUPT))
    heading = _("The Plan Library Is Damaged");
  else if (g_error_matches (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_READ_ONLY) ||
           g_error_matches (error, PP_LIBRARY_ERROR, PP_LIBRARY_ERROR_IO))
    heading = _("The Change Was Not Saved");

  if (heading == NULL)
    {
      pp_refuse (widget, error->message);
      return;
    }
  gtk_widget_error_bell (widget);
  gtk_widget_activate_action (widget, "win.show-problem", "(ss)", heading, error->message);
}

gboolean
pp_apply_or_refuse (PpEditor  *editor,
                    GtkWidget *widget,
                    PpCommand *command)
{
  g_autoptr(GError) error = NULL;

  if (pp_editor_apply (editor, command, &error))
    return TRUE;
  pp_refuse_error (widget, error);
  return FALSE;
}

PpUnit *
pp_find_unit_shown (PpEditor   *editor,
                    const char *unit_id)
{
  return editor != NULL && unit_id != NULL ? pp_plan_find_unit (pp_editor_get_plan (editor), unit_id) : NULL;
}
