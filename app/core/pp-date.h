/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-date.h: plan dates as the formats write them, YYYY-MM-DD. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Accepts exactly YYYY-MM-DD (four-digit year, a real day), with the XML
 * whitespace an xs:date may have around it; nothing else. */
gboolean pp_date_parse  (const char  *text,
                         GDate       *date);
/* YYYY-MM-DD, zero-padded; "" for an invalid date. */
void     pp_date_format (const GDate *date,
                         char         out[11]);

G_END_DECLS
