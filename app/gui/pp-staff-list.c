/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-staff-list.c: a unit's staff records. The rows hold their values
 * themselves, so an edit does not rebuild the list under the cursor;
 * adding and removing records, undo, and another unit show it afresh,
 * in the closed rows already made. */

#define G_LOG_DOMAIN "pp-staff-list"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pp-cell-tip.h"
#include "pp-gui-util.h"
#include "pp-staff-list.h"

#define TRAINING_YEARS 5

struct _PpStaffList
{
  GtkWidget   parent_instance;

  GtkWidget  *box;
  GtkListBox *list;
  GtkWidget  *add_button;
  PpEditor   *editor;    /* borrowed, while shown */
  char       *unit_id;
};

G_DEFINE_FINAL_TYPE (PpStaffList, pp_staff_list, GTK_TYPE_WIDGET)

static PpUnit *
shown_unit (PpStaffList *self)
{
  return pp_find_unit_shown (self->editor, self->unit_id);
}

/* The last of the five years training counts for: the plan's year. */
static int
plan_year (PpStaffList *self)
{
  const GDate *date = pp_plan_get_date (pp_editor_get_plan (self->editor));
  g_autoptr(GDateTime) now = NULL;

  if (g_date_valid (date))
    return g_date_get_year (date);
  now = g_date_time_new_now_local ();
  return g_date_time_get_year (now);
}

static guint
staff_index (GtkWidget *widget)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "staff-index"));
}

/* The record's heading: its name (or id), its line and certificate. */
static void
show_heading (GtkWidget     *record,
              PpUnit        *unit,
              const PpStaff *staff)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  /* TRANSLATORS: a staff record without a name, by its id */
  title = staff->name && staff->name[0] ? g_strdup (staff->name) : g_strdup_printf (_("Staff record %s"), staff->id);
  /* TRANSLATORS: a staff record's post line and certificate */
  subtitle = g_strdup_printf (_("%s · %s"), unit->posts[staff->post].title,
                              pp_certificate_get_label (staff->certificate));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (record), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (record), subtitle);
}

static gboolean
apply_field (PpStaffList  *self,
             GtkWidget    *widget,
             PpStaffField  field,
             const char   *value)
{
  PpUnit *unit = shown_unit (self);
  GtkWidget *record = gtk_widget_get_ancestor (widget, ADW_TYPE_EXPANDER_ROW);

  if (unit == NULL || staff_index (widget) >= unit->n_staff ||
      !pp_apply_or_refuse (self->editor, widget,
                           pp_command_set_staff_field (unit->id, staff_index (widget), field, value)))
    return FALSE;
  if (record != NULL)
    show_heading (record, unit, &unit->staff[staff_index (widget)]);
  return TRUE;
}

static void
on_name_applied (AdwEntryRow *row,
                 PpStaffList *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  apply_field (self, GTK_WIDGET (row), PP_STAFF_FIELD_NAME, name);
}

static void
on_city_applied (AdwEntryRow *row,
                 PpStaffList *self)
{
  g_autofree char *city = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  apply_field (self, GTK_WIDGET (row), PP_STAFF_FIELD_DIRECTED_CITY, city);
}

static void
on_certificate_selected (AdwComboRow *row,
                         GParamSpec  *pspec,
                         PpStaffList *self)
{
  PpUnit *unit = shown_unit (self);
  guint selected = adw_combo_row_get_selected (row);

  if (unit == NULL || staff_index (GTK_WIDGET (row)) >= unit->n_staff || selected >= PP_N_CERTS ||
      unit->staff[staff_index (GTK_WIDGET (row))].certificate == selected)
    return;
  apply_field (self, GTK_WIDGET (row), PP_STAFF_FIELD_CERTIFICATE, pp_certificate_to_string (selected));
}

static void
on_post_selected (AdwComboRow *row,
                  GParamSpec  *pspec,
                  PpStaffList *self)
{
  PpUnit *unit = shown_unit (self);
  guint selected = adw_combo_row_get_selected (row);

  if (unit == NULL || staff_index (GTK_WIDGET (row)) >= unit->n_staff || selected >= unit->n_posts ||
      unit->staff[staff_index (GTK_WIDGET (row))].post == selected)
    return;
  apply_field (self, GTK_WIDGET (row), PP_STAFF_FIELD_POST, unit->posts[selected].id);
}

