/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-standby-bin.c: a part of a page kept ready while it is not shown. */

#include "config.h"

#include "pp-standby-bin.h"

struct _PpStandbyBin
{
  GtkWidget  parent_instance;

  GtkWidget *child;
  gboolean   standby;
};

enum
{
  PROP_0,
  PROP_CHILD,
  PROP_STANDBY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void pp_standby_bin_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PpStandbyBin, pp_standby_bin, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, pp_standby_bin_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

static void
pp_standby_bin_add_child (GtkBuildable *buildable,
                          GtkBuilder   *builder,
                          GObject      *child,
                          const char   *type)
{
  if (GTK_IS_WIDGET (child))
    pp_standby_bin_set_child (PP_STANDBY_BIN (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
pp_standby_bin_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = pp_standby_bin_add_child;
}

static void
pp_standby_bin_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  PpStandbyBin *self = PP_STANDBY_BIN (widget);

  *minimum = *natural = 0;
  if (self->child == NULL || !gtk_widget_should_layout (self->child))
    return;
  /* In standby the child takes no height; its width still counts, so
   * that it is laid out at the width it will have when shown. */
  if (self->standby && orientation == GTK_ORIENTATION_VERTICAL)
    return;
  gtk_widget_measure (self->child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static void
pp_standby_bin_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  PpStandbyBin *self = PP_STANDBY_BIN (widget);

  if (self->child == NULL || !gtk_widget_should_layout (self->child))
    return;
  if (self->standby)
    /* Laid out at its own height, below a bin of none, and never drawn. */
    gtk_widget_measure (self->child, GTK_ORIENTATION_VERTICAL, width, NULL, &height, NULL, NULL);
  gtk_widget_allocate (self->child, width, height, baseline, NULL);
}

static void
pp_standby_bin_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  PpStandbyBin *self = PP_STANDBY_BIN (widget);

  if (self->child != NULL && !self->standby)
    gtk_widget_snapshot_child (widget, self->child, snapshot);
}

static void
pp_standby_bin_dispose (GObject *object)
{
  PpStandbyBin *self = PP_STANDBY_BIN (object);

  g_clear_pointer (&self->child, gtk_widget_unparent);
  G_OBJECT_CLASS (pp_standby_bin_parent_class)->dispose (object);
}

static void
pp_standby_bin_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PpStandbyBin *self = PP_STANDBY_BIN (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;
    case PROP_STANDBY:
      g_value_set_boolean (value, self->standby);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_standby_bin_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PpStandbyBin *self = PP_STANDBY_BIN (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      pp_standby_bin_set_child (self, g_value_get_object (value));
      break;
    case PROP_STANDBY:
      pp_standby_bin_set_standby (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_standby_bin_class_init (PpStandbyBinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_standby_bin_dispose;
  object_class->get_property = pp_standby_bin_get_property;
  object_class->set_property = pp_standby_bin_set_property;
  widget_class->measure = pp_standby_bin_measure;
  widget_class->size_allocate = pp_standby_bin_size_allocate;
  widget_class->snapshot = pp_standby_bin_snapshot;

  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STANDBY] =
    g_param_spec_boolean ("standby", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_css_name (widget_class, "standbybin");
}

static void
pp_standby_bin_init (PpStandbyBin *self)
{
  /* Nothing it holds in standby may be seen, clicked or reached. */
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

GtkWidget *
pp_standby_bin_new (void)
{
  return g_object_new (PP_TYPE_STANDBY_BIN, NULL);
}

void
pp_standby_bin_set_child (PpStandbyBin *self,
                          GtkWidget    *child)
{
  g_return_if_fail (PP_IS_STANDBY_BIN (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;
  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

GtkWidget *
pp_standby_bin_get_child (PpStandbyBin *self)
{
  g_return_val_if_fail (PP_IS_STANDBY_BIN (self), NULL);

  return self->child;
}

void
pp_standby_bin_set_standby (PpStandbyBin *self,
                            gboolean      standby)
{
  GtkWidget *widget = GTK_WIDGET (self);

  g_return_if_fail (PP_IS_STANDBY_BIN (self));

  standby = !!standby;
  if (self->standby == standby)
    return;
  self->standby = standby;
  if (standby)
    {
      /* The keyboard focus may not stay where the planner cannot see. */
      GtkRoot *root = gtk_widget_get_root (widget);
      GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

      if (focus != NULL && gtk_widget_is_ancestor (focus, widget))
        gtk_root_set_focus (root, NULL);
    }
  gtk_widget_set_can_target (widget, !standby);
  gtk_widget_set_can_focus (widget, !standby);
  gtk_accessible_update_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_HIDDEN, standby, -1);
  gtk_widget_queue_resize (widget);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STANDBY]);
}

gboolean
pp_standby_bin_get_standby (PpStandbyBin *self)
{
  g_return_val_if_fail (PP_IS_STANDBY_BIN (self), FALSE);

  return self->standby;
}
