/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-unit-item.h: a unit of the plan as a list item for the unit tree. The
 * plan owns the unit; the item only points at it. */

#pragma once

#include <gio/gio.h>

#include "pp-plan.h"

G_BEGIN_DECLS

#define PP_TYPE_UNIT_ITEM (pp_unit_item_get_type ())
G_DECLARE_FINAL_TYPE (PpUnitItem, pp_unit_item, PP, UNIT_ITEM, GObject)

PpUnitItem *pp_unit_item_new      (PpUnit     *unit);
PpUnit     *pp_unit_item_get_unit (PpUnitItem *self);

/* The roots of the plan, or a unit's children, as a list of items. */
GListModel *pp_unit_item_list     (PpPlan     *plan,
                                   PpUnit     *parent);

G_END_DECLS