static guint
hours_in (const PpStaff *staff,
          int            year)
{
  for (guint i = 0; i < staff->n_training; i++)
    if (staff->training[i].year == year)
      return staff->training[i].hours;
  return 0;
}

static void
on_hours_changed (GtkSpinButton *spin,
                  PpStaffList   *self)
{
  PpUnit *unit = shown_unit (self);
  guint index = staff_index (GTK_WIDGET (spin));
  int year = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (spin), "training-year"));
  int hours = gtk_spin_button_get_value_as_int (spin);
  g_autofree char *text = NULL;

  if (unit == NULL || index >= unit->n_staff || (guint) hours == hours_in (&unit->staff[index], year))
    return;
  /* No hours is no training that year: the year goes. */
  text = hours > 0 ? g_strdup_printf ("%d", hours) : g_strdup ("");
  if (!pp_apply_or_refuse (self->editor, GTK_WIDGET (spin), pp_command_set_training (unit->id, index, year, text)))
    gtk_spin_button_set_value (spin, hours_in (&unit->staff[index], year));
}

static void
on_remove_clicked (GtkButton   *button,
                   PpStaffList *self)
{
  PpUnit *unit = shown_unit (self);

  if (unit != NULL && staff_index (GTK_WIDGET (button)) < unit->n_staff &&
      pp_apply_or_refuse (self->editor, GTK_WIDGET (button),
                          pp_command_remove_staff (unit->id, staff_index (GTK_WIDGET (button)))))
    pp_staff_list_show (self, self->editor, shown_unit (self));
}

static void
on_add_clicked (GtkButton   *button,
                PpStaffList *self)
{
  PpUnit *unit = shown_unit (self);
  g_autofree char *prefix = NULL;
  g_autofree char *id = NULL;

  if (unit == NULL || unit->n_posts == 0)
    return;
  prefix = g_strconcat (unit->id, "-staff", NULL);
  id = pp_plan_make_id (pp_editor_get_plan (self->editor), prefix);
  /* On the first line; the planner picks the right one in the row. */
  if (pp_apply_or_refuse (self->editor, GTK_WIDGET (button),
                          pp_command_add_staff (unit->id, unit->n_staff, id, unit->posts[0].id)))
    {
      pp_staff_list_show (self, self->editor, shown_unit (self));
      /* The new record open, ready for its details. */
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (gtk_widget_get_last_child (GTK_WIDGET (self->list))), TRUE);
    }
}

static GtkWidget *
tagged (GtkWidget *widget,
        guint      index)
{
  g_object_set_data (G_OBJECT (widget), "staff-index", GUINT_TO_POINTER (index));
  return widget;
}

/* Which field a row edits, for tests that look for it (1 + PpStaffField). */
static GtkWidget *
tagged_field (GtkWidget    *widget,
              guint         index,
              PpStaffField  field)
{
  g_object_set_data (G_OBJECT (widget), "staff-field", GUINT_TO_POINTER (field + 1));
  return tagged (widget, index);
}

/* A record's details, made when it is first opened: a unit may have
 * hundreds of staff, and most are never opened. */
