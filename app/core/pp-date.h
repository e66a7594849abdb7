/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-date.h: plan dates as the formats write them, YYYY-MM-DD. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Accepts exactly YYYY-MM-DD (four-digit year, a real day), with the XML
 * whitespace an xs:date may have around it; nothing else. */
gboolean pp_date_parse  (const char  *text,
                         GDate       *date);
/* YYYY-MM-DD, zero-padded; "" for an invalid date. For files. */
void     pp_date_format (const GDate *date,
                         char         out[11]);
/* The date as the interface language writes it (2026年11月22日 in
 * Chinese); "" for an invalid date. For people, never for files. */
char    *pp_date_format_display (const GDate *date);

G_END_DECLS
