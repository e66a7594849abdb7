/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-unit-types.h: the unit types a user picks from a list — every type but
 * region, whose level the tree's structure gives. */

#pragma once

#include <gio/gio.h>

#include "pp-types.h"

G_BEGIN_DECLS

/* The translated labels, in the order of the positions below. */
GListModel *pp_unit_types_new_model   (void);
PpUnitType  pp_unit_types_at          (guint      position);
/* The position of a type; region has none and gives GTK_INVALID_LIST_POSITION. */
guint       pp_unit_types_position_of (PpUnitType type);

G_END_DECLS
