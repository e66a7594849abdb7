/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-share-bar.h: a share a/n drawn as a bar (cairo in a GtkDrawingArea),
 * with the threshold it is held to as a tick across it. */

#pragma once

#include <gtk/gtk.h>

#include "pp-fraction.h"
#include "pp-types.h"

G_BEGIN_DECLS

/* n may be 0 (an empty bar). status colours the bar; PP_N_STATUSES
 * draws it in the accent colour, for figures no rule judges. threshold
 * NULL: no tick. The accessible label says the same in words. */
GtkWidget *pp_share_bar_new (gint64            a,
                             gint64            n,
                             PpStatus          status,
                             const PpFraction *threshold,
                             const char       *description);

G_END_DECLS