static void
fill_staff_row (PpStaffList *self,
                GtkWidget   *row)
{
  PpUnit *unit = shown_unit (self);
  guint index = staff_index (row);
  const PpStaff *staff;
  GtkWidget *name, *post, *certificate, *city, *lock;
  g_autoptr(GtkStringList) posts = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) certificates = gtk_string_list_new (NULL);
  int last_year = plan_year (self);

  if (unit == NULL || index >= unit->n_staff || g_object_get_data (G_OBJECT (row), "filled") != NULL)
    return;
  g_object_set_data (G_OBJECT (row), "filled", GINT_TO_POINTER (TRUE));
  staff = &unit->staff[index];

  name = tagged_field (adw_entry_row_new (), index, PP_STAFF_FIELD_NAME);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name), _("Name (personal, stays in this library)"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (name), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (name), staff->name ? staff->name : "");
  lock = gtk_image_new_from_icon_name ("system-lock-screen-symbolic");
  gtk_widget_set_tooltip_text (lock, _("Personal data: kept in the library on this computer, never exported"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (lock), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Personal data"), -1);
  adw_entry_row_add_prefix (ADW_ENTRY_ROW (name), lock);
  g_signal_connect (name, "apply", G_CALLBACK (on_name_applied), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), name);

  for (guint i = 0; i < unit->n_posts; i++)
    gtk_string_list_append (posts, unit->posts[i].title);
  post = tagged_field (adw_combo_row_new (), index, PP_STAFF_FIELD_POST);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (post), _("Post line"));
  adw_combo_row_set_model (ADW_COMBO_ROW (post), G_LIST_MODEL (posts));
  adw_combo_row_set_selected (ADW_COMBO_ROW (post), staff->post);
  g_signal_connect (post, "notify::selected", G_CALLBACK (on_post_selected), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), post);

  for (PpCertificate c = 0; c < PP_N_CERTS; c++)
    gtk_string_list_append (certificates, pp_certificate_get_label (c));
  certificate = tagged_field (adw_combo_row_new (), index, PP_STAFF_FIELD_CERTIFICATE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (certificate), _("Certificate"));
  adw_combo_row_set_model (ADW_COMBO_ROW (certificate), G_LIST_MODEL (certificates));
  adw_combo_row_set_selected (ADW_COMBO_ROW (certificate), staff->certificate);
  g_signal_connect (certificate, "notify::selected", G_CALLBACK (on_certificate_selected), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), certificate);

  city = tagged_field (adw_entry_row_new (), index, PP_STAFF_FIELD_DIRECTED_CITY);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (city), _("Directed city (empty: not a directed certificate)"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (city), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (city), staff->directed_city ? staff->directed_city : "");
  g_signal_connect (city, "apply", G_CALLBACK (on_city_applied), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), city);

  for (int year = last_year - TRAINING_YEARS + 1; year <= last_year; year++)
    {
      GtkWidget *hours_row = adw_action_row_new ();
      GtkWidget *hours = tagged (gtk_spin_button_new_with_range (0, 10000, 1), index);
      /* TRANSLATORS: a year's training hours, e.g. "Training hours in 2026" */
      g_autofree char *label = g_strdup_printf (_("Training hours in %d"), year);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (hours_row), label);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (hours), hours_in (staff, year));
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (hours), TRUE);
      gtk_widget_set_valign (hours, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (hours), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data (G_OBJECT (hours), "training-year", GINT_TO_POINTER (year));
      g_signal_connect (hours, "value-changed", G_CALLBACK (on_hours_changed), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (hours_row), hours);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), hours_row);
    }
}

static void
on_staff_expanded (GtkWidget   *row,
                   GParamSpec  *pspec,
                   PpStaffList *self)
{
  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
    fill_staff_row (self, row);
}

/* A closed record's heading keeps to one line each for its title and
 * subtitle, ellipsized if need be (opened, the record shows it all):
 * measuring wrapped text is what going from unit to unit spent most of
 * its time on, for rows mostly below the fold. */
static void
set_heading_lines (GtkWidget *row)
{
#if ADW_CHECK_VERSION (1, 3, 0)
  adw_expander_row_set_title_lines (ADW_EXPANDER_ROW (row), 1);
  adw_expander_row_set_subtitle_lines (ADW_EXPANDER_ROW (row), 1);
#else
  /* libadwaita 1.2 has no such setting on the expander row: its heading
   * is the action row it holds. */
  GtkWidget *heading = row;

  while (heading != NULL && !ADW_IS_ACTION_ROW (heading))
    heading = gtk_widget_get_first_child (heading);
  g_return_if_fail (heading != NULL);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (heading), 1);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (heading), 1);
#endif
}

static GtkWidget *
staff_row (PpStaffList *self,
           PpUnit      *unit,
           guint        index)
{
  GtkWidget *row = tagged (adw_expander_row_new (), index);
  GtkWidget *remove;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  set_heading_lines (row);
  if (unit != NULL)
    show_heading (row, unit, &unit->staff[index]);
  g_signal_connect (row, "notify::expanded", G_CALLBACK (on_staff_expanded), self);

  remove = tagged (gtk_button_new_from_icon_name ("user-trash-symbolic"), index);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  pp_cell_tip_set (remove, _("Remove Staff Record"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove Staff Record"),
                                  -1);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked), self);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);
  g_object_set_data (G_OBJECT (row), "staff-remove", remove);
  return row;
}

