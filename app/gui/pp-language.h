/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-language.h: the interface language chosen in Preferences, applied at
 * start-up by setting LANGUAGE before gettext or GTK read it. */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The LANGUAGE list for a choice: "" (the system's) gives NULL. */
const char *pp_language_search_list   (const char *choice);
/* Sets LANGUAGE from the saved choice; call first thing in main (). */
void        pp_language_apply_saved   (void);
/* Whether the interface is in Mongolian (the first language gettext
 * looks for). */
gboolean    pp_language_is_mongolian  (void);
/* Mongolian's fonts and size, when the interface is in Mongolian; call
 * once the display is open. */
void        pp_language_apply_style   (void);

G_END_DECLS
