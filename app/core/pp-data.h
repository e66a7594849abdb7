/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-data.h: where the shipped data (packs, schemas, samples) and the
 * message catalogs live. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* $POSTPLAN_DATADIR when set (tests and uninstalled runs); else the
 * package data folder of the tree this program was installed in, found
 * from the program's own place; else the configured one. */
const char *pp_data_get_dir        (void);
char       *pp_data_get_path       (const char *first_element,
                                    ...) G_GNUC_NULL_TERMINATED;
/* The same for the message catalogs, with $POSTPLAN_LOCALEDIR. */
const char *pp_data_get_locale_dir (void);

G_END_DECLS