/* A closed record's row shows only its heading: it can show another
 * record (of this unit or the next one shown) at the cost of two labels,
 * where a new row costs a template's worth of widgets. An opened one
 * holds its record's details and cannot. */
static gboolean
reuse_staff_row (GtkWidget *row,
                 PpUnit    *unit,
                 guint      index)
{
  if (g_object_get_data (G_OBJECT (row), "filled") != NULL)
    return FALSE;
  tagged (row, index);
  tagged (g_object_get_data (G_OBJECT (row), "staff-remove"), index);
  show_heading (row, unit, &unit->staff[index]);
  return TRUE;
}

void
pp_staff_list_show (PpStaffList *self,
                    PpEditor    *editor,
                    PpUnit      *unit)
{
  GtkWidget *child, *next;
  guint want = unit ? unit->n_staff : 0, shown = 0;

  g_return_if_fail (PP_IS_STAFF_LIST (self));

  self->editor = editor;
  g_free (self->unit_id);
  self->unit_id = unit ? g_strdup (unit->id) : NULL;

  /* The plan's page: the rows wait, unseen, for the next unit. */
  if (unit == NULL)
    return;

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->list)); child; child = next)
    {
      next = gtk_widget_get_next_sibling (child);
      if (shown >= want || !ADW_IS_EXPANDER_ROW (child))
        {
          gtk_list_box_remove (self->list, child);
          continue;
        }
      if (!reuse_staff_row (child, unit, shown))
        {
          /* An opened record's row: a new one in its place. */
          gtk_list_box_insert (self->list, staff_row (self, unit, shown), (int) shown);
          gtk_list_box_remove (self->list, child);
        }
      shown++;
    }
  for (; shown < want; shown++)
    gtk_list_box_append (self->list, staff_row (self, unit, shown));
  if (unit->n_staff == 0)
    {
      gtk_list_box_append (self->list, pp_empty_row_new (unit->n_posts ? _("No staff recorded on these lines.")
                                                        : _("Add a post line before recording its staff.")));
    }
  gtk_widget_set_sensitive (self->add_button, unit->n_posts > 0);
}

void
pp_staff_list_prepare (PpStaffList *self,
                       guint        n_records)
{
  guint have = 0;

  g_return_if_fail (PP_IS_STAFF_LIST (self));
  g_return_if_fail (self->unit_id == NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list)); child;
       child = gtk_widget_get_next_sibling (child))
    have += ADW_IS_EXPANDER_ROW (child) && g_object_get_data (G_OBJECT (child), "filled") == NULL;
  for (; have < n_records; have++)
    gtk_list_box_append (self->list, staff_row (self, NULL, have));
}

static void
pp_staff_list_dispose (GObject *object)
{
  PpStaffList *self = PP_STAFF_LIST (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->unit_id, g_free);
  G_OBJECT_CLASS (pp_staff_list_parent_class)->dispose (object);
}

static void
pp_staff_list_class_init (PpStaffListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_staff_list_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pp_staff_list_init (PpStaffList *self)
{
  GtkWidget *heading = gtk_label_new (_("Staff"));
  GtkWidget *note = gtk_label_new (_("Names are personal data: they stay in the library on this computer and are "
                                     "never written to exported files."));

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_widget_add_css_class (note, "dim-label");
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Staff"), -1);
  self->add_button = gtk_button_new_with_mnemonic (_("Add _Staff Record"));
  gtk_widget_set_halign (self->add_button, GTK_ALIGN_START);
  g_signal_connect (self->add_button, "clicked", G_CALLBACK (on_add_clicked), self);

  gtk_box_append (GTK_BOX (self->box), heading);
  gtk_box_append (GTK_BOX (self->box), note);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->list));
  gtk_box_append (GTK_BOX (self->box), self->add_button);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
}

GtkWidget *
pp_staff_list_new (void)
{
  return g_object_new (PP_TYPE_STAFF_LIST, NULL);
}
