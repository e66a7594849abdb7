/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-data.h: where the shipped data (packs, schemas, samples) lives. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* $POSTPLAN_DATADIR when set (tests and uninstalled runs), else the
 * installed package data directory. */
const char *pp_data_get_dir  (void);
char       *pp_data_get_path (const char *first_element,
                              ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
