/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "pp-unit-item"

#include "config.h"

#include "pp-unit-item.h"

struct _PpUnitItem
{
  GObject  parent_instance;
  PpUnit  *unit;
};

G_DEFINE_FINAL_TYPE (PpUnitItem, pp_unit_item, G_TYPE_OBJECT)

static void
pp_unit_item_class_init (PpUnitItemClass *klass)
{
}

static void
pp_unit_item_init (PpUnitItem *self)
{
}

PpUnitItem *
pp_unit_item_new (PpUnit *unit)
{
  PpUnitItem *self = g_object_new (PP_TYPE_UNIT_ITEM, NULL);

  self->unit = unit;
  return self;
}

PpUnit *
pp_unit_item_get_unit (PpUnitItem *self)
{
  g_return_val_if_fail (PP_IS_UNIT_ITEM (self), NULL);
  return self->unit;
}

GListModel *
pp_unit_item_list (PpPlan *plan,
                   PpUnit *parent)
{
  GListStore *store = g_list_store_new (PP_TYPE_UNIT_ITEM);
  guint n = parent ? parent->n_children : pp_plan_get_n_roots (plan);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PpUnitItem) item = pp_unit_item_new (parent ? parent->children[i] : pp_plan_get_root (plan, i));
      g_list_store_append (store, item);
    }
  return G_LIST_MODEL (store);
}
