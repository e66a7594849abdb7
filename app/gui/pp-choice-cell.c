/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-choice-cell.c: a flat menu button that shows one choice, with the
 * list of choices made on demand. */

#include "config.h"

#include "pp-choice-cell.h"

struct _PpChoiceCell
{
  GtkWidget  parent_instance;

  GtkWidget *button;    /* GtkMenuButton */
  GtkLabel  *label;     /* the choice shown, in the button */
  GStrv      labels;
  guint      selected;
};

G_DEFINE_FINAL_TYPE (PpChoiceCell, pp_choice_cell, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The button's label is made once and its text changed: a menu button
 * makes a new label for every gtk_menu_button_set_label (), which would
 * have to be measured again each time a unit is shown. */
static void
show_selected (PpChoiceCell *self)
{
  const char *label = pp_choice_cell_get_choice (self, self->selected);

  gtk_label_set_label (self->label, label ? label : "");
}

static void
on_row_activated (GtkListBox    *list,
                  GtkListBoxRow *row,
                  PpChoiceCell  *self)
{
  pp_choice_cell_set_selected (self, (guint) gtk_list_box_row_get_index (row));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->button));
}

/* The keyboard starts on the choice the cell shows. */
static void
on_popover_map (GtkWidget *popover,
                GtkWidget *row)
{
  gtk_widget_grab_focus (row);
}

static void
create_popup (GtkMenuButton *button,
              gpointer       data)
{
  PpChoiceCell *self = data;
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *selected_row = NULL;

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  for (guint i = 0; self->labels != NULL && self->labels[i] != NULL; i++)
    {
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *label = gtk_label_new (self->labels[i]);
      GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_set_opacity (check, i == self->selected ? 1 : 0);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), check);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      if (i == self->selected)
        {
          gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_SELECTED, TRUE, -1);
          selected_row = row;
        }
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  g_signal_connect (list, "row-activated", G_CALLBACK (on_row_activated), self);
  if (selected_row != NULL)
    g_signal_connect (popover, "map", G_CALLBACK (on_popover_map), selected_row);
  gtk_widget_add_css_class (popover, "menu");
  gtk_popover_set_child (GTK_POPOVER (popover), list);
  gtk_menu_button_set_popover (button, popover);
}

static gboolean
pp_choice_cell_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (PP_CHOICE_CELL (widget)->button);
}

static void
pp_choice_cell_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PpChoiceCell *self = PP_CHOICE_CELL (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_uint (value, pp_choice_cell_get_selected (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_choice_cell_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PpChoiceCell *self = PP_CHOICE_CELL (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      pp_choice_cell_set_selected (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pp_choice_cell_dispose (GObject *object)
{
  PpChoiceCell *self = PP_CHOICE_CELL (object);

  g_clear_pointer (&self->button, gtk_widget_unparent);
  G_OBJECT_CLASS (pp_choice_cell_parent_class)->dispose (object);
}

static void
pp_choice_cell_finalize (GObject *object)
{
  g_strfreev (PP_CHOICE_CELL (object)->labels);
  G_OBJECT_CLASS (pp_choice_cell_parent_class)->finalize (object);
}

static void
pp_choice_cell_class_init (PpChoiceCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = pp_choice_cell_get_property;
  object_class->set_property = pp_choice_cell_set_property;
  object_class->dispose = pp_choice_cell_dispose;
  object_class->finalize = pp_choice_cell_finalize;
  widget_class->grab_focus = pp_choice_cell_grab_focus;

  properties[PROP_SELECTED] =
    g_param_spec_uint ("selected", NULL, NULL, 0, G_MAXUINT, GTK_INVALID_LIST_POSITION,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
pp_choice_cell_init (PpChoiceCell *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->selected = GTK_INVALID_LIST_POSITION;
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->label, 0);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->label));
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("pan-down-symbolic"));
  self->button = gtk_menu_button_new ();
  gtk_menu_button_set_child (GTK_MENU_BUTTON (self->button), box);
  gtk_menu_button_set_has_frame (GTK_MENU_BUTTON (self->button), FALSE);
  /* The choice starts where the column's heading does, like text. */
  gtk_widget_set_halign (self->button, GTK_ALIGN_START);
  gtk_widget_add_css_class (GTK_WIDGET (self), "choice-cell");
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->button), create_popup, self, NULL);
  gtk_widget_set_parent (self->button, GTK_WIDGET (self));
}

GtkWidget *
pp_choice_cell_new (const char *accessible_label)
{
  PpChoiceCell *self = g_object_new (PP_TYPE_CHOICE_CELL, NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  return GTK_WIDGET (self);
}

void
pp_choice_cell_set_choices (PpChoiceCell       *self,
                            const char * const *labels)
{
  g_return_if_fail (PP_IS_CHOICE_CELL (self));

  g_strfreev (self->labels);
  self->labels = g_strdupv ((char **) labels);
  self->selected = pp_choice_cell_get_n_choices (self) > 0 ? 0 : GTK_INVALID_LIST_POSITION;
  show_selected (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

guint
pp_choice_cell_get_n_choices (PpChoiceCell *self)
{
  g_return_val_if_fail (PP_IS_CHOICE_CELL (self), 0);
  return self->labels ? g_strv_length (self->labels) : 0;
}

const char *
pp_choice_cell_get_choice (PpChoiceCell *self,
                           guint         position)
{
  g_return_val_if_fail (PP_IS_CHOICE_CELL (self), NULL);
  return position < pp_choice_cell_get_n_choices (self) ? self->labels[position] : NULL;
}

guint
pp_choice_cell_get_selected (PpChoiceCell *self)
{
  g_return_val_if_fail (PP_IS_CHOICE_CELL (self), GTK_INVALID_LIST_POSITION);
  return self->selected;
}

void
pp_choice_cell_set_selected (PpChoiceCell *self,
                             guint         position)
{
  g_return_if_fail (PP_IS_CHOICE_CELL (self));

  if (position >= pp_choice_cell_get_n_choices (self))
    position = GTK_INVALID_LIST_POSITION;
  if (position == self->selected)
    return;
  self->selected = position;
  show_selected (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

void
pp_choice_cell_popup (PpChoiceCell *self)
{
  g_return_if_fail (PP_IS_CHOICE_CELL (self));
  gtk_menu_button_popup (GTK_MENU_BUTTON (self->button));
}
