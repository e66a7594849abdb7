/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-about.h: the About window. */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Version, license (GPL-3.0-or-later) and the project's links. */
AdwAboutWindow *pp_about_window_new (GtkWindow *parent);

G_END_DECLS
