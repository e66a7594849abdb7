/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-import-prompt.c: asks before a plan file handed over by the desktop
 * becomes a plan of the library. */

#define G_LOG_DOMAIN "pp-import-prompt"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-import-prompt.h"

static void
on_response (AdwMessageDialog *dialog,
             const char       *response,
             PpWindow         *window)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "file");

  if (g_strcmp0 (response, "import") == 0)
    pp_window_import_file (window, file);
}

AdwMessageDialog *
pp_import_prompt_present (PpWindow *window,
                          GFile    *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  g_return_val_if_fail (PP_IS_WINDOW (window), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* TRANSLATORS: %s is the name of a plan file */
  heading = g_strdup_printf (_("Import “%s”?"), name);
  dialog = adw_message_dialog_new (GTK_WINDOW (window), heading,
                                   _("PostPlan keeps its plans in its library. The plan is copied there and "
                                     "opened; the file itself is left as it is."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "import", _("_Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "import");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_response), window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return ADW_MESSAGE_DIALOG (dialog);
}
