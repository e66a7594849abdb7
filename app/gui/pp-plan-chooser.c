/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-plan-chooser.c: the file choosers for plan files and reports. */

#include "config.h"

#include <glib/gi18n.h>

#include "pp-plan-chooser.h"

GtkFileChooserNative *
pp_plan_chooser_new (GtkWindow            *parent,
                     GtkFileChooserAction  action)
{
  gboolean save = action == GTK_FILE_CHOOSER_ACTION_SAVE;
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (save ? _("Export Plan") : _("Import Plan"), parent, action,
                                         save ? _("_Export") : _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Plan files (XML)"));
  gtk_file_filter_add_pattern (filter, "*.xml");
  gtk_file_filter_add_mime_type (filter, "application/xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  return chooser;
}

GtkFileChooserNative *
pp_report_chooser_new (GtkWindow *parent)
{
  GtkFileChooserNative *chooser;
  static const struct { const char *name; const char *pattern; const char *mime; } kinds[] = {
    { N_("Report for printing (PDF)"), "*.pdf", "application/pdf" },
    { N_("Report tables (Excel, XLSX)"), "*.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
    { N_("Report tables (CSV)"), "*.csv", "text/csv" },
    { N_("Report as text"), "*.txt", "text/plain" },
    { N_("Report as XML"), "*.xml", NULL },
  };

  chooser = gtk_file_chooser_native_new (_("Export Report"), parent, GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  /* The file's ending decides its form: each filter names the forms. */
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _(kinds[i].name));
      gtk_file_filter_add_pattern (filter, kinds[i].pattern);
      if (kinds[i].mime != NULL)
        gtk_file_filter_add_mime_type (filter, kinds[i].mime);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  return chooser;
}
