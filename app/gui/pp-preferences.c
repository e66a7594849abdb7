/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-preferences.c: the Preferences window. Languages are offered by their
 * own names, so that each reader finds theirs whatever the interface shows. */

#define G_LOG_DOMAIN "pp-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-gui-util.h"
#include "pp-preferences.h"

struct _PpPreferences
{
  AdwPreferencesWindow parent_instance;

  GSettings   *settings;    /* NULL without the schema */
  AdwComboRow *language_row;
};

G_DEFINE_FINAL_TYPE (PpPreferences, pp_preferences, ADW_TYPE_PREFERENCES_WINDOW)

/* The choices of the settings key "language", in the row's order. */
static const char * const languages[] = { "", "zh_CN", "mn_CN", "en" };

static void
on_language_selected (PpPreferences *self)
{
  guint selected = adw_combo_row_get_selected (self->language_row);

  if (self->settings != NULL && selected < G_N_ELEMENTS (languages))
    g_settings_set_string (self->settings, "language", languages[selected]);
}

static void
pp_preferences_dispose (GObject *object)
{
  PpPreferences *self = PP_PREFERENCES (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PP_TYPE_PREFERENCES);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (pp_preferences_parent_class)->dispose (object);
}

static void
pp_preferences_class_init (PpPreferencesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_preferences_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/postplan/PostPlan/pp-preferences.ui");
  gtk_widget_class_bind_template_child (widget_class, PpPreferences, language_row);
  gtk_widget_class_bind_template_callback (widget_class, on_language_selected);
}

static void
pp_preferences_init (PpPreferences *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *current = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = pp_settings_new ();

  /* TRANSLATORS: the interface language that follows the computer's */
  gtk_string_list_append (names, _("As the System"));
  gtk_string_list_append (names, "中文（简体）");
  gtk_string_list_append (names, "ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ");
  gtk_string_list_append (names, "English");

  current = self->settings ? g_settings_get_string (self->settings, "language") : g_strdup ("");
  g_signal_handlers_block_by_func (self->language_row, on_language_selected, self);
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (names));
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_str_equal (current, languages[i]))
      adw_combo_row_set_selected (self->language_row, i);
  g_signal_handlers_unblock_by_func (self->language_row, on_language_selected, self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->language_row), self->settings != NULL);
}

PpPreferences *
pp_preferences_new (GtkWindow *parent)
{
  return g_object_new (PP_TYPE_PREFERENCES, "transient-for", parent, NULL);
}
