/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-policy-choice.h: policy packs offered in a combo row, each read
 * against a plan date: expired packs are marked as such. */

#pragma once

#include <gio/gio.h>

#include "pp-pack.h"

G_BEGIN_DECLS

/* The pack titles, in the array's order, "(expired)" after those past
 * their in-force window on date. */
GListModel *pp_policy_choice_labels    (GPtrArray   *packs,
                                        const GDate *date);
/* The first pack in force on date (the first pack when none is). */
guint       pp_policy_choice_default   (GPtrArray   *packs,
                                        const GDate *date);
/* The position of the pack with this id, or GTK_INVALID_LIST_POSITION. */
guint       pp_policy_choice_find      (GPtrArray   *packs,
                                        const char  *id);
/* "In force from 2022-12-01", "Expired: in force until 2025-11-11", … */
char       *pp_policy_choice_describe  (PpPack      *pack,
                                        const GDate *date);

G_END_DECLS
