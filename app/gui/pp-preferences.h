/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-preferences.h: the application's preferences: the interface language
 * (applied at the next start). */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PP_TYPE_PREFERENCES (pp_preferences_get_type ())
G_DECLARE_FINAL_TYPE (PpPreferences, pp_preferences, PP, PREFERENCES, AdwPreferencesWindow)

PpPreferences *pp_preferences_new (GtkWindow *parent);

G_END_DECLS
